import { domainMismatchNote } from '../model/domain-mismatch.js';
import type { LoadedInput } from '../model/input.js';
import type { DomainMismatch, Tenant } from '../model/types.js';
import type { InputError } from '../shared/errors.js';
import type { Coverage } from './coverage.js';
import type { Finding } from './finding.js';
import { sortFindings } from './run-rules.js';

/**
 * One thing a run linted, and everything it produced: every finding and input error belongs to exactly one target.
 * Inputs are targets of kind `input`; findings about the configuration itself (an expired ignore entry) form one
 * target of kind `configuration`, present only when there are such findings.
 */
export interface Target {
  readonly kind: 'input' | 'configuration';
  /** The input as the user named it (a path, or a live tenant's host), or the configuration file. */
  readonly path: string;
  /**
   * The stable name reports group this target's results under (the SARIF category `a0lint/<category>/`): the input's
   * path relative to the working directory, a live tenant's host, `other` for the configuration's findings.
   */
  readonly category: string;
  /**
   * The form of what was read (reports tell exports from dumps by it): kept when the input and the model are not,
   * as for targets linted on another thread.
   */
  readonly format?: LoadedInput['format'];
  /** The tenant's domain mismatch (see Tenant), kept like `format` when the model is not. */
  readonly domainMismatch?: DomainMismatch;
  /** What was read, when anything was. */
  readonly input?: LoadedInput;
  /** The model the rules saw; absent when the input could not be read at all. */
  readonly tenant?: Tenant;
  /** Sorted by file, line and column (sortFindings). */
  readonly findings: readonly Finding[];
  readonly errors: readonly InputError[];
  /** What could not be checked (tenant sections the input lacks); absent when the input could not be read. */
  readonly coverage?: Coverage;
}

/** What one lint run produced. */
export interface LintResult {
  readonly targets: readonly Target[];
}

/** Every finding of the targets in report order: file, line, column, then rule and entity. */
export function findingsOf(targets: readonly Target[]): Finding[] {
  return sortFindings(targets.flatMap((target) => target.findings));
}

export function errorsOf(targets: readonly Target[]): InputError[] {
  return targets.flatMap((target) => target.errors);
}

/** The inputs only (no configuration target): what "N targets" and "no problems in X" speak about. */
export function inputTargets(targets: readonly Target[]): Target[] {
  return targets.filter((target) => target.kind === 'input');
}

/** A target's category: the loaded input's path (relative to the working directory even for an absolute argument), or the live tenant. */
export function categoryOf(path: string, input: LoadedInput | undefined, tenant: Tenant | undefined): string {
  const live = tenant?.domainSource === 'live' && tenant.domain;
  return (
    (live || input?.path || path)
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .replace(/\/+$/, '') || '.'
  );
}

/** Something the user must hear about a target that is no finding: said on stderr (or in the Action's log) and in the JSON summary. */
export interface Notice {
  readonly target: string;
  readonly code: 'domain-mismatch';
  readonly message: string;
}

/** The targets' notices: inputs whose tenant domain names none of the Management APIs their data holds. */
export function noticesOf(targets: readonly Target[]): Notice[] {
  return targets.flatMap((target) => {
    const mismatch = target.domainMismatch ?? target.tenant?.domainMismatch;
    return mismatch ? [{ target: target.path, code: 'domain-mismatch' as const, message: domainMismatchNote(mismatch, target.path) }] : [];
  });
}
