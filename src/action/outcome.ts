import type { AccessChanges } from '../access/changes.js';
import type { Finding } from '../engine/finding.js';
import type { AnyRule } from '../engine/rule.js';
import type { Target } from '../engine/target.js';
import type { PullRequestContext } from './event.js';

/** What a run found, and which part of it the step judges and annotates. */
export interface Outcome {
  /** Everything at head (or in the live tenant): SARIF gets all of it, since code scanning tracks alerts itself. */
  readonly targets: readonly Target[];
  /** The same targets with only the findings the step reports and fails on: those new at head in pull-request mode, else all. */
  readonly reported: readonly Target[];
  /** Findings the base had too (pull-request mode only), per target. */
  readonly preexisting: readonly Target[];
  /** Findings at base that head no longer has. */
  readonly fixed: readonly Finding[];
  /** The base commit the findings were compared with, when they were. */
  readonly comparedWith?: string;
  /** The pull request this run checks, on pull-request events. */
  readonly pullRequest?: PullRequestContext;
  readonly rules: readonly AnyRule[];
  /** Things the user should know about this run (printed to the log and the summary). */
  readonly notes: readonly string[];
  /** SARIF anchor for findings that have no file (live data). */
  readonly anchorFile?: string;
  /** What the pull request (or the live tenant against compare-with) does to who can get tokens, when compared. */
  readonly access?: AccessChanges;
}
