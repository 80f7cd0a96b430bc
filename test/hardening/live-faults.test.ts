import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { startFakeApi, type Fault, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { FAST } from '../live/helpers.js';

/**
 * Live faults, measured through the CLI: each fault kind, at each place (one request, every other request, every
 * request of one collection). The run must either recover with exactly the findings of a clean run, or exit 2
 * naming the collection and the cause; never a partial result presented as complete.
 */
const COLLECTIONS = { clients: '/api/v2/clients', 'client grants': '/api/v2/client-grants', 'resource servers': '/api/v2/resource-servers' } as const;
type Collection = keyof typeof COLLECTIONS;
type Mode = 'once' | 'every other' | 'always';

const KINDS: ReadonlyArray<{ name: string; fault: Fault; modes: readonly Mode[] }> = [
  { name: '429 Retry-After 0', fault: { status: 429, retryAfter: 0 }, modes: ['once', 'every other', 'always'] },
  { name: '429 with a reset time', fault: { status: 429, resetInSeconds: 1 }, modes: ['once'] },
  { name: '500', fault: { status: 500 }, modes: ['once', 'every other', 'always'] },
  { name: '502', fault: { status: 502 }, modes: ['once', 'every other', 'always'] },
  { name: '503', fault: { status: 503 }, modes: ['once', 'every other', 'always'] },
  { name: '504', fault: { status: 504 }, modes: ['once', 'every other', 'always'] },
  { name: '400', fault: { status: 400 }, modes: ['once', 'always'] },
  { name: '403', fault: { status: 403 }, modes: ['once', 'always'] },
  { name: '404', fault: { status: 404 }, modes: ['once', 'always'] },
  { name: 'connection reset', fault: { reset: true }, modes: ['once', 'every other', 'always'] },
  // Past FAST's 10 s timeout, on the fake's virtual clock: the client gives up at 10 s of virtual time, at once.
  { name: 'slower than the timeout', fault: { delayMs: 15_000 }, modes: ['once'] },
  { name: 'malformed JSON', fault: { malformed: true }, modes: ['once', 'every other', 'always'] },
  { name: 'token revoked', fault: { revokeTokens: true }, modes: ['once', 'always'] },
];

const CAUSE = /HTTP \d{3}|network error|timed out|not valid JSON|rejected|rate limited|changed|reset|ECONNRESET|socket/i;

let api: FakeApi;
let clean: string[];
let tried = 0;
const table = new Map<string, { recovered: number; failed: number }>();

const identity = (finding: Finding): string =>
  `${finding.ruleId} ${finding.entity?.kind} ${finding.entity?.key} ${finding.path} ${finding.fingerprint} ${finding.message}`;

async function live(): Promise<CliRun> {
  return runCli(['--live', '--format', 'json', '--fail-on', 'none'], {
    clock: api.clock,
    env: {
      A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST),
      NODE_EXTRA_CA_CERTS: api.caFile,
      AUTH0_DOMAIN: api.domain,
      AUTH0_CLIENT_ID: api.clientId,
      AUTH0_CLIENT_SECRET: api.clientSecret,
    },
  });
}

beforeAll(async () => {
  // Three pages of clients and two of grants at the default page size, so faults land between pages too.
  // On a virtual clock the CLI shares: waits for Retry-After, reset times and backoff take no real time.
  api = await startFakeApi({ clock: new VirtualClock(), tenant: (domain) => makeTenant(domain, { apis: 30, clients: 240, grants: 150 }) });
  const run = await live();
  expect(run.code, run.stderr).toBe(0);
  clean = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.map(identity);
  expect(clean.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await api?.close();
  const rows = [...table].map(([key, { recovered, failed }]) => `${key}: ${recovered} recovered, ${failed} exit 2`);
  console.log(
    `hardening/live-faults: ${tried} faulty live runs, each recovered with the clean findings or exited 2 naming collection and cause\n  ${rows.join('\n  ')}`,
  );
});

describe.each(KINDS)('fault: $name', ({ name, fault, modes }) => {
  it.each(modes)(
    '%s, on each collection',
    async (mode) => {
      for (const [collection, endpoint] of Object.entries(COLLECTIONS) as Array<[Collection, string]>) {
        let seen = 0;
        api.fault = ({ path }) => {
          if (path !== endpoint) return undefined;
          seen++;
          if (mode === 'once') return seen === 1 ? fault : undefined;
          if (mode === 'every other') return seen % 2 === 1 ? fault : undefined;
          return fault;
        };
        const run = await live();
        api.fault = undefined;
        tried++;
        const key = `${name} / ${mode}`;
        const row = table.get(key) ?? { recovered: 0, failed: 0 };
        table.set(key, row);
        expect(seen, `${key} on ${collection}: the fault was never injected`).toBeGreaterThan(0);
        if (run.code === 2) {
          row.failed++;
          expect(run.stdout, `${key} on ${collection}: nothing may be reported from partial data`).not.toMatch(/"findings": \[\s*\{/);
          expect(run.stderr, `${key} on ${collection}`).toMatch(new RegExp(`could not read ${collection.replace(' ', '[ _]')}`));
          expect(run.stderr, `${key} on ${collection}`).toMatch(CAUSE);
        } else {
          row.recovered++;
          expect(run.code, run.stderr).toBe(0);
          expect(run.stderr).toBe('');
          expect((JSON.parse(run.stdout) as { findings: Finding[] }).findings.map(identity), `${key} on ${collection}`).toEqual(clean);
        }
      }
    },
    120_000,
  );
});

describe('retries are real', () => {
  it('a single transient fault of each retryable kind is recovered from', () => {
    for (const name of ['429 Retry-After 0', '500', '502', '503', '504', 'connection reset', 'malformed JSON', 'token revoked', 'slower than the timeout']) {
      expect(table.get(`${name} / once`), name).toEqual({ recovered: 3, failed: 0 });
    }
    for (const name of ['500', '503', 'connection reset', 'malformed JSON']) expect(table.get(`${name} / always`), name).toEqual({ recovered: 0, failed: 3 });
  });
});
