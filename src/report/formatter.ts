import type { Finding } from '../engine/finding.js';
import type { AnyRule } from '../engine/rule.js';
import type { InputError } from '../loaders/errors.js';
import type { TargetResult } from '../lint.js';

/** Everything a reporter may use. Reporters are pure: they turn this into text and never touch files or HTTP. */
export interface ReportInput {
  readonly findings: readonly Finding[];
  readonly errors: readonly InputError[];
  readonly targets: readonly TargetResult[];
  /** The rules that ran (built-in and custom), for rule descriptors and docs links. */
  readonly rules: readonly AnyRule[];
  readonly version: string;
  readonly color: boolean;
}

export type Formatter = (input: ReportInput) => string;
