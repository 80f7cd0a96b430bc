import type { Tenant } from '../model/types.js';
import { text } from '../shared/markdown-text.js';
import { computeAccess } from './compute.js';
import { diffAccess, type AccessDiff } from './diff.js';
import { accessChangesMarkdown } from './format/diff-markdown.js';
import type { AccessMap } from './types.js';

/** One input on both sides of a comparison; a side without a tenant is an input that did not exist there. */
export interface ComparedInput {
  readonly path: string;
  readonly base?: Tenant;
  readonly head?: Tenant;
}

/** What a change (a pull request, or drift from the committed export) does to access, for a job summary and outputs. */
export interface AccessChanges {
  /** Entries added or widened. */
  readonly widened: number;
  /** Entries narrowed or removed. */
  readonly narrowed: number;
  readonly diffs: ReadonlyArray<{ readonly path: string; readonly diff: AccessDiff }>;
  /** The "Access changes" section, widenings first, in plain words. */
  readonly markdown: string;
}

const EMPTY: AccessMap = { apis: [], entries: [], members: () => ({ has: () => false }) };

/** Compares access input by input; an input only on one side counts as all added (or all removed). */
export function accessChanges(inputs: readonly ComparedInput[], options: { readonly heading?: string; readonly maxBytes?: number } = {}): AccessChanges {
  const diffs: Array<{ path: string; diff: AccessDiff }> = [];
  let widened = 0;
  let narrowed = 0;
  for (const input of inputs) {
    const diff = diffAccess(input.base ? computeAccess(input.base) : EMPTY, input.head ? computeAccess(input.head) : EMPTY);
    diffs.push({ path: input.path, diff });
    widened += diff.counts.added + diff.counts.widened;
    narrowed += diff.counts.narrowed + diff.counts.removed;
  }
  const heading = options.heading ?? '### Access changes';
  const parts: string[] = [];
  if (diffs.length === 1)
    parts.push(accessChangesMarkdown(diffs[0]!.diff, { heading, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) }));
  else {
    parts.push(`${heading}\n\n`);
    const share = options.maxBytes === undefined ? undefined : Math.floor(options.maxBytes / Math.max(diffs.length, 1));
    for (const { path, diff } of diffs) {
      parts.push(accessChangesMarkdown(diff, { heading: `#### <code>${text(path)}</code>`, ...(share !== undefined ? { maxBytes: share } : {}) }), '\n');
    }
  }
  return { widened, narrowed, diffs, markdown: parts.join('') };
}
