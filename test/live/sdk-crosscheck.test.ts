/**
 * The official Auth0 Node SDK (npm `auth0`, v4) talks to the fake Management API as to a real tenant: its
 * client-credentials login, both paging styles and its response parsing must all accept the fake's answers, and it
 * must list the same items with the same fields as a0lint's reader. If the fake drifted from the real API, this fails.
 */
import { ManagementClient } from 'auth0';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_FIELDS } from '../../src/live/client-fields.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { readFake } from './helpers.js';

let api: FakeApi;
let sdk: ManagementClient;
let dispatcher: Agent;

beforeAll(async () => {
  api = await startFakeApi({ tenant: (domain) => makeTenant(domain, { apis: 130, clients: 240, grants: 260 }) });
  dispatcher = new Agent({ connect: { ca: api.ca } });
  sdk = new ManagementClient({
    domain: api.domain,
    clientId: api.clientId,
    clientSecret: api.clientSecret,
    // The SDK's own fetch, pointed at the test CA; everything else is the SDK's code.
    fetch: ((url: string, init: RequestInit) => undiciFetch(url, { ...init, dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown as typeof fetch,
  });
});
afterAll(async () => {
  await api.close();
  await dispatcher.close();
});

/** Pages through an offset-paged SDK list until `total` is reached. */
async function allPages<T>(list: (page: number) => Promise<{ data: { total: number } & Record<string, unknown> }>, key: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; ; page++) {
    const { data } = await list(page);
    items.push(...(data[key] as T[]));
    if (items.length >= data.total || (data[key] as T[]).length === 0) return items;
  }
}

describe('the auth0 SDK against the fake Management API', () => {
  it('lists the same resource servers, with the same fields, as a0lint', async () => {
    const listed = await allPages<Record<string, unknown>>(
      (page) => sdk.resourceServers.getAll({ page, per_page: 100, include_totals: true }) as never,
      'resource_servers',
    );
    const ours = await readFake(api);
    expect(listed).toHaveLength(130);
    // a0lint drops signing secrets; everything else is the same.
    expect(listed.map(({ signing_secret: _secret, ...rest }) => rest)).toEqual(ours.resource_servers);
  });

  it('lists the same clients, with the fields a0lint asks for', async () => {
    const listed = await allPages<Record<string, unknown>>(
      (page) => sdk.clients.getAll({ page, per_page: 100, include_totals: true, fields: CLIENT_FIELDS.join(','), include_fields: true }) as never,
      'clients',
    );
    const ours = await readFake(api);
    expect(listed).toHaveLength(240);
    expect(listed).toEqual(ours.clients);
  });

  it('lists the same client grants with checkpoint paging', async () => {
    const listed: unknown[] = [];
    let from: string | undefined;
    do {
      const { data } = (await sdk.clientGrants.getAll({ take: 100, ...(from ? { from } : {}) } as never)) as unknown as {
        data: { client_grants: unknown[]; next?: string };
      };
      listed.push(...data.client_grants);
      from = data.next;
    } while (from);
    const ours = await readFake(api);
    expect(listed).toHaveLength(260);
    expect(listed).toEqual(ours.client_grants);
  });

  it('gets its token the way a0lint does: one client-credentials request for the canonical audience', () => {
    const tokenRequests = api.log.filter((entry) => entry.path === '/oauth/token');
    const sdkRequest: unknown = JSON.parse(
      tokenRequests[0]!.body!.startsWith('{') ? tokenRequests[0]!.body! : JSON.stringify(Object.fromEntries(new URLSearchParams(tokenRequests[0]!.body))),
    );
    expect(sdkRequest).toMatchObject({ grant_type: 'client_credentials', client_id: api.clientId, audience: `https://${api.domain}/api/v2/` });
  });

  it("surfaces the fake's error bodies as the SDK parses real ones", async () => {
    const failing = await startFakeApi({ fault: () => ({ status: 503 }) });
    const agent = new Agent({ connect: { ca: failing.ca } });
    const client = new ManagementClient({
      domain: failing.domain,
      clientId: failing.clientId,
      clientSecret: failing.clientSecret,
      retry: { enabled: false },
      fetch: ((url: string, init: RequestInit) =>
        undiciFetch(url, { ...init, dispatcher: agent } as Parameters<typeof undiciFetch>[1])) as unknown as typeof fetch,
    });
    const error = (await client.clients.getAll().catch((caught: unknown) => caught)) as { statusCode?: number; message?: string; body?: string };
    await failing.close();
    await agent.close();
    expect(error.statusCode).toBe(503);
    expect(JSON.parse(error.body!)).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' });
  });
});
