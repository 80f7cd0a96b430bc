import { normalizeAudience } from '../model/management-api.js';
import { apiTitle, clientTitle, keyReasons, scopesText, TOKENS } from './labels.js';
import type { AccessEntry, AccessGroup, AccessMap, AccessReason } from './types.js';

export type ChangeKind = 'added' | 'removed' | 'widened' | 'narrowed';

/** What an entry allowed on one side of the diff. */
export interface AccessSide {
  readonly allowed: boolean;
  readonly scopes: readonly string[] | 'all';
  readonly count?: number;
  readonly reasons: readonly AccessReason[];
  /** Set when the application had no entry of its own and a group entry (allow_all, a default grant) covered it. */
  readonly via?: AccessGroup;
}

export interface AccessChange extends Pick<AccessEntry, 'api' | 'apiName' | 'subjectType' | 'client' | 'clientName' | 'group'> {
  readonly kind: ChangeKind;
  readonly base?: AccessSide;
  readonly head?: AccessSide;
  /** Scopes the head allows that the base did not (`all`: every scope, where the base had a list). */
  readonly addedScopes: readonly string[] | 'all';
  readonly removedScopes: readonly string[] | 'all';
  /** The change in plain words. */
  readonly summary: string;
}

export interface AccessDiff {
  readonly changes: readonly AccessChange[];
  readonly counts: Readonly<Record<ChangeKind, number>>;
}

/** Widenings (added, widened) are what a reviewer must see first. */
export function isWidening(kind: ChangeKind): boolean {
  return kind === 'added' || kind === 'widened';
}

interface Indexed {
  readonly map: AccessMap;
  readonly byKey: Map<string, AccessEntry>;
  /** Application entries by name, for two forms of one tenant (an export names clients, the live tenant has ids). */
  readonly byName: Map<string, string | null>;
  /** Group entries per API and subject type. */
  readonly groups: Map<string, AccessEntry>;
  readonly apiKeys: Map<string, string>;
}

/**
 * What changes between two access maps: entries added or removed, and entries that allow more (more scopes, more
 * applications, a policy relaxed, a grant that now works) or less. An application that leaves or joins a group
 * (allow_all, a default grant) is compared with the group's entry, so a policy relaxed or tightened reads as what it
 * does to each application, not as unrelated removals and additions. Linear in the two maps (apart from sorting).
 */
export function diffAccess(base: AccessMap, head: AccessMap): AccessDiff {
  const before = indexed(base);
  const after = indexed(head);
  const changes: AccessChange[] = [];
  const matched = new Set<string>();
  for (const [key, entry] of after.byKey) {
    const other = before.byKey.get(key) ?? byName(before, after, entry);
    if (other) matched.add(keyOf(before, other));
    const change = compare(entry, other ? sideOf(other) : covered(before, after, entry), sideOf(entry));
    if (change) changes.push(change);
  }
  for (const [key, entry] of before.byKey) {
    if (matched.has(key)) continue;
    const change = compare(entry, sideOf(entry), covered(after, before, entry));
    if (change) changes.push(change);
  }
  changes.sort(byReviewOrder);
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, widened: 0, narrowed: 0 };
  for (const change of changes) counts[change.kind]++;
  return { changes, counts };
}

function indexed(map: AccessMap): Indexed {
  const apiKeys = new Map<string, string>();
  // The Management API's audience differs between an export (a keyword marker, say) and the live tenant.
  for (const api of map.apis) apiKeys.set(api.api, api.managementApi ? 'management-api' : normalizeAudience(api.api));
  const index: Indexed = { map, byKey: new Map(), byName: new Map(), groups: new Map(), apiKeys };
  for (const entry of map.entries) {
    const key = keyOf(index, entry);
    const existing = index.byKey.get(key);
    // Two grants for one application, API and subject type (a duplicate Auth0 refuses): what either allows.
    index.byKey.set(key, existing ? merged(existing, entry) : entry);
    if (entry.group) index.groups.set(`${apiKey(index, entry)}\u0000${entry.subjectType}\u0000${entry.group}`, entry);
    else if (entry.clientName !== undefined) {
      const name = nameKey(index, entry);
      index.byName.set(name, index.byName.has(name) && index.byName.get(name) !== key ? null : key);
    }
  }
  return index;
}

function apiKey(index: Indexed, entry: AccessEntry): string {
  return index.apiKeys.get(entry.api) ?? normalizeAudience(entry.api);
}

function keyOf(index: Indexed, entry: AccessEntry): string {
  return `${apiKey(index, entry)}\u0000${entry.subjectType}\u0000${entry.group ? `*${entry.group}` : `=${entry.client}`}`;
}

function nameKey(index: Indexed, entry: AccessEntry): string {
  return `${apiKey(index, entry)}\u0000${entry.subjectType}\u0000${entry.clientName ?? ''}`;
}

/** The other side's entry for the same application under another key (its name), when the name is unambiguous. */
function byName(other: Indexed, own: Indexed, entry: AccessEntry): AccessEntry | undefined {
  if (entry.group || entry.clientName === undefined) return undefined;
  const key = other.byName.get(nameKey(own, entry));
  return key ? other.byKey.get(key) : undefined;
}

/** What a group entry on the other side gave this application, when it had no entry of its own there. */
function covered(other: Indexed, own: Indexed, entry: AccessEntry): AccessSide | undefined {
  if (entry.group) return undefined;
  for (const group of ['first_party', 'third_party'] as const) {
    const groupEntry = other.groups.get(`${apiKey(own, entry)}\u0000${entry.subjectType}\u0000${group}`);
    if (groupEntry && other.map.members(group, entry.subjectType).has(entry)) return { ...sideOf(groupEntry), via: group };
  }
  return undefined;
}

function sideOf(entry: AccessEntry): AccessSide {
  return { allowed: entry.allowed, scopes: entry.scopes, ...(entry.count !== undefined ? { count: entry.count } : {}), reasons: entry.reasons };
}

function merged(a: AccessEntry, b: AccessEntry): AccessEntry {
  if (!a.allowed) return b.allowed ? b : a;
  if (!b.allowed) return a;
  return { ...a, scopes: a.scopes === 'all' || b.scopes === 'all' ? 'all' : union(a.scopes, b.scopes) };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a);
  const result = Array.from(a);
  for (const scope of b) if (!seen.has(scope)) result.push(scope);
  return result;
}

function compare(entry: AccessEntry, base: AccessSide | undefined, head: AccessSide | undefined): AccessChange | undefined {
  const was = base?.allowed === true;
  const is = head?.allowed === true;
  if (!was && !is) return undefined;
  let kind: ChangeKind;
  let addedScopes: readonly string[] | 'all' = [];
  let removedScopes: readonly string[] | 'all' = [];
  if (!was) {
    kind = base ? 'widened' : 'added';
    addedScopes = head!.scopes;
  } else if (!is) {
    kind = head ? 'narrowed' : 'removed';
    removedScopes = base.scopes;
  } else {
    addedScopes = difference(head.scopes, base.scopes);
    removedScopes = difference(base.scopes, head.scopes);
    const more = (head.count ?? 0) - (base.count ?? 0);
    if (isEmpty(addedScopes) && isEmpty(removedScopes) && more === 0) return undefined;
    kind = !isEmpty(addedScopes) || (isEmpty(removedScopes) && more > 0) ? 'widened' : 'narrowed';
  }
  const change: Omit<AccessChange, 'summary'> = {
    kind,
    api: entry.api,
    ...(entry.apiName !== undefined ? { apiName: entry.apiName } : {}),
    subjectType: entry.subjectType,
    client: entry.client,
    ...(entry.clientName !== undefined ? { clientName: entry.clientName } : {}),
    ...(entry.group ? { group: entry.group } : {}),
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
    addedScopes,
    removedScopes,
  };
  return { ...change, summary: summaryOf(change, entry) };
}

/** Scopes in `a` that `b` lacks; against `all` nothing is missing, and `all` against a list is `all`. */
function difference(a: readonly string[] | 'all', b: readonly string[] | 'all'): readonly string[] | 'all' {
  if (b === 'all') return [];
  if (a === 'all') return 'all';
  const other = new Set(b);
  return a.filter((scope) => !other.has(scope));
}

function isEmpty(scopes: readonly string[] | 'all'): boolean {
  return scopes !== 'all' && scopes.length === 0;
}

function summaryOf(change: Omit<AccessChange, 'summary'>, entry: AccessEntry): string {
  const who = change.group ? capitalize(clientTitle({ ...entry, count: (change.head ?? change.base)?.count ?? 0 })) : `"${clientTitle(entry)}"`;
  const what = `${TOKENS[change.subjectType]} for "${apiTitle(change)}"`;
  const why = (side: AccessSide | undefined): string => {
    const texts = side ? keyReasons({ ...entry, allowed: side.allowed, reasons: side.reasons }) : [];
    return texts.length > 0 ? ` (${texts[0]!.replace(/\.$/, '').replace(/^The /, 'the ')})` : '';
  };
  switch (change.kind) {
    case 'added':
      return `${who} can now get ${what} with ${scopesText(change.addedScopes)}.`;
    case 'removed':
      return `${who} can no longer get ${what}.`;
    case 'widened': {
      if (!change.base!.allowed) return `${who} can now get ${what} with ${scopesText(change.addedScopes)}; before, it could not${why(change.base)}.`;
      const count = (change.head!.count ?? 0) - (change.base!.count ?? 0);
      const more = count > 0 ? `${count} more application${count === 1 ? '' : 's'}` : '';
      const scopes = isEmpty(change.addedScopes) ? '' : `more scopes: ${scopesText(change.addedScopes)}`;
      return `${who} gets ${what} with ${[scopes, more].filter(Boolean).join(', and ')}${viaText(change.base!)}.`;
    }
    case 'narrowed': {
      if (!change.head!.allowed) return `${who} can no longer get ${what}${why(change.head)}.`;
      const count = (change.base!.count ?? 0) - (change.head!.count ?? 0);
      const fewer = count > 0 ? `${count} fewer application${count === 1 ? '' : 's'}` : '';
      const scopes = isEmpty(change.removedScopes)
        ? ''
        : change.removedScopes === 'all'
          ? `fewer scopes: now only ${scopesText(change.head!.scopes)}`
          : `fewer scopes: loses ${scopesText(change.removedScopes)}`;
      return `${who} keeps ${what} with ${[scopes, fewer].filter(Boolean).join(', and ')}${viaText(change.base!)}.`;
    }
  }
}

function viaText(base: AccessSide): string {
  if (base.via === 'first_party') return ' (before, every first-party application had it through allow_all)';
  if (base.via === 'third_party') return ' (before, through the default grant for third-party applications)';
  return '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const KIND_ORDER: Readonly<Record<ChangeKind, number>> = { added: 0, widened: 1, narrowed: 2, removed: 3 };

function byReviewOrder(a: AccessChange, b: AccessChange): number {
  return (
    (isWidening(a.kind) ? 0 : 1) - (isWidening(b.kind) ? 0 : 1) ||
    compareText(apiTitle(a), apiTitle(b)) ||
    compareText(a.subjectType, b.subjectType) ||
    (a.group ? 0 : 1) - (b.group ? 0 : 1) ||
    compareText(a.clientName ?? a.client, b.clientName ?? b.client) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
