import type { InputError } from '../shared/errors.js';
import type { AccessDiff } from './diff.js';
import type { AccessMap } from './types.js';

/** One input's access map; `map` is absent when the input could not be read at all. */
export interface AccessTarget {
  readonly path: string;
  readonly map?: AccessMap;
  /** This input's errors: its map is incomplete when there are any. */
  readonly errors: readonly InputError[];
}

/** Everything an access formatter may use. Formatters are pure: they turn this into text. */
export interface AccessReportInput {
  readonly targets: readonly AccessTarget[];
  /** Input errors: the maps of the inputs they belong to are incomplete, and every format says so. */
  readonly errors: readonly InputError[];
  readonly version: string;
  readonly color: boolean;
}

export type AccessFormatter = (input: AccessReportInput) => string;

/** Everything a diff formatter may use: both sides, and the diff when both could be read. */
export interface AccessDiffReportInput {
  readonly base: AccessTarget;
  readonly head: AccessTarget;
  readonly diff?: AccessDiff;
  readonly errors: readonly InputError[];
  readonly version: string;
  readonly color: boolean;
}

export type AccessDiffFormatter = (input: AccessDiffReportInput) => string;
