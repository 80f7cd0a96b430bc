import { MANAGEMENT_API_SCOPES } from '../data/management-api-scopes.js';
import { managementAudience, normalizeAudience } from '../model/management-api.js';
import { isUnresolved } from '../model/markers.js';
import { isPolicyFor } from '../model/policy.js';
import type { Client, ClientGrant, EffectivePolicy, ResourceServer, Tenant } from '../model/types.js';
import { clientLabel, flowVerdict, isThirdParty } from './flows.js';
import { TOKENS } from './labels.js';
import type { AccessEntry, AccessGroup, AccessMap, AccessReason, AccessSubject, ApiAccess, GroupMembers, PolicyView } from './types.js';

/** What Auth0 lets a user token for the Management API carry: only the scopes about the signed-in user. */
const CURRENT_USER_SCOPES: readonly string[] = [...MANAGEMENT_API_SCOPES].filter((scope) => scope.includes(':current_user')).sort();

/** Where the entries of one API are collected, in the order they are found. */
interface ApiSlot {
  readonly view: ApiAccess;
  readonly entries: AccessEntry[];
  /** default_for grants, counted once every grant has been seen. */
  readonly defaults: Array<{ readonly index: number; readonly subject: AccessSubject }>;
  /** Third-party applications with a grant of their own, per subject type (they do not fall back to the default grant). */
  readonly ownThirdParty: Map<AccessSubject, Set<Client>>;
}

/**
 * Who can obtain access tokens for which API, with which scopes at most, and why. Pure, and linear in the size of the
 * tenant: one pass over the APIs, one over the clients, one over the grants. An allow_all policy is one entry for all
 * first-party applications (with their count), never an entry per application.
 */
export function computeAccess(tenant: Tenant): AccessMap {
  const members = groupMembers(tenant.clients);
  const slots = new Map<ResourceServer | string, ApiSlot>();
  const order: ApiSlot[] = [];
  const add = (owner: ResourceServer | string, view: ApiAccess): ApiSlot => {
    const slot: ApiSlot = { view, entries: [], defaults: [], ownThirdParty: new Map() };
    slots.set(owner, slot);
    order.push(slot);
    return slot;
  };
  for (const api of tenant.resourceServers) {
    const slot = add(api, apiView(api));
    for (const subject of Object.keys(slot.view.policies) as AccessSubject[]) {
      const entry = openEntry(slot.view, subject, members);
      if (entry) slot.entries.push(entry);
    }
  }

  // Exports leave out the Management API but keep grants to it; other audiences without an API are dangling.
  const managementKey = tenant.domain ? managementAudience(tenant.domain) : undefined;
  const slotOf = (grant: ClientGrant): ApiSlot | undefined => {
    if (grant.api) return slots.get(grant.api);
    if (grant.audience === undefined) return undefined;
    const owner = grant.toManagementApi ? 'management-api' : normalizeAudience(grant.audience);
    return slots.get(owner) ?? add(owner, missingApiView(grant, managementKey));
  };

  for (const grant of tenant.clientGrants) {
    const slot = slotOf(grant);
    const subject = grant.subjectType as AccessSubject;
    if (!slot || !isAccessSubject(grant.subjectType)) continue;
    if (grant.clientRef === undefined && grant.defaultFor !== undefined) {
      slot.defaults.push({ index: slot.entries.length, subject });
      slot.entries.push(defaultGrantEntry(slot.view, grant, subject));
      continue;
    }
    const entry = grantEntry(slot.view, grant, subject);
    slot.entries.push(entry);
    if (grant.client && isThirdParty(grant.client)) {
      const own = slot.ownThirdParty.get(subject) ?? new Set<Client>();
      slot.ownThirdParty.set(subject, own.add(grant.client));
    }
  }

  const entries: AccessEntry[] = [];
  for (const slot of order) {
    for (const { index, subject } of slot.defaults) {
      const entry = slot.entries[index]!;
      let covered = members.count('third_party', subject);
      for (const client of slot.ownThirdParty.get(subject) ?? []) if (members.of('third_party', subject).has(entryKey(client))) covered--;
      slot.entries[index] = { ...entry, count: covered };
    }
    slot.entries.sort(byEntryOrder);
    for (const entry of slot.entries) entries.push(entry);
  }
  return { apis: order.map((slot) => slot.view), entries, members: members.of };
}

function isAccessSubject(value: string): value is AccessSubject {
  return value === 'user' || value === 'client' || value === 'anonymous_user';
}

function apiView(api: ResourceServer): ApiAccess {
  const policies: Partial<Record<AccessSubject, PolicyView>> = { user: viewOf(api.policy.user), client: viewOf(api.policy.client) };
  // The anonymous_user policy (Anonymous Sessions, beta) exists only where the API sets it.
  const anonymous = anonymousPolicy(api.data.subject_type_authorization);
  if (anonymous) policies.anonymous_user = anonymous;
  return {
    api: api.identifier ?? api.key,
    ...(api.name !== undefined ? { apiName: api.name } : {}),
    system: api.isSystem,
    managementApi: api.isManagementApi,
    inData: true,
    policies,
  };
}

function missingApiView(grant: ClientGrant, managementKey: string | undefined): ApiAccess {
  if (grant.toManagementApi) {
    return {
      api: managementKey ?? grant.audience!,
      apiName: 'Auth0 Management API',
      system: true,
      managementApi: true,
      inData: false,
      // Its client policy cannot be changed; its user policy is not in an export.
      policies: { user: { policy: 'unknown', explicit: false }, client: { policy: 'require_client_grant', explicit: false } },
    };
  }
  return {
    api: grant.audience!,
    system: false,
    managementApi: false,
    inData: false,
    policies: { user: { policy: 'unknown', explicit: false }, client: { policy: 'unknown', explicit: false } },
  };
}

function viewOf(policy: EffectivePolicy): PolicyView {
  return { policy: policy.policy ?? 'unknown', explicit: policy.explicit };
}

function anonymousPolicy(value: unknown): PolicyView | undefined {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'anonymous_user')) return undefined;
  const entry = (value as { anonymous_user?: unknown }).anonymous_user;
  const policy = typeof entry === 'object' && entry !== null ? (entry as { policy?: unknown }).policy : undefined;
  return { policy: isPolicyFor('user', policy) ? policy : 'unknown', explicit: true };
}

/** The one entry an allow_all policy makes for every first-party application that can use the flow. */
function openEntry(view: ApiAccess, subject: AccessSubject, members: Members): AccessEntry | undefined {
  const policy = view.policies[subject]!;
  if (policy.policy !== 'allow_all' || subject === 'client') return undefined;
  const count = members.count('first_party', subject);
  const flows = subject === 'user' ? ' with a flow that signs users in' : '';
  const reasons: AccessReason[] = [
    policyReason(view, subject),
    { code: 'first-party', text: `${count} first-party application${count === 1 ? '' : 's'}${flows} in the data; any added later is covered too.` },
  ];
  const scopes = scopesFor(view, subject, 'all', reasons);
  return {
    ...apiFields(view),
    subjectType: subject,
    client: '*',
    clientName: `every first-party application${flows}`,
    group: 'first_party',
    count,
    allowed: true,
    scopes,
    reasons,
  };
}

function defaultGrantEntry(view: ApiAccess, grant: ClientGrant, subject: AccessSubject): AccessEntry {
  const policy = view.policies[subject] ?? UNKNOWN;
  const reasons: AccessReason[] = [policyReason(view, subject)];
  reasons.push({
    code: 'default-grant',
    text: `A default_for ${grant.defaultFor ?? ''} grant covers every third-party application without a grant of its own for "${apiLabel(view)}".`,
  });
  let allowed = policy.policy !== 'deny_all';
  if (view.system) {
    allowed = false;
    reasons.push({ code: 'default-grant-system-api', text: `"${apiLabel(view)}" is an Auth0 system API, which does not support default_for grants.` });
  }
  return {
    ...apiFields(view),
    subjectType: subject,
    client: '*',
    clientName: 'every third-party application without its own grant',
    group: 'third_party',
    count: 0,
    allowed,
    scopes: grantScopes(view, grant, subject, reasons, 'the default grant'),
    reasons,
  };
}

function grantEntry(view: ApiAccess, grant: ClientGrant, subject: AccessSubject): AccessEntry {
  const policy = view.policies[subject] ?? UNKNOWN;
  const reasons: AccessReason[] = [policyReason(view, subject)];
  const client = grant.client;
  const base = {
    ...apiFields(view),
    subjectType: subject,
    client: client ? entryKey(client) : (grant.clientRef ?? ''),
    ...(client ? (client.name !== undefined ? { clientName: client.name } : {}) : {}),
  };
  if (isUnresolved(grant.clientRef) || isUnresolved(grant.audience)) {
    reasons.push({
      code: 'unresolved-marker',
      text: `The grant's ${isUnresolved(grant.clientRef) ? `application "${grant.clientRef ?? ''}"` : `audience "${grant.audience ?? ''}"`} is an unresolved keyword marker.`,
    });
    return { ...base, allowed: false, scopes: [], reasons };
  }
  if (!client) {
    reasons.push({ code: 'client-missing', text: `The grant names "${grant.clientRef ?? ''}", which is no application in the data.` });
    return { ...base, allowed: false, scopes: [], reasons };
  }
  let allowed = policy.policy !== 'deny_all';
  if (!view.inData && !view.managementApi) {
    allowed = false;
    reasons.push({ code: 'api-missing', text: `No API in the data has the identifier "${view.api}".` });
  }
  const thirdParty = isThirdParty(client);
  if (thirdParty && view.system) {
    allowed = false;
    reasons.push({
      code: 'third-party-system-api',
      text: `"${clientLabel(client)}" is a third-party application, and "${apiLabel(view)}" is an Auth0 system API.`,
    });
  }
  const flow = flowVerdict(subject, client);
  if (flow) {
    reasons.push(flow.reason);
    allowed &&= flow.usable;
  }
  if (policy.policy === 'allow_all' && subject !== 'client') {
    if (thirdParty)
      reasons.push({
        code: 'third-party-needs-grant',
        text: `"${clientLabel(client)}" is third-party, so it needs this grant even though the policy is allow_all.`,
      });
    else {
      reasons.push({
        code: 'grant-not-required',
        text: `"${clientLabel(client)}" is first-party: allow_all lets it in without the grant, and Auth0 does not document the grant as a limit.`,
      });
      return { ...base, allowed, scopes: scopesFor(view, subject, 'all', reasons), reasons };
    }
  }
  return { ...base, allowed, scopes: allowed ? grantScopes(view, grant, subject, reasons, 'the grant') : [], reasons };
}

const UNKNOWN: PolicyView = { policy: 'unknown', explicit: false };

function grantScopes(view: ApiAccess, grant: ClientGrant, subject: AccessSubject, reasons: AccessReason[], what: string): readonly string[] | 'all' {
  if (grant.allowAllScopes) {
    reasons.push({ code: 'grant-all-scopes', text: `${capitalize(what)} sets allow_all_scopes: every scope "${apiLabel(view)}" defines, now and later.` });
    return scopesFor(view, subject, 'all', reasons);
  }
  const count = grant.scopes.length;
  reasons.push({ code: 'grant', text: `${capitalize(what)} lists ${count === 0 ? 'no scope' : `${count} scope${count === 1 ? '' : 's'}`}.` });
  return scopesFor(view, subject, grant.scopes, reasons);
}

/** Management API user tokens carry only the current-user scopes, whatever a policy or grant allows. */
function scopesFor(view: ApiAccess, subject: AccessSubject, scopes: readonly string[] | 'all', reasons: AccessReason[]): readonly string[] | 'all' {
  if (!view.managementApi || subject === 'client') return scopes;
  reasons.push({ code: 'management-api-user-scopes', text: 'User tokens for the Auth0 Management API carry at most its *:current_user* scopes.' });
  return scopes === 'all' ? CURRENT_USER_SCOPES : scopes.filter((scope) => scope.includes(':current_user'));
}

function policyReason(view: ApiAccess, subject: AccessSubject): AccessReason {
  const { policy, explicit } = view.policies[subject] ?? UNKNOWN;
  const api = apiLabel(view);
  const what = `${subject} policy`;
  switch (policy) {
    case 'allow_all':
      return explicit
        ? { code: 'policy-allow-all', text: `"${api}" sets its ${what} to allow_all: every first-party application can get tokens without a grant.` }
        : {
            code: 'policy-allow-all-default',
            text: `"${api}" does not set its ${what}, so Auth0's default allow_all applies: every first-party application can get tokens without a grant.`,
          };
    case 'require_client_grant':
      if (explicit)
        return { code: 'policy-require-client-grant', text: `"${api}" sets its ${what} to require_client_grant: only applications with a grant get tokens.` };
      return {
        code: 'policy-require-client-grant-default',
        text: view.managementApi
          ? `"${api}" always requires a client grant for machine-to-machine tokens.`
          : `"${api}" does not set its ${what}, so Auth0's default require_client_grant applies.`,
      };
    case 'deny_all':
      return {
        code: 'policy-deny-all',
        text: explicit
          ? `"${api}" sets its ${what} to deny_all: no application gets ${TOKENS[subject]}, whatever its grants say.`
          : `"${api}" does not set its ${what}, and Auth0 activates this API with deny_all: no application gets ${TOKENS[subject]}, whatever its grants say.`,
      };
    default:
      return {
        code: 'policy-unknown',
        text: view.inData
          ? `The data does not hold a valid ${what} for "${api}" (exports drop it for system APIs); this assumes grants are honoured.`
          : `"${api}" is not in the data, so its ${what} is unknown; this assumes grants are honoured.`,
      };
  }
}

function apiFields(view: ApiAccess): { api: string; apiName?: string } {
  return view.apiName !== undefined ? { api: view.api, apiName: view.apiName } : { api: view.api };
}

function apiLabel(view: ApiAccess): string {
  return view.apiName ?? view.api;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function entryKey(client: Client): string {
  return client.key;
}

interface Members {
  readonly count: (group: AccessGroup, subject: AccessSubject) => number;
  readonly of: (group: AccessGroup, subject: AccessSubject) => GroupMembers & { has(client: string | { client: string; clientName?: string }): boolean };
}

/** One pass over the applications: which of them each kind of group entry stands for. */
function groupMembers(clients: readonly Client[]): Members {
  const sets = new Map<string, { keys: Set<string>; names: Set<string> }>();
  const setOf = (group: AccessGroup, subject: AccessSubject): { keys: Set<string>; names: Set<string> } => {
    const id = `${group}/${subject}`;
    let set = sets.get(id);
    if (!set) sets.set(id, (set = { keys: new Set(), names: new Set() }));
    return set;
  };
  for (const client of clients) {
    const group: AccessGroup = isThirdParty(client) ? 'third_party' : 'first_party';
    for (const subject of ['user', 'client', 'anonymous_user'] as const) {
      if (!(flowVerdict(subject, client)?.usable ?? true)) continue;
      const set = setOf(group, subject);
      set.keys.add(entryKey(client));
      if (client.name !== undefined) set.names.add(client.name);
    }
  }
  return {
    count: (group, subject) => setOf(group, subject).keys.size,
    of: (group, subject) => {
      const set = setOf(group, subject);
      return {
        has: (client) =>
          typeof client === 'string'
            ? set.keys.has(client)
            : set.keys.has(client.client) || (client.clientName !== undefined && set.names.has(client.clientName)),
      };
    },
  };
}

const SUBJECT_ORDER: Readonly<Record<AccessSubject, number>> = { user: 0, client: 1, anonymous_user: 2 };

/** Per API: subject type, then group entries, then applications by name. */
function byEntryOrder(a: AccessEntry, b: AccessEntry): number {
  return (
    SUBJECT_ORDER[a.subjectType] - SUBJECT_ORDER[b.subjectType] ||
    (a.group ? 0 : 1) - (b.group ? 0 : 1) ||
    compare(a.clientName ?? a.client, b.clientName ?? b.client) ||
    compare(a.client, b.client)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
