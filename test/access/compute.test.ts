import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/access/reasons.js';
import type { AccessMap } from '../../src/access/types.js';
import { accessOfDump, accessOfYaml, fixture, rowOf } from './helpers.js';

const ORDERS = 'https://orders.example.com';
const INVENTORY = 'https://inventory.example.com';
const LEDGER = 'https://ledger.example.com';
const PARTNER = 'https://partner.example.com';
const MY_ACCOUNT = 'https://acme.eu.auth0.com/me/';
const MANAGEMENT = 'https://acme.eu.auth0.com/api/v2/';

const shop = accessOfYaml(fixture('tenant.yaml'));

/** A Management API dump: the API itself with its user policy, user and machine grants to it, an anonymous_user policy. */
const dump = {
  domain: 'acme.eu.auth0.com',
  resource_servers: [
    {
      name: 'Auth0 Management API',
      identifier: MANAGEMENT,
      is_system: true,
      subject_type_authorization: { user: { policy: 'allow_all' }, client: { policy: 'require_client_grant' } },
    },
    {
      name: 'Catalog API',
      identifier: 'https://catalog.example.com',
      scopes: [{ value: 'catalog:read' }],
      subject_type_authorization: {
        user: { policy: 'require_client_grant' },
        client: { policy: 'require_client_grant' },
        anonymous_user: { policy: 'allow_all' },
      },
    },
  ],
  clients: [
    { client_id: 'cli_web', name: 'Web App', app_type: 'regular_web', grant_types: ['authorization_code', 'refresh_token'] },
    { client_id: 'cli_admin', name: 'Admin Tool', app_type: 'spa', grant_types: ['authorization_code'] },
    { client_id: 'cli_job', name: 'Nightly Job', app_type: 'non_interactive', grant_types: ['client_credentials'] },
  ],
  client_grants: [
    {
      id: 'cgr_1',
      client_id: 'cli_admin',
      audience: MANAGEMENT,
      subject_type: 'user',
      scope: ['read:users', 'read:current_user', 'update:current_user_metadata'],
    },
    { id: 'cgr_2', client_id: 'cli_job', audience: MANAGEMENT, scope: ['read:users'] },
    { id: 'cgr_3', client_id: 'cli_web', audience: 'https://catalog.example.com', subject_type: 'anonymous_user', scope: ['catalog:read'] },
  ],
};
const withManagementApi = accessOfDump(dump);

describe('access map: policies', () => {
  it('allow_all (written) is one entry for every first-party application with a user flow, with their count', () => {
    // Storefront, Back Office, Legacy Reports and Kiosk (grant_types unstated) sign users in; Inventory Sync and Batch Exporter do not.
    expect(rowOf(shop, ORDERS, 'user', '*', 'first_party')).toEqual({ allowed: true, scopes: 'all', codes: ['policy-allow-all', 'first-party'], count: 4 });
    expect(shop.entries.filter((entry) => entry.api === ORDERS && entry.subjectType === 'user' && entry.client === '*')).toHaveLength(1);
  });

  it('an absent policy is the default: user allow_all, client require_client_grant', () => {
    expect(rowOf(shop, INVENTORY, 'user', '*', 'first_party')?.codes).toEqual(['policy-allow-all-default', 'first-party']);
    expect(rowOf(shop, INVENTORY, 'client', 'Inventory Sync')).toEqual({
      allowed: true,
      scopes: ['stock:read'],
      codes: ['policy-require-client-grant-default', 'client-credentials', 'grant'],
    });
  });

  it('require_client_grant (written): the grant says who and which scopes', () => {
    expect(rowOf(shop, PARTNER, 'user', 'Partner Portal')).toEqual({
      allowed: true,
      scopes: ['partner:read'],
      codes: ['policy-require-client-grant', 'user-flow', 'grant'],
    });
    expect(rowOf(shop, PARTNER, 'user', '*', 'first_party')).toBeUndefined();
  });

  it('deny_all with a grant: listed, not working', () => {
    expect(rowOf(shop, LEDGER, 'client', 'Inventory Sync')).toEqual({ allowed: false, scopes: [], codes: ['policy-deny-all', 'client-credentials'] });
  });

  it('the My Account API without a policy in the export: Auth0 activates it with require_client_grant, so the grant decides', () => {
    expect(rowOf(shop, MY_ACCOUNT, 'user', 'Storefront')).toEqual({
      allowed: true,
      scopes: ['read:me:authentication_methods'],
      codes: ['policy-require-client-grant-default', 'user-flow', 'grant'],
    });
  });

  it('anonymous_user appears only where the API has that policy', () => {
    expect(shop.apis.every((api) => api.policies.anonymous_user === undefined)).toBe(true);
    const catalog = withManagementApi.apis.find((api) => api.api === 'https://catalog.example.com');
    expect(catalog?.policies.anonymous_user).toEqual({ policy: 'allow_all', explicit: true });
    expect(rowOf(withManagementApi, 'https://catalog.example.com', 'anonymous_user', '*', 'first_party')).toMatchObject({
      allowed: true,
      scopes: 'all',
      count: 3,
    });
    expect(rowOf(withManagementApi, 'https://catalog.example.com', 'anonymous_user', 'Web App')?.codes).toEqual(['policy-allow-all', 'grant-not-required']);
  });
});

describe('access map: applications and grants', () => {
  it('a first-party application with a user grant under allow_all needs no grant: all scopes', () => {
    expect(rowOf(shop, ORDERS, 'user', 'Storefront')).toEqual({ allowed: true, scopes: 'all', codes: ['policy-allow-all', 'user-flow', 'grant-not-required'] });
  });

  it('a third-party application needs a grant even under allow_all', () => {
    expect(rowOf(shop, ORDERS, 'user', 'Partner Portal')).toEqual({
      allowed: true,
      scopes: ['orders:read'],
      codes: ['policy-allow-all', 'user-flow', 'third-party-needs-grant', 'grant'],
    });
  });

  it('a default_for grant is one entry for the third-party applications without a grant of their own', () => {
    // Partner Portal has its own grant; Partner Dashboard falls back to the default one.
    expect(rowOf(shop, PARTNER, 'user', '*', 'third_party')).toEqual({
      allowed: true,
      scopes: ['partner:profile'],
      codes: ['policy-require-client-grant', 'default-grant', 'grant'],
      count: 1,
    });
  });

  it('system APIs take neither default grants nor grants to third-party applications', () => {
    expect(rowOf(shop, MY_ACCOUNT, 'user', '*', 'third_party')).toMatchObject({
      allowed: false,
      codes: ['policy-require-client-grant-default', 'default-grant', 'default-grant-system-api', 'grant'],
    });
    expect(rowOf(shop, MY_ACCOUNT, 'user', 'Partner Portal')).toEqual({
      allowed: false,
      scopes: [],
      codes: ['policy-require-client-grant-default', 'third-party-system-api', 'user-flow'],
    });
  });

  it('application types that cannot use the flow', () => {
    expect(rowOf(shop, ORDERS, 'client', 'Storefront')).toEqual({ allowed: false, scopes: [], codes: ['policy-require-client-grant', 'public-client'] });
    expect(rowOf(shop, ORDERS, 'client', 'Legacy Reports')).toEqual({
      allowed: false,
      scopes: [],
      codes: ['policy-require-client-grant', 'no-client-credentials'],
    });
    expect(rowOf(shop, PARTNER, 'user', 'Inventory Sync')).toEqual({
      allowed: false,
      scopes: [],
      codes: ['policy-require-client-grant', 'machine-app-no-user-flow'],
    });
    expect(rowOf(shop, PARTNER, 'user', 'Batch Exporter')).toEqual({ allowed: false, scopes: [], codes: ['policy-require-client-grant', 'no-user-flow'] });
  });

  it('grant_types unstated: Auth0 defaults assumed', () => {
    expect(rowOf(shop, INVENTORY, 'user', 'Kiosk')).toEqual({
      allowed: true,
      scopes: 'all',
      codes: ['policy-allow-all-default', 'grant-types-unstated', 'grant-not-required'],
    });
  });

  it('allow_all_scopes gives every scope', () => {
    expect(rowOf(shop, INVENTORY, 'client', 'Back Office')).toEqual({
      allowed: true,
      scopes: 'all',
      codes: ['policy-require-client-grant-default', 'client-credentials', 'grant-all-scopes'],
    });
  });

  it('grants that point at nothing: a missing application, a missing API, a keyword marker', () => {
    expect(rowOf(shop, ORDERS, 'client', 'Ghost App')).toEqual({ allowed: false, scopes: [], codes: ['policy-require-client-grant', 'client-missing'] });
    expect(rowOf(shop, 'https://gone.example.com', 'client', 'Back Office')).toEqual({
      allowed: false,
      scopes: [],
      codes: ['policy-unknown', 'api-missing', 'client-credentials'],
    });
    expect(rowOf(shop, INVENTORY, 'client', '##SYNC_APP##')).toEqual({
      allowed: false,
      scopes: [],
      codes: ['policy-require-client-grant-default', 'unresolved-marker'],
    });
  });
});

describe('access map: the Management API', () => {
  it('in an export, found from its grants; machine access needs a grant, user access is unknown', () => {
    const api = shop.apis.find((view) => view.managementApi);
    expect(api).toMatchObject({ api: MANAGEMENT, apiName: 'Auth0 Management API', inData: false, policies: { user: { policy: 'unknown' } } });
    expect(rowOf(shop, MANAGEMENT, 'client', 'Back Office')).toEqual({
      allowed: true,
      scopes: ['read:users'],
      codes: ['policy-require-client-grant-default', 'client-credentials', 'grant'],
    });
  });

  it('user access with allow_all: every first-party application, current-user scopes only', () => {
    const open = rowOf(withManagementApi, MANAGEMENT, 'user', '*', 'first_party');
    expect(open?.codes).toEqual(['policy-allow-all', 'first-party', 'management-api-user-scopes']);
    expect(open?.count).toBe(2);
    expect(open?.scopes).toContain('update:current_user_identities');
    expect((open?.scopes as string[]).every((scope) => scope.includes(':current_user'))).toBe(true);
    expect(rowOf(withManagementApi, MANAGEMENT, 'user', 'Admin Tool')?.scopes).toEqual(open?.scopes);
  });

  it('a user grant under require_client_grant keeps only its current-user scopes', () => {
    const strict = structuredClone(dump);
    strict.resource_servers[0]!.subject_type_authorization.user.policy = 'require_client_grant';
    const map = accessOfDump(strict);
    expect(rowOf(map, MANAGEMENT, 'user', 'Admin Tool')).toEqual({
      allowed: true,
      scopes: ['read:current_user', 'update:current_user_metadata'],
      codes: ['policy-require-client-grant', 'user-flow', 'grant', 'management-api-user-scopes'],
    });
    expect(rowOf(map, MANAGEMENT, 'user', '*', 'first_party')).toBeUndefined();
  });
});

describe('access map: reason codes', () => {
  it('every reason code is exercised by these tenants', () => {
    const seen = new Set<string>();
    const collect = (map: AccessMap): void => {
      for (const entry of map.entries) for (const reason of entry.reasons) seen.add(reason.code);
    };
    collect(shop);
    collect(withManagementApi);
    expect([...seen].sort()).toEqual([...REASON_CODES].sort());
  });

  it('every reason has text that names what it is about', () => {
    for (const entry of shop.entries) for (const reason of entry.reasons) expect(reason.text.length).toBeGreaterThan(20);
  });
});

describe('access map: docs', () => {
  it('docs/access.md lists every reason code', async () => {
    const { readFile } = await import('node:fs/promises');
    const docs = await readFile(new URL('../../docs/access.md', import.meta.url), 'utf8');
    for (const code of REASON_CODES) expect(docs).toContain(`| \`${code}\` |`);
  });
});
