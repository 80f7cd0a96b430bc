import fc from 'fast-check';
import { stringify } from 'yaml';

/** A tenant as plain data in deploy-cli's YAML shape: names for references, as deploy-cli writes them. */
export interface TenantData {
  resourceServers: Array<Record<string, unknown>>;
  clients: Array<Record<string, unknown>>;
  clientGrants: Array<Record<string, unknown>>;
}

const POLICIES = ['allow_all', 'require_client_grant', 'deny_all', 'allow-all', ''];
const APP_TYPES = ['spa', 'native', 'regular_web', 'non_interactive', 'resource_server', 'rms'];
const GRANT_TYPES = ['authorization_code', 'implicit', 'refresh_token', 'client_credentials', 'password', 'http://auth0.com/oauth/grant-type/password-realm'];
const MANAGEMENT_API = 'https://example-tenant.eu.auth0.com/api/v2/';

/** Names users type: any Unicode, including combining marks, emoji and right-to-left text. */
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 });
const scopeValue = fc.stringMatching(/^(read|write|delete|create):[a-z_]{1,10}$/);

const policyBlock = fc.option(
  fc.record(
    {
      user: fc.record({ policy: fc.constantFrom(...POLICIES) }),
      client: fc.record({ policy: fc.constantFrom(...POLICIES) }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const api = fc.record(
  {
    name,
    scopes: fc.uniqueArray(scopeValue, { maxLength: 5 }).map((values) => values.map((value) => ({ value, description: value }))),
    signing_alg: fc.constantFrom('RS256', 'HS256', 'PS256'),
    token_lifetime: fc.integer({ min: 60, max: 10_000_000 }),
    subject_type_authorization: policyBlock,
  },
  { requiredKeys: ['name'] },
);

const client = fc.record(
  {
    app_type: fc.constantFrom(...APP_TYPES),
    grant_types: fc.subarray(GRANT_TYPES),
    token_endpoint_auth_method: fc.constantFrom('none', 'client_secret_post', 'client_secret_basic', 'private_key_jwt'),
    callbacks: fc.array(
      fc.constantFrom('https://app.example.com/cb', 'http://localhost:3000/cb', 'http://insecure.example.com/cb', 'https://*.example.com/cb'),
      { maxLength: 3 },
    ),
    is_first_party: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const tenantArbitrary: fc.Arbitrary<TenantData> = fc
  .record({
    apis: fc.uniqueArray(api, { maxLength: 5, selector: (entry) => entry.name }),
    clients: fc.uniqueArray(fc.tuple(name, client), { maxLength: 6, selector: ([clientName]) => clientName }),
    withManagementApi: fc.boolean(),
    grantSeeds: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(undefined, 'user', 'client'), fc.nat()), { maxLength: 8 }),
  })
  .map(({ apis, clients, withManagementApi, grantSeeds }) => {
    const resourceServers = apis.map((entry, index) => dropUndefined({ ...entry, identifier: `https://api${index}.example.com` }));
    if (withManagementApi)
      resourceServers.push({
        name: 'Auth0 Management API',
        identifier: MANAGEMENT_API,
        is_system: true,
        scopes: [{ value: 'read:users' }, { value: 'delete:users' }],
      });
    const clientEntries = clients.map(([clientName, fields]) => dropUndefined({ name: clientName, ...fields }));
    const clientGrants: Array<Record<string, unknown>> = [];
    const seen = new Set<string>();
    if (clientEntries.length > 0 && resourceServers.length > 0) {
      for (const [clientPick, apiPick, subject, scopePick] of grantSeeds) {
        const grantClient = clientEntries[clientPick % clientEntries.length]!;
        const grantApi = resourceServers[apiPick % resourceServers.length]!;
        const identity = `${String(grantClient.name)}|${String(grantApi.identifier)}|${subject ?? 'client'}`;
        if (seen.has(identity)) continue;
        seen.add(identity);
        const scopes = ((grantApi.scopes as Array<{ value: string }> | undefined) ?? []).map((scope) => scope.value);
        clientGrants.push(
          dropUndefined({
            client_id: grantClient.name,
            audience: grantApi.identifier,
            scope: scopes.slice(0, scopePick % (scopes.length + 1)),
            subject_type: subject,
          }),
        );
      }
    }
    return { resourceServers, clients: clientEntries, clientGrants };
  });

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** deploy-cli YAML with a given indentation. */
export function toYaml(tenant: TenantData, indent = 2): string {
  return stringify(tenant, { indent, lineWidth: 0 });
}

/** A Management API dump: snake_case collection names, grants by client_id. */
export function toDump(tenant: TenantData, space: string | number = 2): string {
  // Ids follow from names, not positions, so a reordered tenant keeps its ids.
  const idOf = new Map(tenant.clients.map((entry) => [entry.name, `cid-${[...String(entry.name)].map((ch) => ch.codePointAt(0)!.toString(36)).join('-')}`]));
  const clients = tenant.clients.map((entry) => ({ client_id: idOf.get(entry.name), ...entry }));
  const grants = tenant.clientGrants.map((grant) => ({ ...grant, client_id: idOf.get(grant.client_id) }));
  return JSON.stringify({ resource_servers: tenant.resourceServers, clients, client_grants: grants }, null, space);
}

/** The same tenant with every mapping's keys in another order, and entities in another order. */
export function reordered(tenant: TenantData, seed: number): TenantData {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  const deep = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(deep);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(shuffle(Object.entries(value)).map(([key, child]) => [key, deep(child)]));
  };
  return {
    clientGrants: shuffle(tenant.clientGrants).map((entry) => deep(entry) as Record<string, unknown>),
    resourceServers: shuffle(tenant.resourceServers).map((entry) => deep(entry) as Record<string, unknown>),
    clients: shuffle(tenant.clients).map((entry) => deep(entry) as Record<string, unknown>),
  };
}

/** Entities that share nothing with the rest of the tenant. */
export function withUnrelated(tenant: TenantData): TenantData {
  return {
    resourceServers: [
      ...tenant.resourceServers,
      {
        name: 'Unrelated API \u2014 added',
        identifier: 'https://unrelated.example.net',
        subject_type_authorization: { user: { policy: 'deny_all' }, client: { policy: 'deny_all' } },
      },
    ],
    clients: [
      ...tenant.clients,
      { name: 'Unrelated client \u2014 added', app_type: 'spa', grant_types: ['authorization_code'], token_endpoint_auth_method: 'none' },
    ],
    clientGrants: tenant.clientGrants,
  };
}
