import type { Finding } from '../engine/finding.js';
import type { InputError } from '../shared/errors.js';
import { atLeast, type Severity } from '../shared/severity.js';

export type FailOn = Severity | 'none';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

/** 2: the input could not be fully read (never a clean result); 1: a finding reaches --fail-on or --max-warnings; 0: clean. */
export function exitCode(findings: readonly Finding[], errors: readonly InputError[], failOn: FailOn, maxWarnings?: number): number {
  if (errors.length > 0) return 2;
  if (failOn !== 'none' && findings.some((finding) => atLeast(finding.severity, failOn))) return 1;
  if (maxWarnings !== undefined && findings.filter((finding) => finding.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}
