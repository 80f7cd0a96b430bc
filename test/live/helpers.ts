import { HttpClient, type HttpSettings } from '../../src/live/http.js';
import { readTenant, type ReadOptions, type TenantSnapshot } from '../../src/live/read-tenant.js';
import type { FakeApi } from '../fake-mgmt-api/server.js';

/**
 * Short backoff steps, so the waits tests assert are small numbers; the logic is the same as with the defaults. On
 * a virtual clock no wait takes real time. The timeout also bounds the connection, headers and body on real time
 * (undici's own timers), so it stays long enough for a healthy request on a loaded machine.
 */
export const FAST: Partial<HttpSettings> = { timeoutMs: 10_000, maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 40, maxRetryAfterMs: 5_000 };

/** The environment of an in-process `--live` run against the fake Management API: its credentials, CA and short waits. */
export const liveEnv = (api: FakeApi): Record<string, string> => ({
  AUTH0_DOMAIN: api.domain,
  AUTH0_CLIENT_ID: api.clientId,
  AUTH0_CLIENT_SECRET: api.clientSecret,
  NODE_EXTRA_CA_CERTS: api.caFile,
  A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST),
});

export async function readFake(api: FakeApi, options: Partial<ReadOptions> & { settings?: Partial<HttpSettings> } = {}): Promise<TenantSnapshot> {
  const http = new HttpClient({ ca: api.ca, settings: { ...FAST, ...options.settings }, clock: api.clock });
  try {
    return await readTenant({
      http,
      canonicalHost: api.domain,
      credentials: { kind: 'client-credentials', clientId: api.clientId, clientSecret: api.clientSecret },
      ...options,
    });
  } finally {
    await http.close();
  }
}

/** The Management API requests the fake saw, as `METHOD path status`, token requests included. */
export function requestLines(api: FakeApi): string[] {
  return api.log.map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
}

export function count(api: FakeApi, predicate: (line: string) => boolean): number {
  return requestLines(api).filter(predicate).length;
}
