/**
 * Live-audit benchmark: `npm run bench:live [-- --clients 1000 --apis 200 --grants 3000 --rate 2 --burst 10]`
 *
 * Runs the bundled CLI (dist/cli.js: build it first) as `a0lint --live` against the fake Management API on
 * loopback (HTTPS, test CA via NODE_EXTRA_CA_CERTS), whose token bucket simulates a tenant's rate limit, and checks:
 *  - requests: exactly 1 token request plus one request per page of each collection at 100 items per page;
 *  - wall time within 1.2x of the rate limit's floor ((management requests - burst) / rate), and no 429;
 *  - with injected faults (10% of requests 503, bursts of 429 with and without Retry-After): the same findings.
 * Exits 1 when a check fails. Not a unit test: it takes about as long as the rate limit dictates (~20 s per run).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeApi, type Fault, type FakeApi } from '../test/fake-mgmt-api/server.js';
import { makeTenant } from '../test/fake-mgmt-api/tenant.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PAGE = 100;

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    apis: { type: 'string', default: '200' },
    grants: { type: 'string', default: '3000' },
    rate: { type: 'string', default: '2' },
    burst: { type: 'string', default: '10' },
  },
});
const size = { clients: Number(values.clients), apis: Number(values.apis), grants: Number(values.grants) };
const rate = Number(values.rate);
const burst = Number(values.burst);

interface Outcome {
  readonly wallMs: number;
  readonly code: number;
  readonly stderr: string;
  readonly fingerprints: string[];
  readonly api: FakeApi;
}

/** A seeded generator, so a fault run injects the same faults every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function run(fault?: (n: number) => Fault | undefined): Promise<Outcome> {
  const api = await startFakeApi({
    tenant: (domain) => makeTenant(domain, size),
    rateLimit: { perSecond: rate, burst },
    ...(fault ? { fault: ({ n }) => fault(n) } : {}),
  });
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, '--live', '--domain', api.domain, '--format', 'json', '--fail-on', 'none', '--no-config'], {
    env: { PATH: process.env.PATH ?? '', AUTH0_CLIENT_ID: api.clientId, AUTH0_CLIENT_SECRET: api.clientSecret, NODE_EXTRA_CA_CERTS: api.caFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? -1)));
  const wallMs = performance.now() - started;
  await api.close();
  const fingerprints =
    code === 0 ? (JSON.parse(stdout) as { findings: Array<{ fingerprint: string }> }).findings.map((finding) => finding.fingerprint).sort() : [];
  return { wallMs, code, stderr, fingerprints, api };
}

const failures: string[] = [];
const check = (ok: boolean, what: string): void => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

const pages = {
  resource_servers: Math.ceil(size.apis / PAGE) || 1,
  clients: Math.ceil(size.clients / PAGE) || 1,
  client_grants: Math.ceil(size.grants / PAGE) || 1,
};
const managementRequests = pages.resource_servers + pages.clients + pages.client_grants;
const floorMs = (Math.max(0, managementRequests - burst) / rate) * 1000;
console.log(`tenant: ${size.clients} clients, ${size.apis} APIs, ${size.grants} grants; rate limit ${rate}/s, burst ${burst}`);
console.log(`expected: 1 token request + ${managementRequests} page requests; rate-limit floor ${(floorMs / 1000).toFixed(1)} s`);

console.log('\nclean run');
const clean = await run();
const log = clean.api.log;
const count = (path: string): number => log.filter((entry) => entry.path === path).length;
console.log(
  `  wall ${(clean.wallMs / 1000).toFixed(2)} s (${(clean.wallMs / floorMs).toFixed(2)}x floor), ${clean.fingerprints.length} findings, exit ${clean.code}`,
);
check(clean.code === 0, `exit code 0 (stderr: ${clean.stderr.trim() || 'empty'})`);
check(count('/oauth/token') === 1, `1 token request (got ${count('/oauth/token')})`);
check(
  count('/api/v2/resource-servers') === pages.resource_servers,
  `${pages.resource_servers} resource-server pages (got ${count('/api/v2/resource-servers')})`,
);
check(count('/api/v2/clients') === pages.clients, `${pages.clients} client pages (got ${count('/api/v2/clients')})`);
check(count('/api/v2/client-grants') === pages.client_grants, `${pages.client_grants} client-grant pages (got ${count('/api/v2/client-grants')})`);
check(
  log.every((entry) => entry.status !== 429),
  `no 429 (got ${log.filter((entry) => entry.status === 429).length})`,
);
check(clean.wallMs <= floorMs * 1.2 || floorMs === 0, `wall time within 1.2x of the floor`);

console.log('\nfault run: 10% of requests 503, a burst of bare 429s, a 429 with Retry-After');
const random = seeded(42);
const faulty = await run((n) => {
  if (n >= 12 && n <= 14) return { status: 429 };
  if (n === 25) return { status: 429, retryAfter: 2 };
  return random() < 0.1 ? { status: 503 } : undefined;
});
const injected = faulty.api.log.filter((entry) => entry.status === 503 || entry.status === 429).length;
console.log(`  wall ${(faulty.wallMs / 1000).toFixed(2)} s, ${injected} faults answered, ${faulty.fingerprints.length} findings, exit ${faulty.code}`);
check(faulty.code === 0, `exit code 0 (stderr: ${faulty.stderr.trim() || 'empty'})`);
check(JSON.stringify(faulty.fingerprints) === JSON.stringify(clean.fingerprints), 'same findings as the clean run');
check(faulty.fingerprints.length > 0, 'findings are not empty');

if (failures.length > 0) {
  console.log(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nall checks passed');
