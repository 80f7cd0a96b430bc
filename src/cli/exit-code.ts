import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import type { InputError } from '../loaders/errors.js';

export type FailOn = Severity | 'none';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, note: 1 };

/** 2: the input could not be fully read (never a clean result); 1: a finding reaches --fail-on or --max-warnings; 0: clean. */
export function exitCode(findings: readonly Finding[], errors: readonly InputError[], failOn: FailOn, maxWarnings?: number): number {
  if (errors.length > 0) return 2;
  if (failOn !== 'none' && findings.some((finding) => RANK[finding.severity] >= RANK[failOn])) return 1;
  if (maxWarnings !== undefined && findings.filter((finding) => finding.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}
