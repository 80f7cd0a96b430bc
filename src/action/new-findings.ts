import type { Finding } from '../engine/finding.js';
import type { Target } from '../engine/target.js';

export interface Split {
  /** At head and not at base: what the pull request introduces. */
  readonly introduced: Finding[];
  /** At head and at base. */
  readonly preexisting: Finding[];
  /** At base and no longer at head. */
  readonly fixed: Finding[];
}

/**
 * Compares by fingerprint (rule, entity, property: never line numbers), per input, so moving or reformatting an
 * entity is not a new finding. Counts matter: a second copy of a known finding is new.
 */
export function splitByBase(head: ReadonlyMap<string, readonly Finding[]>, base: ReadonlyMap<string, readonly Finding[]>): Split {
  const introduced: Finding[] = [];
  const preexisting: Finding[] = [];
  const fixed: Finding[] = [];
  for (const [input, findings] of head) {
    // The base's findings not yet matched, by key; a match takes one, what is left at the end was fixed.
    const remaining = new Map<string, Finding[]>();
    for (const finding of base.get(input) ?? []) {
      const same = remaining.get(key(finding));
      if (same) same.push(finding);
      else remaining.set(key(finding), [finding]);
    }
    for (const finding of findings) {
      if (remaining.get(key(finding))?.pop()) preexisting.push(finding);
      else introduced.push(finding);
    }
    for (const left of remaining.values()) for (const finding of left) fixed.push(finding);
  }
  for (const [input, findings] of base) if (!head.has(input)) for (const finding of findings) fixed.push(finding);
  return { introduced, preexisting, fixed };
}

function key(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.fingerprint}`;
}

/** splitByBase per target (matched by path): the head's targets with only their new findings, and with only their old ones. */
export function splitTargets(head: readonly Target[], base: readonly Target[]): { introduced: Target[]; preexisting: Target[]; fixed: Finding[] } {
  const split = splitByBase(byPath(head), byPath(base));
  const introduced = new Set(split.introduced);
  return {
    introduced: head.map((target) => ({ ...target, findings: target.findings.filter((finding) => introduced.has(finding)) })),
    preexisting: head.map((target) => ({ ...target, findings: target.findings.filter((finding) => !introduced.has(finding)) })),
    fixed: split.fixed,
  };
}

function byPath(targets: readonly Target[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const target of targets) {
    const group = groups.get(target.path);
    if (group) for (const finding of target.findings) group.push(finding);
    else groups.set(target.path, [...target.findings]);
  }
  return groups;
}
