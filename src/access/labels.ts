import type { ReasonCode } from './reasons.js';
import type { AccessEntry, AccessSubject, ApiAccess, PolicyView } from './types.js';

/** The reasons that make an entry not work; formats show these first when an entry is denied. */
const DENYING: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'policy-deny-all',
  'client-missing',
  'api-missing',
  'unresolved-marker',
  'public-client',
  'no-client-credentials',
  'no-user-flow',
  'machine-app-no-user-flow',
  'third-party-system-api',
  'default-grant-system-api',
]);

export const SUBJECT_LABELS: Readonly<Record<AccessSubject, string>> = {
  user: 'user access',
  client: 'machine-to-machine access',
  anonymous_user: 'anonymous-session access',
};

export const TOKENS: Readonly<Record<AccessSubject, string>> = {
  user: 'user tokens',
  client: 'machine-to-machine tokens',
  anonymous_user: 'anonymous-session tokens',
};

export function apiTitle(api: { readonly api: string; readonly apiName?: string }): string {
  return api.apiName ?? api.api;
}

/** `every first-party application with a user flow (4)`, or the application's name. */
export function clientTitle(entry: AccessEntry): string {
  if (entry.group) return `${entry.clientName ?? entry.client} (${entry.count ?? 0})`;
  return entry.clientName ?? entry.client;
}

export function scopesText(scopes: readonly string[] | 'all'): string {
  if (scopes === 'all') return 'all scopes';
  return scopes.length === 0 ? 'no scope' : scopes.join(' ');
}

export function policyText(view: PolicyView | undefined): string {
  if (!view) return 'unknown';
  if (view.policy === 'unknown') return 'policy unknown';
  return view.explicit ? view.policy : `${view.policy} (default)`;
}

/** The reason texts worth a line: for a denied entry what denies it, for an allowed one what lets it in. */
export function keyReasons(entry: AccessEntry): string[] {
  const texts: string[] = [];
  for (const reason of entry.reasons) if (entry.allowed ? !DENYING.has(reason.code) : DENYING.has(reason.code)) texts.push(reason.text);
  return texts;
}

/** The APIs of a map with their entries, in the map's order, in one pass. */
export function* byApi(apis: readonly ApiAccess[], entries: readonly AccessEntry[]): Generator<{ api: ApiAccess; entries: AccessEntry[] }> {
  const groups = new Map<string, AccessEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.api);
    if (group) group.push(entry);
    else groups.set(entry.api, [entry]);
  }
  for (const api of apis) yield { api, entries: groups.get(api.api) ?? [] };
}
