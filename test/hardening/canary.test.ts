import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/report/formats.js';
import { gitRepository, runAction, type ActionRun } from '../action/run-action.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { FAST } from '../live/helpers.js';

/**
 * Secrets canary: every secret-bearing place holds a unique marker value, every command and output format runs
 * (debug logging on), and no marker may appear in stdout, stderr, a written file or the job summary.
 */
const CANARIES = {
  clientSecret: 'Q7cnryClientSecretZ1',
  signingSecret: 'Q7cnrySigningSecretZ2',
  privateKey: 'Q7cnryPrivateKeyBodyZ3',
  mappedSecret: 'Q7cnryMappedSecretZ4',
  deployConfigSecret: 'Q7cnryDeployConfigZ5',
  brokenFileSecret: 'Q7cnryBrokenFileZ6',
  liveClientSecret: 'Q7cnryLiveClientSecretZ7',
  liveAccessToken: 'Q7cnryLiveAccessTokenZ8',
  tenantClientSecret: 'Q7cnryTenantClientSecretZ9',
  tenantSigningSecret: 'Q7cnryTenantSigningSecretZ10',
  actionClientSecret: 'Q7cnryActionClientSecretZ11',
  actionAccessToken: 'Q7cnryActionAccessTokenZ12',
} as const;
const VALUES = Object.values(CANARIES);

const PEM = `-----BEGIN PRIVATE KEY-----\nMIIEv${CANARIES.privateKey}AgEAAoIBAQC7\n-----END PRIVATE KEY-----`;
const DEBUG = { A0LINT_DEBUG: '1' };

let work: string;
let inputs: string;
let out: string;
let checked = 0;
let scanned = 0;
const coverage = new Set<string>();

function leaks(text: string): string[] {
  checked += VALUES.length;
  scanned++;
  return VALUES.filter((value) => text.includes(value));
}

function expectClean(what: string, text: string): void {
  expect(leaks(text), `${what} leaks a canary`).toEqual([]);
}

function expectRunClean(label: string, run: CliRun): void {
  coverage.add(label);
  expectClean(`${label}: stdout`, run.stdout);
  expectClean(`${label}: stderr`, run.stderr);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function write(relative: string, content: string): string {
  const full = path.join(inputs, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'a0lint-canary-'));
  inputs = path.join(work, 'inputs');
  out = path.join(work, 'out');
  mkdirSync(out);
  const client = {
    name: 'Billing Worker',
    app_type: 'non_interactive',
    grant_types: ['client_credentials'],
    client_secret: CANARIES.clientSecret,
    token_endpoint_auth_method: 'client_secret_post',
  };
  const keyed = { name: 'Webhook Sender', app_type: 'regular_web', client_secret: '##WEBHOOK_SECRET##', client_metadata: { deploy_key: PEM } };
  const api = {
    name: 'Billing API',
    identifier: 'https://billing.example.com',
    signing_alg: 'HS256',
    signing_secret: CANARIES.signingSecret,
    subject_type_authorization: { user: { policy: 'allow_all' } },
  };
  const grant = { client_id: 'Billing Worker', audience: 'https://billing.example.com', scope: [] };
  write(
    'tenant.yaml',
    [
      'clients:',
      '  - name: Billing Worker',
      '    app_type: non_interactive',
      '    grant_types: [client_credentials]',
      `    client_secret: ${CANARIES.clientSecret}`,
      '  - name: Webhook Sender',
      '    app_type: regular_web',
      '    client_secret: "##WEBHOOK_SECRET##"',
      '    client_metadata:',
      '      deploy_key: |',
      ...PEM.split('\n').map((line) => `        ${line}`),
      'resourceServers:',
      '  - name: Billing API',
      '    identifier: https://billing.example.com',
      '    signing_alg: HS256',
      `    signing_secret: ${CANARIES.signingSecret}`,
      '    subject_type_authorization: {user: {policy: allow_all}}',
      'clientGrants:',
      '  - client_id: Billing Worker',
      '    audience: https://billing.example.com',
      '    scope: []',
      '',
    ].join('\n'),
  );
  write(
    'dump.json',
    JSON.stringify(
      {
        clients: [
          { client_id: 'cid1', ...client },
          { client_id: 'cid2', ...keyed },
        ],
        resource_servers: [api],
        client_grants: [{ ...grant, client_id: 'cid1' }],
      },
      null,
      2,
    ),
  );
  write('directory/clients/Billing Worker.json', JSON.stringify(client, null, 2));
  write('directory/clients/Webhook Sender.json', JSON.stringify(keyed, null, 2));
  write('directory/resource-servers/Billing API.json', JSON.stringify(api, null, 2));
  write('directory/grants/Billing Worker-Billing API.json', JSON.stringify(grant, null, 2));
  write('mappings.json', JSON.stringify({ WEBHOOK_SECRET: CANARIES.mappedSecret }));
  write(
    'config.json',
    JSON.stringify({
      AUTH0_DOMAIN: 'example.eu.auth0.com',
      AUTH0_CLIENT_ID: 'deploy',
      AUTH0_CLIENT_SECRET: CANARIES.deployConfigSecret,
      AUTH0_KEYWORD_REPLACE_MAPPINGS: { WEBHOOK_SECRET: CANARIES.mappedSecret },
    }),
  );
  // Broken files whose error sits right beside a secret value.
  write('broken/mapping-value.yaml', `clients:\n  - name: x\n    client_secret: ${CANARIES.brokenFileSecret}: oops\n`);
  write('broken/unterminated.yaml', `clients:\n  - name: x\n    client_secret: "${CANARIES.brokenFileSecret}\n`);
  write('broken/indent.yaml', `clients:\n  - name: x\n    client_secret: ${CANARIES.brokenFileSecret}\n   bad: indent\n`);
  write('broken/missing-comma.json', `{"clients": [{"client_secret": "${CANARIES.brokenFileSecret}" "name": "x"}]}`);
  write('broken/duplicate.json', `{"clients": [{"client_secret": "${CANARIES.brokenFileSecret}", "client_secret": "${CANARIES.brokenFileSecret}"}]}`);
  write('broken/duplicate.yaml', `clients:\n  - client_secret: ${CANARIES.brokenFileSecret}\n    client_secret: ${CANARIES.brokenFileSecret}\n`);
  write('broken/wrong-type.yaml', `clients: ${CANARIES.brokenFileSecret}\n`);
  write('broken/bad-mappings.json', `{"WEBHOOK_SECRET": ${CANARIES.mappedSecret}}`);
  write(
    'broken/bomb.yaml',
    `a: &a ["${CANARIES.brokenFileSecret}", "${CANARIES.brokenFileSecret}"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nclients: *d\n`,
  );
  writeFileSync(
    path.join(inputs, 'broken/latin1.yaml'),
    Buffer.concat([Buffer.from(`clients:\n  - client_secret: ${CANARIES.brokenFileSecret}`), Buffer.from([0xff]), Buffer.from('\n')]),
  );
});

afterAll(() => {
  console.log(
    `hardening/canary: ${VALUES.length} canaries checked in ${scanned} outputs and files (${checked} checks) across ${coverage.size} commands/formats: ${[...coverage].sort().join(', ')}`,
  );
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('file inputs', () => {
  const targets = ['inputs/tenant.yaml', 'inputs/dump.json', 'inputs/directory'];
  const mapped = [['--mappings', 'inputs/mappings.json'], ['--deploy-config', 'inputs/config.json'], []];

  it.each(Object.keys(FORMATS))('%s output, to stdout and to a file, for every input form', async (format) => {
    for (const target of targets) {
      for (const mapping of mapped) {
        const file = `out/${format}-${path.basename(target)}-${mapping.length}.out`;
        const run = await runCli([target, ...mapping, '--format', format, '--format', `${format}:${file}`, '--fail-on', 'none'], { cwd: work, env: DEBUG });
        expect(run.code, run.stderr).toBe(0);
        expectRunClean(`lint --format ${format}`, run);
        expectClean(file, readFileSync(path.join(work, file), 'utf8'));
      }
    }
  });

  it('the secrets are really there: the literal-secret rule reports their fields, never their values', async () => {
    const run = await runCli(['inputs/tenant.yaml', '--mappings', 'inputs/mappings.json', '--format', 'json', '--fail-on', 'none'], { cwd: work, env: DEBUG });
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; path: string }> }).findings;
    expect(
      findings
        .filter((finding) => finding.ruleId === 'no-secrets-in-config')
        .map((finding) => finding.path)
        .sort(),
    ).toEqual(expect.arrayContaining(['/client_secret', '/signing_secret']));
    expectRunClean('lint (secrets present)', run);
  });

  it('error paths: broken files, bad mappings, usage errors and an unwritable output', async () => {
    const broken = readdirSync(path.join(inputs, 'broken')).filter((name) => name !== 'bad-mappings.json');
    for (const name of broken) {
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        const run = await runCli([`inputs/broken/${name}`, '--format', format], { cwd: work, env: DEBUG });
        expect(run.code, `${name}: ${run.stderr}`).toBe(2);
        expectRunClean('input errors', run);
      }
    }
    const badMappings = await runCli(['inputs/tenant.yaml', '--mappings', 'inputs/broken/bad-mappings.json'], { cwd: work, env: DEBUG });
    expect(badMappings.code).toBe(2);
    expectRunClean('bad mappings file', badMappings);
    const unwritable = await runCli(['inputs/tenant.yaml', '--format', 'json:inputs/tenant.yaml/x.json'], { cwd: work, env: DEBUG });
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toBe('inputs/tenant.yaml/x.json: cannot write the json report: a part of the path is not a folder\n');
    expectRunClean('unwritable report file', unwritable);
    const usage = await runCli(['--live', '--client-secret', CANARIES.liveClientSecret, '--domain', 'example.eu.auth0.com'], { cwd: work, env: DEBUG });
    expect(usage.code).toBe(2);
    expectRunClean('usage error with a secret option', usage);
  });

  it('leaves no canary in any file it wrote', () => {
    for (const file of filesUnder(out)) expectClean(file, readFileSync(file, 'utf8'));
  });
});

describe('live audits and pull', () => {
  let api: FakeApi;
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...DEBUG,
    A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST),
    NODE_EXTRA_CA_CERTS: api.caFile,
    AUTH0_DOMAIN: api.domain,
    ...extra,
  });

  beforeAll(async () => {
    // On a virtual clock the CLI shares: the retries of the failing runs take no real time.
    api = await startFakeApi({
      clock: new VirtualClock(),
      clientSecret: CANARIES.liveClientSecret,
      tenant: (domain) => {
        const tenant = makeTenant(domain, { apis: 6, clients: 12, grants: 14 });
        for (const client of tenant.clients) client.client_secret = CANARIES.tenantClientSecret;
        for (const server of tenant.resource_servers) server.signing_secret = CANARIES.tenantSigningSecret;
        return tenant;
      },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each(Object.keys(FORMATS))('--live --format %s, credentials from the environment and from options', async (format) => {
    api.fault = undefined;
    const viaEnv = await runCli(
      ['--live', '--format', format, '--format', `${format}:out/live-${format}.out`, '--out', `out/live-${format}.json`, '--fail-on', 'none'],
      {
        cwd: work,
        clock: api.clock,
        env: env({ AUTH0_CLIENT_ID: api.clientId, AUTH0_CLIENT_SECRET: CANARIES.liveClientSecret }),
      },
    );
    expect(viaEnv.code, viaEnv.stderr).toBe(0);
    expectRunClean(`--live --format ${format}`, viaEnv);
    const viaOptions = await runCli(
      ['--live', '--client-id', api.clientId, '--client-secret', CANARIES.liveClientSecret, '--format', format, '--fail-on', 'none'],
      { cwd: work, clock: api.clock, env: env() },
    );
    expect(viaOptions.code, viaOptions.stderr).toBe(0);
    expectRunClean(`--live --format ${format}`, viaOptions);
  });

  it('pull writes a dump without the tenant secrets', async () => {
    api.fault = undefined;
    const run = await runCli(['pull', '--live', '--out', 'out/pulled.json'], {
      cwd: work,
      clock: api.clock,
      env: env({ AUTH0_CLIENT_ID: api.clientId, AUTH0_CLIENT_SECRET: CANARIES.liveClientSecret }),
    });
    expect(run.code, run.stderr).toBe(0);
    expectRunClean('pull', run);
    expectClean('pulled dump', readFileSync(path.join(work, 'out/pulled.json'), 'utf8'));
  });

  it('failing requests, a rejected secret and a rejected token keep their credentials out of every message', async () => {
    const secretEnv = env({ AUTH0_CLIENT_ID: api.clientId, AUTH0_CLIENT_SECRET: CANARIES.liveClientSecret });
    for (const status of [400, 403, 404, 500, 503] as const) {
      api.fault = () => ({ status });
      const run = await runCli(['--live', '--format', 'json'], { cwd: work, clock: api.clock, env: secretEnv });
      expect(run.code, run.stderr).toBe(2);
      expectRunClean('live request failing (Authorization header sent)', run);
    }
    api.fault = () => ({ malformed: true });
    expectRunClean('live malformed response', await runCli(['--live'], { cwd: work, clock: api.clock, env: secretEnv }));
    api.fault = undefined;
    const wrongSecret = await runCli(['--live'], {
      cwd: work,
      clock: api.clock,
      env: env({ AUTH0_CLIENT_ID: api.clientId, AUTH0_CLIENT_SECRET: CANARIES.brokenFileSecret }),
    });
    expect(wrongSecret.code).toBe(2);
    expectRunClean('live token request refused', wrongSecret);
    const wrongToken = await runCli(['--live', '--access-token', CANARIES.liveAccessToken], { cwd: work, clock: api.clock, env: env() });
    expect(wrongToken.code).toBe(2);
    expectRunClean('live access token refused', wrongToken);
    const pullRefused = await runCli(['pull', '--live', '--out', 'out/refused.json'], {
      cwd: work,
      clock: api.clock,
      env: env({ AUTH0_ACCESS_TOKEN: CANARIES.liveAccessToken }),
    });
    expect(pullRefused.code).toBe(2);
    expectRunClean('pull refused', pullRefused);
  });

  it('leaves no canary in any file it wrote', () => {
    for (const file of filesUnder(out)) expectClean(file, readFileSync(file, 'utf8'));
  });
});

describe('the GitHub Action', () => {
  let api: FakeApi;

  beforeAll(async () => {
    api = await startFakeApi({
      clock: new VirtualClock(),
      clientSecret: CANARIES.actionClientSecret,
      tenant: (domain) => {
        const tenant = makeTenant(domain);
        for (const client of tenant.clients) client.client_secret = CANARIES.tenantClientSecret;
        return tenant;
      },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Stdout may name a secret only in the `::add-mask::` command that tells the runner to hide it. */
  function expectActionClean(label: string, run: ActionRun, workspace: string): void {
    coverage.add(label);
    const unmasked = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expectClean(`${label}: stdout`, unmasked);
    expectClean(`${label}: stderr`, run.stderr);
    expectClean(`${label}: job summary`, run.summary);
    expectClean(`${label}: outputs`, JSON.stringify(run.outputs));
    for (const file of filesUnder(workspace).filter((name) => !name.includes(`${path.sep}.git${path.sep}`) && !name.includes(`${path.sep}inputs${path.sep}`))) {
      expectClean(`${label}: ${file}`, readFileSync(file, 'utf8'));
    }
    for (const key of ['sarif-file', 'findings-file']) {
      const written = run.outputs[key];
      if (written) expectClean(`${label}: ${key}`, readFileSync(written, 'utf8'));
    }
  }

  it('live audit with a client secret input, and with a refused access token', async () => {
    const workspace = gitRepository([{ 'README.md': 'fleet\n' }]).dir;
    const actionEnv = { NODE_EXTRA_CA_CERTS: api.caFile, A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST), ...DEBUG };
    const live = await runAction({
      workspace,
      eventName: 'schedule',
      inputs: { domain: api.domain, 'client-id': api.clientId, 'client-secret': CANARIES.actionClientSecret, 'fail-on': 'none' },
      env: actionEnv,
      clock: api.clock,
    });
    expect(live.code, live.stderr + live.stdout.slice(-2000)).toBe(0);
    expect(live.stdout).toContain(`::add-mask::${CANARIES.actionClientSecret}`);
    expectActionClean('action live audit', live, workspace);

    api.fault = () => ({ status: 500 });
    const failing = await runAction({
      workspace,
      eventName: 'schedule',
      inputs: { domain: api.domain, 'client-id': api.clientId, 'client-secret': CANARIES.actionClientSecret },
      env: actionEnv,
      clock: api.clock,
    });
    api.fault = undefined;
    expect(failing.code).not.toBe(0);
    expectActionClean('action live audit failing', failing, workspace);

    const token = await runAction({
      workspace,
      eventName: 'schedule',
      inputs: { domain: api.domain, 'access-token': CANARIES.actionAccessToken },
      env: actionEnv,
      clock: api.clock,
    });
    expect(token.code).not.toBe(0);
    expectActionClean('action refused token', token, workspace);
  });

  it('file mode on an export full of secrets', async () => {
    const files = Object.fromEntries(
      ['tenant.yaml', 'mappings.json', 'broken/duplicate.yaml'].map((name) => [`inputs/${name}`, readFileSync(path.join(inputs, name), 'utf8')]),
    );
    const workspace = gitRepository([files]).dir;
    const run = await runAction({ workspace, inputs: { path: 'inputs/tenant.yaml', 'fail-on': 'none' }, env: DEBUG });
    expect(run.code, run.stderr + run.stdout.slice(-2000)).toBe(0);
    expectActionClean('action file mode', run, workspace);
    const broken = await runAction({ workspace, inputs: { path: 'inputs/broken/duplicate.yaml' }, env: DEBUG });
    expect(broken.code).not.toBe(0);
    expectActionClean('action input error', broken, workspace);
  });
});
