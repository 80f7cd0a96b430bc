import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import type { SarifLog } from '../../src/report/sarif-log.js';
import { gitRepository, runAction } from '../action/run-action.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { runCli } from '../helpers/run-cli.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { FAST, liveEnv } from './helpers.js';

/**
 * A live audit with a committed baseline and a folder of house rules, from the CLI and from the Action (in process),
 * against the fake Management API: the baseline recorded from one live read hides every finding of the next, house
 * rules included; once the tenant gains an application, only that application's findings are reported.
 */
const HOUSE_RULE = `rules:
  - id: custom/no-native-apps
    description: Ship no native applications from this tenant
    severity: warning
    collection: clients
    message: 'Native application "{{name}}" is not allowed in this tenant. Move it to the mobile tenant.'
    where:
      required: [app_type]
      properties:
        app_type: { const: native }
    assert: false
`;
const HOUSE = 'custom/no-native-apps';

let api: FakeApi;
let workspace: string;
beforeAll(async () => {
  api = await startFakeApi({ clock: new VirtualClock(), tenant: (domain) => makeTenant(domain, { apis: 6, clients: 12, grants: 14 }) });
  workspace = gitRepository([{ 'house/native.yml': HOUSE_RULE, 'README.md': 'audits\n' }]).dir;
});
afterAll(async () => {
  await api?.close();
});

const live = (args: readonly string[]) =>
  runCli(['--live', '--rules-dir', 'house', '--format', 'json', ...args], { cwd: workspace, env: liveEnv(api), clock: api.clock });
const findingsOf = (stdout: string): Finding[] => (JSON.parse(stdout) as { findings: Finding[] }).findings;
const entityNames = (findings: readonly Finding[]): string[] =>
  [...new Set(findings.map((finding) => finding.entity?.name ?? finding.entity?.key ?? ''))].sort();

describe('a live audit with baseline and rules-dir', () => {
  it('CLI: the baseline records the house rule findings with the built-in ones, and hides them all on the next read', async () => {
    const before = await live(['--fail-on', 'none']);
    expect(before.stderr).toBe('');
    const all = findingsOf(before.stdout);
    expect(all.filter((finding) => finding.ruleId === HOUSE).map((finding) => finding.entity?.name)).toEqual(['App 3', 'App 7']);
    expect(all.find((finding) => finding.ruleId === HOUSE)!.endpoint).toBe('GET /api/v2/clients');

    const update = await live(['--update-baseline', 'baseline.json']);
    expect(update.code).toBe(0);
    expect(findingsOf(update.stdout)).toEqual([]);
    const baseline = JSON.parse(readFileSync(path.join(workspace, 'baseline.json'), 'utf8')) as { findings: Array<{ target: string; ruleId: string }> };
    expect(baseline.findings).toHaveLength(all.length);
    expect(baseline.findings.filter((entry) => entry.ruleId === HOUSE)).toHaveLength(2);
    expect(new Set(baseline.findings.map((entry) => entry.target))).toEqual(new Set([api.domain]));

    const again = await live(['--baseline', 'baseline.json']);
    expect(again.code).toBe(0);
    expect(findingsOf(again.stdout)).toEqual([]);
    expect(again.stderr).toContain(`${all.length} findings matched the baseline and are not shown.`);
  });

  it('CLI and Action: a new application breaking a house rule and a built-in one is all that is reported', async () => {
    api.tenant.clients.push({
      client_id: 'CLIENTNEWNATIVE000000000000000000',
      name: 'Field Scanner',
      app_type: 'native',
      is_first_party: true,
      oidc_conformant: true,
      grant_types: ['authorization_code', 'password'],
      token_endpoint_auth_method: 'none',
      callbacks: ['com.example.scanner://callback'],
      global: false,
    });
    const cli = await live(['--baseline', 'baseline.json', '--fail-on', 'warning']);
    expect(cli.code).toBe(1);
    const reported = findingsOf(cli.stdout);
    expect(entityNames(reported)).toEqual(['Field Scanner']);
    expect(reported.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining([HOUSE, 'no-password-grant']));

    const action = await runAction({
      workspace,
      eventName: 'schedule',
      inputs: {
        domain: api.domain,
        'client-id': api.clientId,
        'client-secret': api.clientSecret,
        baseline: 'baseline.json',
        'rules-dir': 'house',
        'fail-on': 'warning',
      },
      env: { NODE_EXTRA_CA_CERTS: api.caFile, A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST) },
      clock: api.clock,
    });
    expect(action.stderr).toBe('');
    expect(action.code).toBe(1);
    const file = JSON.parse(readFileSync(action.outputs['findings-file']!, 'utf8')) as { findings: Finding[] };
    // The same findings as the CLI's: the baseline written by the CLI applies to the Action's read of the tenant.
    expect(file.findings.map((finding) => finding.fingerprint).sort()).toEqual(reported.map((finding) => finding.fingerprint).sort());
    const sarif = JSON.parse(readFileSync(action.outputs['sarif-file']!, 'utf8')) as SarifLog;
    expect(sarif.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toContain(HOUSE);
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(expect.arrayContaining([HOUSE, 'no-password-grant']));
    expect(action.commands.some((command) => command.command === 'warning' && command.message.includes('"Field Scanner" is not allowed'))).toBe(true);
  });

  it('Action: a rules-dir folder that does not exist is a usage error, before the tenant is read', async () => {
    const requests = api.log.length;
    const run = await runAction({
      workspace,
      eventName: 'schedule',
      inputs: { domain: api.domain, 'client-id': api.clientId, 'client-secret': api.clientSecret, 'rules-dir': 'missing' },
      env: { NODE_EXTRA_CA_CERTS: api.caFile, A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST) },
      clock: api.clock,
    });
    expect(run.code).toBe(2);
    expect(run.commands.find((command) => command.command === 'error')?.message).toContain('"rules-dir": no such folder: missing');
    expect(api.log.length).toBe(requests);
  });
});
