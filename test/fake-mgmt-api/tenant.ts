/** Tenant data the fake serves, in the Management API's own shapes (as recorded in real responses). */
export interface FakeTenant {
  resource_servers: Array<Record<string, unknown>>;
  clients: Array<Record<string, unknown>>;
  client_grants: Array<Record<string, unknown>>;
  /** Other endpoints, by path (`/api/v2/tenants/settings`): what a deploy-cli export of the whole tenant reads. */
  resources?: Record<string, FakeResource>;
  /** Endpoints of a family (one per prompt and language, say) that `resources` does not list one by one. */
  resourceFor?: (path: string) => FakeResource | undefined;
}

export interface FakeResource {
  /** The scope Auth0 requires to read it. */
  readonly scope: string;
  /** For a list: the key its paged responses hold it under (`connections`); absent for one object. */
  readonly list?: string;
  /** The list is always answered in its paged form, totals included (the Actions API), never as a bare array. */
  readonly alwaysTotals?: boolean;
  readonly body: unknown;
}

export interface TenantSize {
  readonly apis: number;
  readonly clients: number;
  readonly grants: number;
}

const hex = (n: number, width = 24): string => n.toString(16).padStart(width, '0');

/**
 * A deterministic tenant of the given size with the system APIs a real tenant has, the audit client itself, and a
 * few deliberate problems (allow_all APIs, grants on a deny_all API, a password-grant client) so lint has findings.
 */
export function makeTenant(domain: string, size: TenantSize = { apis: 3, clients: 4, grants: 5 }): FakeTenant {
  const mgmt = `https://${domain}/api/v2/`;
  const resource_servers: Array<Record<string, unknown>> = [
    {
      id: hex(1),
      name: 'Auth0 Management API',
      identifier: mgmt,
      is_system: true,
      allow_offline_access: false,
      skip_consent_for_verifiable_first_party_clients: false,
      token_lifetime: 86400,
      token_lifetime_for_web: 7200,
      signing_alg: 'RS256',
      scopes: [
        { value: 'read:clients', description: 'Read Clients' },
        { value: 'create:clients', description: 'Create Clients' },
      ],
      subject_type_authorization: { user: { policy: 'require_client_grant' }, client: { policy: 'require_client_grant' } },
    },
  ];
  for (let index = 0; index < size.apis - 1; index++) {
    const policy = index % 5 === 0 ? 'allow_all' : 'require_client_grant';
    const api: Record<string, unknown> = {
      id: hex(0x1000 + index),
      name: `API ${index}`,
      identifier: `https://api-${index}.example.com/`,
      is_system: false,
      allow_offline_access: index % 2 === 0,
      skip_consent_for_verifiable_first_party_clients: true,
      token_lifetime: 86400,
      token_lifetime_for_web: 7200,
      signing_alg: 'RS256',
      scopes: [
        { value: 'read:items', description: 'Read items' },
        { value: 'write:items', description: 'Write items' },
      ],
      subject_type_authorization: { user: { policy }, client: { policy: index % 7 === 3 ? 'deny_all' : 'require_client_grant' } },
    };
    if (index % 11 === 4) api.signing_secret = `fake-signing-secret-${index}`;
    resource_servers.push(api);
  }
  const clients: Array<Record<string, unknown>> = [
    {
      client_id: 'AUDITCLIENT0000000000000000000000',
      name: 'a0lint audit',
      app_type: 'non_interactive',
      is_first_party: true,
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_post',
      client_secret: 'fake-secret-audit',
      callbacks: [],
      global: false,
    },
  ];
  const appTypes = ['regular_web', 'spa', 'non_interactive', 'native'];
  for (let index = 0; index < size.clients - 1; index++) {
    const appType = appTypes[index % appTypes.length]!;
    clients.push({
      client_id: `CLIENT${String(index).padStart(26, '0')}`,
      name: `App ${index}`,
      app_type: appType,
      is_first_party: true,
      oidc_conformant: true,
      grant_types:
        appType === 'non_interactive' ? ['client_credentials'] : index % 9 === 1 ? ['authorization_code', 'password'] : ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: appType === 'spa' || appType === 'native' ? 'none' : 'client_secret_post',
      callbacks: appType === 'non_interactive' ? [] : [`https://app-${index}.example.com/callback`],
      allowed_logout_urls: [],
      jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 36000, secret_encoded: false },
      client_secret: `fake-secret-${index}`,
      signing_keys: [{ cert: '-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----', pkcs7: 'fake', subject: 'deprecated' }],
      global: false,
    });
  }
  const client_grants: Array<Record<string, unknown>> = [
    {
      id: `cgr_${hex(0, 16)}`,
      client_id: clients[0]!.client_id,
      audience: mgmt,
      scope: ['read:clients', 'read:client_grants', 'read:resource_servers'],
      subject_type: 'client',
    },
  ];
  const used = new Set<string>();
  for (let index = 0; client_grants.length < size.grants && index < size.grants * 4; index++) {
    const client = clients[1 + (index % Math.max(1, clients.length - 1))]!;
    // Spread over the APIs, so grants land on every kind of policy (deny_all included).
    const api = resource_servers[1 + ((index * 7) % Math.max(1, resource_servers.length - 1))];
    if (!api) break;
    const subject = index % 3 === 2 ? 'user' : 'client';
    const key = `${client.client_id as string}|${api.identifier as string}|${subject}`;
    if (used.has(key)) continue;
    used.add(key);
    client_grants.push({
      id: `cgr_${hex(1 + index, 16)}`,
      client_id: client.client_id,
      audience: api.identifier,
      scope: ['read:items'],
      subject_type: subject,
    });
  }
  return { resource_servers, clients, client_grants };
}
