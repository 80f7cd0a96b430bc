import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/engine/finding.js';
import { startFakeApi, type FakeApi, type FakeOptions } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { sourceBundle } from '../helpers/source-bundle.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { FAST, liveEnv as credentials } from './helpers.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * One virtual clock for the fakes and the CLI's live client: retries, Retry-After and reset waits take no real time,
 * and what they waited is recorded.
 */
const clock = new VirtualClock();

async function cli(args: readonly string[], env: Record<string, string | undefined>, options: { cwd?: string; stderrIsTTY?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd ?? process.cwd(),
    env: { A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST), ...env },
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    clock,
  });
  return { code, stdout, stderr };
}

const servers: FakeApi[] = [];
async function fake(options: FakeOptions = {}): Promise<FakeApi> {
  const api = await startFakeApi({ clock, tenant: (domain) => makeTenant(domain, { apis: 30, clients: 120, grants: 140 }), ...options });
  servers.push(api);
  return api;
}
afterAll(async () => {
  for (const api of servers) await api.close();
});

const findingsOf = (run: Run): Finding[] => (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
/** A finding reduced to what must agree between a live read and a dump of the same tenant. */
const identity = (finding: Finding): string => `${finding.ruleId} ${finding.entity?.kind} ${finding.entity?.key} ${finding.path} ${finding.fingerprint}`;

let api: FakeApi;
let dir: string;
beforeAll(async () => {
  api = await fake();
  dir = await mkdtemp(path.join(tmpdir(), 'a0lint-live-cli-'));
});

describe('a0lint --live', () => {
  it('applies the overrides whose files name the tenant host (as the Action does), not the others', async () => {
    const all = findingsOf(await cli(['--live', '--format', 'json', '--fail-on', 'none', '--no-config'], credentials(api)));
    const ruleId = all[0]!.ruleId;
    const project = await mkdtemp(path.join(tmpdir(), 'a0lint-live-config-'));
    await writeFile(
      path.join(project, '.a0lint.yml'),
      `overrides:\n  - files: ['${api.domain}']\n    rules:\n      ${ruleId}: off\n  - files: ['other.eu.auth0.com']\n    rules:\n      no-dangling-client-grants: off\n`,
    );
    const run = await cli(['--live', '--format', 'json', '--fail-on', 'none'], credentials(api), { cwd: project });
    expect(run.code).toBe(0);
    const findings = findingsOf(run);
    expect(findings.filter((finding) => finding.ruleId === ruleId)).toEqual([]);
    expect(findings).toHaveLength(all.filter((finding) => finding.ruleId !== ruleId).length);
  });

  it('lints the live tenant: findings carry the endpoint they were read from', async () => {
    const run = await cli(['--live', '--format', 'json', '--fail-on', 'warning'], credentials(api));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const findings = findingsOf(run);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.location === undefined && finding.endpoint?.startsWith('GET /api/v2/'))).toBe(true);
    expect(findings.map((finding) => finding.ruleId)).not.toContain('audit-credentials-read-only');
  });

  it('takes the domain and credentials from options as well', async () => {
    const run = await cli(
      ['--live', '--domain', `https://${api.domain}/`, '--client-id', api.clientId, '--client-secret', api.clientSecret, '--format', 'json'],
      {
        NODE_EXTRA_CA_CERTS: api.caFile,
      },
    );
    expect(run.stderr).toBe('');
    expect(findingsOf(run).length).toBeGreaterThan(0);
  });

  it('equals linting the dump that pull writes of the same tenant', async () => {
    const out = path.join(dir, 'tenant-dump.json');
    const pulled = await cli(['pull', '--live', '--out', out], credentials(api));
    expect(pulled).toMatchObject({ code: 0, stdout: '' });
    expect(pulled.stderr).toBe(
      `a0lint: wrote 30 resource servers, 120 clients and 140 client grants of ${api.domain} to ${path.relative(process.cwd(), out)}\n`,
    );
    const dump = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown[]>;
    expect(Object.keys(dump)).toEqual(['domain', 'resource_servers', 'clients', 'client_grants']);
    const offline = await cli([out, '--format', 'json'], {});
    const live = await cli(['--live', '--format', 'json'], credentials(api));
    expect(offline.stderr).toBe('');
    const offlineFindings = findingsOf(offline);
    expect(offlineFindings.every((finding) => finding.location?.file === path.relative(process.cwd(), out))).toBe(true);
    expect(offlineFindings.map(identity).sort()).toEqual(findingsOf(live).map(identity).sort());
  });

  it('writes the snapshot with --out and anchors live findings to it in SARIF', async () => {
    const run = await cli(['--live', '--out', 'snapshot.json', '--format', 'sarif'], credentials(api), { cwd: dir });
    expect(run.stderr).toBe('');
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const uris = new Set(
      sarif.runs.flatMap((one) => one.results.flatMap((result) => result.locations.map((location) => location.physicalLocation.artifactLocation.uri))),
    );
    expect([...uris]).toEqual(['snapshot.json']);
    expect(await readdir(dir)).toContain('snapshot.json');
  });

  it('reports write scopes of its own credentials', async () => {
    const writer = await fake({ scopes: ['read:clients', 'read:client_grants', 'read:resource_servers', 'create:client_grants'] });
    const findings = findingsOf(await cli(['--live', '--format', 'json'], credentials(writer)));
    expect(findings.filter((finding) => finding.ruleId === 'audit-credentials-read-only')).toEqual([
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any, by design
      expect.objectContaining({ endpoint: 'POST /oauth/token', message: expect.stringContaining('(create:client_grants)') }),
    ]);
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    const quiet = await cli(['--live', '--format', 'json'], credentials(api));
    expect(quiet.stderr).toBe('');
    const tty = await cli(['--live', '--format', 'json'], credentials(api), { stderrIsTTY: true });
    expect(tty.stderr).toContain('a0lint: clients: page 2, 120/120 items, done\n');
    expect(tty.stderr).toContain('a0lint: client_grants: page 2, 140 items, done\n');
  });

  it('exits 2 with the collection and cause, and prints no findings, when a collection cannot be read', async () => {
    const broken = await fake({ fault: ({ path: endpoint }) => (endpoint === '/api/v2/client-grants' ? { status: 502 } : undefined) });
    const before = clock.waits.length;
    const run = await cli(['--live', '--format', 'json'], credentials(broken));
    // Three retries, after the test settings' backoff steps of 5, 10 and 20 ms, each with "equal jitter" (half to all).
    const waits = clock.waits.slice(before);
    expect(waits).toHaveLength(3);
    for (const [index, step] of [5, 10, 20].entries()) expect(waits[index]).toSatisfy((ms: number) => ms >= step / 2 && ms <= step);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'could not read client_grants completely (GET /api/v2/client-grants): HTTP 502 Bad Gateway: Bad Gateway (gave up after 4 attempts); ' +
        'no findings are reported from partial data\n',
    });
    const pulled = await cli(['pull', '--live', '--out', path.join(dir, 'partial.json')], credentials(broken));
    expect(pulled.code).toBe(2);
    expect(await readdir(dir)).not.toContain('partial.json');
  });

  it('refuses to write the dump where it cannot, and leaves nothing half-written', async () => {
    const target = path.join(dir, 'occupied');
    await mkdir(path.join(target, 'inside'), { recursive: true });
    const run = await cli(['pull', '--live', '--out', 'occupied'], credentials(api), { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^occupied: cannot write the dump: E[A-Z]+\n$/);
    expect((await readdir(dir)).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('runs as a process of its own: Node trusts NODE_EXTRA_CA_CERTS, no progress on a pipe', async () => {
    const child = spawn(process.execPath, [await sourceBundle('cli'), '--live', '--format', 'json', '--fail-on', 'none', '--no-config'], {
      env: { PATH: process.env.PATH ?? '', ...credentials(api) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const inProcess = await cli(['--live', '--format', 'json', '--no-config'], credentials(api));
    expect(findingsOf({ code: 0, stdout, stderr }).map(identity)).toEqual(findingsOf(inProcess).map(identity));
  });

  it.each([
    [['--live'], { A0LINT_TEST_HTTP_SETTINGS: '{"random": 1}', AUTH0_DOMAIN: 't.auth0.com', AUTH0_ACCESS_TOKEN: 't' }, 'A0LINT_TEST_HTTP_SETTINGS (test only)'],
    [['--live'], {}, '--live needs the tenant domain'],
    [['--live', '--domain', 'https://t.auth0.com/api/v2'], {}, '--domain must be a host name without a path'],
    [['--live', '--domain', 'http://t.auth0.com'], {}, '"http://" is not accepted'],
    [['--live', '--domain', 't.auth0.com'], {}, '--live needs credentials'],
    [['--live'], { AUTH0_DOMAIN: 'https://x:y@t.auth0.com' }, 'AUTH0_DOMAIN must not contain credentials'],
    [['--live', '--domain', 't.auth0.com', '--client-id', 'abc'], {}, '--client-id needs --client-secret'],
    [
      ['--live', '--domain', 't.auth0.com', '--access-token', 'tok', '--client-id', 'a', '--client-secret', 'b'],
      {},
      'give either --access-token or --client-id',
    ],
    [['--live', '--domain', 't.auth0.com', '--custom-domain', 'login.example.com/x'], { AUTH0_ACCESS_TOKEN: 't' }, '--custom-domain must be a host name'],
    [['--live', 'tenant.yaml'], { AUTH0_DOMAIN: 't.auth0.com', AUTH0_ACCESS_TOKEN: 't' }, 'leave out the input path'],
    [['pull', '--out', 'x.json'], {}, 'pull needs --live'],
    [['pull', '--live'], {}, 'pull needs --out'],
  ] as const)('refuses %j', async (args, env, message) => {
    const run = await cli(args, env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});

describe('secrets', () => {
  it('never appear in any output, file or error, whatever happens', async () => {
    const scenarios: Array<[FakeOptions, string[]]> = [
      [{}, ['--live', '--format', 'json:findings.json', '--format', 'stylish', '--format', 'sarif:findings.sarif', '--out', 'snap.json']],
      [
        { scopes: ['read:clients', 'read:client_grants', 'read:resource_servers', 'read:client_keys', 'update:clients'] },
        ['--live', '--format', 'markdown:summary.md', '--format', 'github'],
      ],
      [{ fault: ({ n }) => (n >= 3 ? { revokeTokens: true } : undefined) }, ['--live']],
      [{ fault: ({ n }) => (n === 2 ? { status: 500 } : n === 3 ? { reset: true } : undefined) }, ['pull', '--live', '--out', 'pulled.json']],
      [{ clientSecret: 'other-secret' }, ['--live']],
    ];
    for (const [options, args] of scenarios) {
      const server = await fake(options);
      const workdir = await mkdtemp(path.join(tmpdir(), 'a0lint-live-secrets-'));
      const env = { ...credentials(server), AUTH0_CLIENT_SECRET: 'audit-client-secret-value' };
      const run = await cli(args, env, { cwd: workdir, stderrIsTTY: true });
      const files = await Promise.all((await readdir(workdir)).map((name) => readFile(path.join(workdir, name), 'utf8')));
      const everything = [run.stdout, run.stderr, ...files].join('\n');
      const tokens = server.log.map((entry) => entry.authorization?.slice('Bearer '.length)).filter((token): token is string => token !== undefined);
      const issued = tokens.length > 0 || options.clientSecret !== undefined;
      expect(issued, `scenario ${args.join(' ')} reached the API: ${run.code} ${run.stderr}`).toBe(true);
      expect(everything).not.toContain('audit-client-secret-value');
      expect(everything).not.toMatch(/fake-secret|fake-signing-secret|"client_secret"|"signing_secret"|Bearer /);
      for (const token of tokens) expect(everything).not.toContain(token);
    }
  });
});
