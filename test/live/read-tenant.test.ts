import { afterEach, describe, expect, it } from 'vitest';
import { LiveReadError, PAGE_SIZE, type TenantSnapshot } from '../../src/live/read-tenant.js';
import { CLIENT_FIELDS } from '../../src/live/client-fields.js';
import type { HttpSettings } from '../../src/live/http.js';
import { startFakeApi, type FakeApi, type FakeOptions, type LoggedRequest } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { count, readFake, requestLines } from './helpers.js';

let api: FakeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** A fake on a virtual clock the client shares (readFake takes it from the fake): waits take no real time. */
async function fake(options: FakeOptions = {}): Promise<FakeApi> {
  api = await startFakeApi({ clock: new VirtualClock(), ...options });
  return api;
}

const SIZE = { apis: 120, clients: 250, grants: 230 };

/** When each Management API request reached the fake, in milliseconds after `started`, in order of time. */
const sentAt = (server: FakeApi, started: number): number[] =>
  server.log
    .filter((entry) => entry.path.startsWith('/api/v2/'))
    .map((entry) => entry.at - started)
    .sort((a, b) => a - b);
const sized = (domain: string) => makeTenant(domain, SIZE);

describe('reading a tenant', () => {
  it('reads every item of all three collections with one token request and one request per full page', async () => {
    const server = await fake({ tenant: sized });
    const snapshot = await readFake(server);
    expect(snapshot.resource_servers.map((item) => item.id)).toEqual(server.tenant.resource_servers.map((item) => item.id));
    expect(snapshot.clients.map((item) => item.client_id)).toEqual(server.tenant.clients.map((item) => item.client_id));
    expect(snapshot.client_grants).toEqual(server.tenant.client_grants);
    const pages = (items: number): number => Math.ceil(items / PAGE_SIZE);
    expect(count(server, (line) => line === 'POST /oauth/token 200')).toBe(1);
    expect(count(server, (line) => line.startsWith('GET /api/v2/resource-servers'))).toBe(pages(SIZE.apis));
    expect(count(server, (line) => line.startsWith('GET /api/v2/clients'))).toBe(pages(SIZE.clients));
    expect(count(server, (line) => line.startsWith('GET /api/v2/client-grants'))).toBe(pages(SIZE.grants));
    expect(requestLines(server).every((line) => / 200$/.test(line))).toBe(true);
  });

  it('uses both paging styles as the API documents them', async () => {
    const server = await fake({ tenant: sized });
    await readFake(server);
    const queries = (path: string) => server.log.filter((entry) => entry.path === path).map((entry) => new URLSearchParams(entry.query));
    expect(queries('/api/v2/resource-servers').map((query) => [query.get('page'), query.get('per_page'), query.get('include_totals')])).toEqual([
      ['0', '100', 'true'],
      ['1', '100', 'true'],
    ]);
    const grants = queries('/api/v2/client-grants');
    expect(grants.map((query) => query.get('take'))).toEqual(['100', '100', '100']);
    expect(grants[0]!.has('from')).toBe(false);
    expect(grants.slice(1).every((query) => query.get('from'))).toBe(true);
  });

  it('asks only for the client fields the rules read, never for secrets, and keeps none', async () => {
    const server = await fake({ tenant: sized, scopes: ['read:clients', 'read:client_grants', 'read:resource_servers', 'read:client_keys'] });
    expect(JSON.stringify(server.tenant)).toMatch(/"signing_secret"/);
    const snapshot = await readFake(server);
    const query = new URLSearchParams(server.log.find((entry) => entry.path === '/api/v2/clients')!.query);
    expect(query.get('include_fields')).toBe('true');
    expect(query.get('fields')!.split(',')).toEqual(CLIENT_FIELDS);
    expect(CLIENT_FIELDS).not.toContain('client_secret');
    const text = JSON.stringify(snapshot);
    expect(text).not.toMatch(/"client_secret"|"signing_keys"|"signing_secret"|fake-secret|fake-signing-secret/);
    expect(snapshot.token).toEqual({ scopes: ['read:client_grants', 'read:client_keys', 'read:clients', 'read:resource_servers'], from: 'token-response' });
  });

  it('keeps the client hardening settings the posture rules read (PAR, JAR, proof of possession, back-channel logout)', async () => {
    const hardened = {
      require_pushed_authorization_requests: true,
      signed_request_object: { required: true, credentials: [{ id: 'cred_1' }] },
      compliance_level: 'fapi1_adv_pkj_par',
      oidc_logout: { backchannel_logout_urls: ['https://a.example.com/logout'] },
    };
    const server = await fake({
      tenant: (domain) => {
        const tenant = makeTenant(domain);
        Object.assign(tenant.clients[0]!, hardened);
        return tenant;
      },
    });
    const snapshot = await readFake(server);
    expect(snapshot.clients[0]).toMatchObject(hardened);
  });

  it("keeps of the addons only which SAML or WS-Fed addon a client has, never another addon's credentials", async () => {
    const server = await fake({
      tenant: (domain) => {
        const tenant = makeTenant(domain);
        tenant.clients[0]!.addons = { samlp: { audience: 'urn:wiki', signingCert: 'fake-cert' }, firebase: { secret: 'fake-firebase-secret' } };
        tenant.clients[1]!.addons = { firebase: { private_key: 'fake-firebase-key' } };
        return tenant;
      },
    });
    const snapshot = await readFake(server);
    expect(snapshot.clients[0]!.addons).toEqual({ samlp: {} });
    expect(Object.hasOwn(snapshot.clients[1]!, 'addons')).toBe(false);
    expect(JSON.stringify(snapshot)).not.toMatch(/fake-firebase|fake-cert|urn:wiki/);
  });

  it('follows a smaller page size the tenant serves (Public Cloud caps pages at 50)', async () => {
    const server = await fake({ tenant: sized, servedPageSize: 50 });
    const snapshot = await readFake(server);
    expect(snapshot.clients).toHaveLength(SIZE.clients);
    expect(snapshot.resource_servers).toHaveLength(SIZE.apis);
    expect(snapshot.client_grants).toHaveLength(SIZE.grants);
    expect(count(server, (line) => line.startsWith('GET /api/v2/clients'))).toBe(5);
  });

  it('asks again at 50 items per page when a tenant refuses pages of 100', async () => {
    const server = await fake({ tenant: sized, maxPageSize: 50 });
    const snapshot = await readFake(server);
    expect([snapshot.resource_servers.length, snapshot.clients.length, snapshot.client_grants.length]).toEqual([SIZE.apis, SIZE.clients, SIZE.grants]);
    // One refused first page per collection, then pages of 50.
    expect(count(server, (line) => line.endsWith(' 400'))).toBe(3);
    expect(count(server, (line) => line.startsWith('GET /api/v2/clients') && line.endsWith(' 200'))).toBe(5);
  });

  it('reads an empty collection in one request', async () => {
    const server = await fake({ tenant: (domain) => ({ ...makeTenant(domain), client_grants: [] }) });
    expect((await readFake(server)).client_grants).toEqual([]);
    expect(count(server, (line) => line.startsWith('GET /api/v2/client-grants'))).toBe(1);
  });

  it('sends requests to the custom domain while the token audience stays canonical', async () => {
    const server = await fake();
    const snapshot = await readFake(server, { requestHost: `127.0.0.1:${server.port}` });
    expect(snapshot.domain).toBe(server.domain);
    expect(server.log.every((entry) => entry.host === `127.0.0.1:${server.port}`)).toBe(true);
    expect((JSON.parse(server.log[0]!.body!) as { audience: string }).audience).toBe(`https://${server.domain}/api/v2/`);
  });

  it('uses a given access token as it is, and reads its scopes from the token', async () => {
    const server = await fake();
    const first = await readFake(server);
    expect(first.token.from).toBe('token-response');
    const token = server.log[1]!.authorization!.slice('Bearer '.length);
    server.log.length = 0;
    const snapshot = await readFake(server, { credentials: { kind: 'access-token', accessToken: token } });
    expect(count(server, (line) => line.startsWith('POST /oauth/token'))).toBe(0);
    expect(snapshot.token).toEqual({ scopes: ['read:client_grants', 'read:clients', 'read:resource_servers'], from: 'token-claims' });
  });

  it('paces itself by the rate-limit headers: exactly the waits they ask for, and no 429 from a small bucket', async () => {
    const server = await fake({ tenant: (domain) => makeTenant(domain, { apis: 150, clients: 350, grants: 150 }), rateLimit: { perSecond: 10, burst: 3 } });
    const clock = server.clock as VirtualClock;
    const started = clock.now();
    const snapshot = await readFake(server);
    expect(snapshot.clients).toHaveLength(350);
    expect(count(server, (line) => line.endsWith(' 429'))).toBe(0);
    // Eight pages from a bucket of three: three pages go at once, and each page that finds the bucket empty waits
    // exactly until the reset second the headers name, when the bucket holds three again. (How many pages find it
    // empty depends on the order the answers arrive in; when each goes does not.)
    expect(sentAt(server, started)).toEqual([0, 0, 0, 1_000, 1_000, 1_000, 2_000, 2_000]);
    expect(new Set(clock.waits)).toEqual(new Set([1_000]));
    expect(clock.now() - started).toBe(2_000);
  });

  it.each([
    ['ahead of', 30_000],
    ['behind', -30_000],
  ])('reads reset times on the server clock when it is 30 s %s ours', async (_, clockSkewMs) => {
    const server = await fake({
      tenant: (domain) => makeTenant(domain, { apis: 150, clients: 350, grants: 150 }),
      rateLimit: { perSecond: 10, burst: 3 },
      clockSkewMs,
    });
    const clock = server.clock as VirtualClock;
    const started = clock.now();
    const snapshot = await readFake(server, { settings: { maxRetryAfterMs: 60_000 } });
    expect(snapshot.clients).toHaveLength(350);
    // Misreading the skew would wait out 30 s or run into a 429 on every burst: the waits are those of a server
    // whose clock agrees with ours.
    expect(count(server, (line) => line.endsWith(' 429'))).toBe(0);
    expect(sentAt(server, started)).toEqual([0, 0, 0, 1_000, 1_000, 1_000, 2_000, 2_000]);
    expect(new Set(clock.waits)).toEqual(new Set([1_000]));
  });
});

describe('faults', () => {
  /** A read of the sized tenant with no jitter: every wait is exactly what the retry policy or the headers ask for. */
  const exactRead = async (options: FakeOptions, settings: Partial<HttpSettings> = {}) => {
    const server = await fake({ tenant: sized, ...options });
    const clock = server.clock as VirtualClock;
    const started = clock.now();
    const result = await readFake(server, { settings: { random: () => 0, ...settings } }).catch((caught: unknown) => caught);
    return { server, clock, result, started, took: clock.now() - started };
  };

  const recovered = async (options: FakeOptions, settings: Partial<HttpSettings> = {}) => {
    const run = await exactRead(options, settings);
    const snapshot = run.result as TenantSnapshot;
    expect(snapshot.clients).toHaveLength(SIZE.clients);
    expect(snapshot.resource_servers).toHaveLength(SIZE.apis);
    expect(snapshot.client_grants).toHaveLength(SIZE.grants);
    return run;
  };

  /** How long after each answer with this status its request was sent again (same path and query). */
  const retriedAfter = (server: FakeApi, status: LoggedRequest['status']): number[] =>
    server.log.flatMap((entry, index) => {
      if (entry.status !== status) return [];
      const again = server.log.slice(index + 1).find((later) => later.path === entry.path && later.query === entry.query);
      return again ? [again.at - entry.at] : [];
    });

  // FAST backs off from 5 ms doubling to 40 ms, "equal jitter": with none, each wait is half the step, 3, 5, 10, 20 ms.
  it.each([500, 502, 503, 504] as const)('retries a %i after exactly the first backoff step and completes', async (status) => {
    const { server, clock, took } = await recovered({ fault: ({ n }) => (n === 2 || n === 4 ? { status } : undefined) });
    expect(count(server, (line) => line.endsWith(` ${status}`))).toBe(2);
    expect(retriedAfter(server, status)).toEqual([3, 3]);
    expect(clock.waits).toEqual([3, 3]);
    expect(took).toBe(3);
  });

  it('waits out a 429 with Retry-After before retrying, and holds every other request back as long', async () => {
    const { server, clock, started, took } = await recovered({ fault: ({ n }) => (n === 3 ? { status: 429, retryAfter: 1 } : undefined) });
    expect(retriedAfter(server, 429)).toEqual([1_000]);
    // Requests that asked to go after the 429 waited for the same moment (how many did depends on which answers came
    // first); none went early, none later.
    expect(new Set(clock.waits)).toEqual(new Set([1_000]));
    expect(new Set(sentAt(server, started))).toEqual(new Set([0, 1_000]));
    expect(took).toBe(1_000);
  });

  it('waits for the reset time of a 429 without Retry-After', async () => {
    const { server, clock, took } = await recovered({ fault: ({ n }) => (n >= 2 && n <= 3 ? { status: 429, resetInSeconds: 1 } : undefined) });
    expect(count(server, (line) => line.endsWith(' 429'))).toBe(2);
    expect(retriedAfter(server, 429)).toEqual([1_000, 1_000]);
    expect(new Set(clock.waits)).toEqual(new Set([1_000]));
    expect(took).toBe(1_000);
  });

  it('backs off from a storm of bare 429s and completes', async () => {
    // Requests 2 to 5 get a 429 naming no time: the first pages of the three collections, then one of their retries.
    const { server, clock, took } = await recovered({ fault: ({ n }) => (n >= 2 && n <= 5 ? { status: 429 } : undefined) }, { maxAttempts: 6 });
    expect(count(server, (line) => line.endsWith(' 429'))).toBe(4);
    expect(clock.waits).toEqual([3, 3, 3, 5]);
    expect(took).toBe(8);
  });

  it('retries after a connection reset', async () => {
    const { server, clock } = await recovered({ fault: ({ n }) => (n === 2 ? { reset: true } : undefined) });
    expect(count(server, (line) => line.endsWith(' reset'))).toBe(1);
    expect(retriedAfter(server, 'reset')).toEqual([3]);
    expect(clock.waits).toEqual([3]);
  });

  it('gives up on a response slower than the timeout at the timeout, and retries it', async () => {
    const { server, clock, took } = await recovered({ fault: ({ n }) => (n === 2 ? { delayMs: 40_000 } : undefined) });
    expect(clock.answerDelays).toEqual([40_000]);
    // FAST's 10 s timeout, then the first backoff step: the answer the fake would have sent after 40 s is never waited for.
    expect(count(server, (line) => line.endsWith(' abandoned'))).toBe(1);
    expect(retriedAfter(server, 'abandoned')).toEqual([10_003]);
    expect(clock.waits).toEqual([3]);
    expect(took).toBe(10_003);
  });

  it('retries a response with malformed JSON', async () => {
    const { clock } = await recovered({ fault: ({ n }) => (n === 3 ? { malformed: true } : undefined) });
    expect(clock.waits).toEqual([3]);
  });

  it('gets one new token when the token is revoked mid-run, without waiting', async () => {
    const { server, clock } = await recovered({ fault: ({ n }) => (n === 4 ? { revokeTokens: true } : undefined) });
    expect(count(server, (line) => line === 'POST /oauth/token 200')).toBe(2);
    expect(clock.waits).toEqual([]);
  });

  const failure = async (options: FakeOptions, settings: Partial<HttpSettings> = {}): Promise<LiveReadError> => {
    const { server, result: error } = await exactRead(options, settings);
    expect(error).toBeInstanceOf(LiveReadError);
    const message = (error as LiveReadError).message;
    expect(message).not.toContain(server.clientSecret);
    for (const entry of server.log) if (entry.authorization) expect(message).not.toContain(entry.authorization.slice(7));
    return error as LiveReadError;
  };

  it('gives up on a collection that keeps failing, naming it and the cause', async () => {
    const error = await failure({ fault: ({ path }) => (path === '/api/v2/clients' ? { status: 503 } : undefined) });
    expect(error.collection).toBe('clients');
    expect(error.message).toBe(
      'could not read clients completely (GET /api/v2/clients): HTTP 503 Service Unavailable: Service Unavailable (gave up after 4 attempts); no findings are reported from partial data',
    );
    expect((api!.clock as VirtualClock).waits).toEqual([3, 5, 10]);
  });

  it('gives up on an endless 429 storm', async () => {
    const error = await failure({ fault: ({ path }) => (path === '/api/v2/client-grants' ? { status: 429 } : undefined) });
    expect(error.collection).toBe('client_grants');
    expect(error.message).toContain('rate limited: HTTP 429 Too Many Requests: Global limit has been reached (too_many_requests)');
    expect((api!.clock as VirtualClock).waits).toEqual([3, 5, 10]);
  });

  it('does not wait for a Retry-After longer than it allows', async () => {
    const error = await failure({ fault: ({ path }) => (path === '/api/v2/resource-servers' ? { status: 429, retryAfter: 3600 } : undefined) });
    expect(error.message).toContain('asks to wait 3600 s, longer than a0lint waits (5 s)');
    expect((api!.clock as VirtualClock).waits).toEqual([]);
  });

  it('fails at once on a missing scope', async () => {
    const error = await failure({ scopes: ['read:clients', 'read:resource_servers'] });
    expect(error.collection).toBe('client_grants');
    expect(error.message).toContain('HTTP 403 Forbidden: Insufficient scope, expected any of: read:client_grants (insufficient_scope)');
    expect(error.message).not.toContain('gave up');
  });

  it('refreshes the token only once when it keeps being rejected', async () => {
    const error = await failure({ fault: ({ n }) => (n >= 4 ? { revokeTokens: true } : undefined) });
    expect(error.message).toContain('the credentials were rejected: HTTP 401 Unauthorized: Invalid token');
    expect(api!.log.filter((entry) => entry.path === '/oauth/token')).toHaveLength(2);
  });

  it('stops on a given access token the API rejects, without trying to renew it', async () => {
    const server = await fake();
    const error = await readFake(server, { credentials: { kind: 'access-token', accessToken: 'not-a-valid-token' } }).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain('the credentials were rejected: HTTP 401');
    expect((error as Error).message).not.toContain('not-a-valid-token');
  });

  it('names the token request when the client credentials are wrong', async () => {
    const server = await fake();
    const error = await readFake(server, { credentials: { kind: 'client-credentials', clientId: server.clientId, clientSecret: 'wrong-secret-value' } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LiveReadError);
    expect((error as Error).message).toBe('could not get a Management API token: the credentials were rejected: HTTP 401 access_denied: Unauthorized');
  });

  it('removes a token the API echoes from the error message', async () => {
    const error = await failure({ fault: ({ path }) => (path === '/api/v2/clients' ? { echoAuthorization: true } : undefined) });
    expect(error.message).toContain('HTTP 400 Bad Request: Bad header: Bearer [redacted] (invalid_header)');
  });

  it('fails when a page stays unreadable JSON', async () => {
    const error = await failure({ fault: ({ path }) => (path === '/api/v2/resource-servers' ? { malformed: true } : undefined) });
    expect(error.message).toContain('HTTP 200 with a body that is not valid JSON (gave up after 4 attempts)');
  });

  it('fails when the collection changes under it', async () => {
    const error = await failure({
      fault: ({ path, query }) => {
        if (path === '/api/v2/clients' && query.get('page') === '1') api!.tenant.clients.splice(0, 1);
        return undefined;
      },
    });
    expect((error as Error).message).toMatch(
      /could not read clients completely .*the total went from 250 to 249 during the read; the collection changed, run again/,
    );
  });

  it('fails on a connection it cannot trust', async () => {
    const server = await fake();
    const { HttpClient } = await import('../../src/live/http.js');
    const { readTenant } = await import('../../src/live/read-tenant.js');
    const http = new HttpClient({ settings: { maxAttempts: 4 } });
    const error = await readTenant({
      http,
      canonicalHost: server.domain,
      credentials: { kind: 'client-credentials', clientId: server.clientId, clientSecret: server.clientSecret },
    })
      .catch((caught: unknown) => caught)
      .finally(() => http.close());
    expect((error as Error).message).toMatch(/^could not get a Management API token: network error: .*certificate/i);
    expect(server.log).toHaveLength(0);
  });
});
