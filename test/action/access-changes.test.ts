import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionIo } from '../../src/action/io.js';
import { run } from '../../src/action/run.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { fixture } from '../access/helpers.js';
import { runCli } from '../helpers/run-cli.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { FAST } from '../live/helpers.js';
import { gitRepository, pullRequestEvent } from './run-action.js';

/** The live client's and the fake Management API's clock: waits take no real time. */
const clock = new VirtualClock();

/** The Action run in-process from the sources, with a recording port instead of the runner. */
async function action(
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<{ outputs: Record<string, string>; summary: string; failed?: string; log: string[] }> {
  const outputs: Record<string, string> = {};
  const log: string[] = [];
  let summary = '';
  let failed: string | undefined;
  const io: ActionIo = {
    getInput: (name) => (inputs[name] ?? '').trim(),
    setSecret: () => undefined,
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    annotate: () => undefined,
    info: (message) => log.push(message),
    writeCommands: () => undefined,
    appendSummary: (markdown) => {
      summary += markdown;
      return Promise.resolve();
    },
    fail: (message) => {
      failed = message;
    },
    env: { GITHUB_STEP_SUMMARY: 'summary.md', RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'a0lint-runner-')), ...env },
    clock,
  };
  await run(io);
  return { outputs, summary, ...(failed !== undefined ? { failed } : {}), log };
}

const shop = fixture('tenant.yaml');

describe('the Action: access changes in pull-request mode', () => {
  it('adds an "Access changes" section, widenings first, and the access outputs', async () => {
    const head = shop
      .replace('      user:\n        policy: require_client_grant\n', '      user:\n        policy: allow_all\n')
      .replace('clientGrants:\n', 'clientGrants:\n  - client_id: Inventory Sync\n    audience: https://orders.example.com\n    scope:\n      - orders:read\n')
      .replace('  - client_id: Back Office\n    audience: https://acme.eu.auth0.com/api/v2/\n    scope:\n      - read:users\n', '');
    const { dir, commits } = gitRepository([{ 'tenants/prod/tenant.yaml': shop }, { 'tenants/prod/tenant.yaml': head }]);
    const event = path.join(dir, '..', `${path.basename(dir)}-event.json`);
    writeFileSync(event, JSON.stringify(pullRequestEvent(commits[0]!, commits[1]!)));
    const result = await action(
      { path: 'tenants/prod/tenant.yaml', 'fail-on': 'none' },
      { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    expect(result.failed).toBeUndefined();
    expect(result.outputs).toMatchObject({ 'access-widened-count': '2', 'access-narrowed-count': '1' });
    const section = result.summary.slice(result.summary.indexOf('### Access changes'));
    expect(section).toContain('**2 widenings** (2 added, 0 widened), 1 narrowing (0 narrowed, 1 removed).');
    expect(section.indexOf('can now get machine-to-machine tokens for &quot;Orders API&quot; with orders:read')).toBeLessThan(
      section.indexOf('can no longer get'),
    );
    expect(section).toContain(
      '- **added**: Every first-party application with a flow that signs users in (4) can now get user tokens for &quot;Partner API&quot; with all scopes.',
    );
    expect(section).toContain('- **removed**: &quot;Back Office&quot; can no longer get machine-to-machine tokens for &quot;Auth0 Management API&quot;.');
    expect(result.log).toContain('a0lint: access changes in this pull request: 2 widened or added, 1 narrowed or removed');
  });

  it('a push (no comparison) sets no access output', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': shop }]);
    const result = await action({ path: 'tenant.yaml', 'fail-on': 'none' }, { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'push' });
    expect(result.outputs['access-widened-count']).toBeUndefined();
    expect(result.summary).not.toContain('Access changes');
  });
});

describe('the Action: a scheduled live audit with compare-with', () => {
  let api: FakeApi;
  beforeAll(async () => {
    api = await startFakeApi({ clock, tenant: (domain) => makeTenant(domain, { apis: 8, clients: 20, grants: 30 }) });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('reports drift between the committed export and the live tenant the same way', async () => {
    const { dir } = gitRepository([]);
    const env = { NODE_EXTRA_CA_CERTS: api.caFile, A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST) };
    const pulled = await runCli(['pull', '--live', '--out', 'tenant-dump.json'], {
      cwd: dir,
      clock,
      env: { ...env, AUTH0_DOMAIN: api.domain, AUTH0_CLIENT_ID: api.clientId, AUTH0_CLIENT_SECRET: api.clientSecret },
    });
    expect(pulled.code).toBe(0);
    const inputs = { domain: api.domain, 'client-id': api.clientId, 'client-secret': api.clientSecret, 'compare-with': 'tenant-dump.json', 'fail-on': 'none' };
    const same = await action(inputs, { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'schedule', ...env });
    expect(same.failed).toBeUndefined();
    expect(same.outputs).toMatchObject({ 'access-widened-count': '0', 'access-narrowed-count': '0' });
    expect(same.summary).toContain(`### Access changes: ${api.domain} against <code>tenant-dump.json</code>\n\nNo change in who can get tokens.`);

    // The committed copy lags behind: grants were made in the tenant by hand.
    const dump = JSON.parse(readFileSync(path.join(dir, 'tenant-dump.json'), 'utf8')) as { client_grants: unknown[] };
    dump.client_grants = [];
    writeFileSync(path.join(dir, 'tenant-dump.json'), JSON.stringify(dump));
    const drift = await action(inputs, { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'schedule', ...env });
    expect(Number(drift.outputs['access-widened-count'])).toBeGreaterThan(0);
    expect(drift.summary).toContain('#### \u26a0\ufe0f Access granted or widened');
  });

  it('compare-with is only for live audits, and an unreadable export fails the step', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': shop, 'broken.json': '{"clients": [' }]);
    const misused = await action({ path: 'tenant.yaml', 'compare-with': 'tenant.yaml' }, { GITHUB_WORKSPACE: dir });
    expect(misused.failed).toBe('a0lint: "compare-with" only apply to a live audit, which needs "domain"');
    const live = { domain: api.domain, 'client-id': api.clientId, 'client-secret': api.clientSecret };
    const outside = await action({ ...live, 'compare-with': '../elsewhere/tenant.yaml' }, { GITHUB_WORKSPACE: dir });
    expect(outside.failed).toBe('a0lint: "compare-with" must name files inside the workspace (symbolic links included): ../elsewhere/tenant.yaml');
    const env = { NODE_EXTRA_CA_CERTS: api.caFile, A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST) };
    const broken = await action(
      { domain: api.domain, 'client-id': api.clientId, 'client-secret': api.clientSecret, 'compare-with': 'broken.json', 'fail-on': 'none' },
      { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'schedule', ...env },
    );
    expect(broken.failed).toMatch(/^a0lint: 1 input error, so the results do not cover everything: broken\.json:1:\d+: /);
    expect(broken.outputs['access-widened-count']).toBeUndefined();
  });
});
