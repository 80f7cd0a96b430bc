/**
 * Live audits read the tenant-posture sections the token may read: the same posture findings as an API dump of the
 * same tenant (written here from the fake API's own answers, not through a0lint's reader), and a section whose scope
 * the token lacks is not asked for, is named as not read, and its rules report nothing.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/engine/finding.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { WHOLE_TENANT_SCOPES, withWholeTenant } from '../fake-mgmt-api/whole-tenant.js';
import { snapshotToInput } from '../../src/live/to-input.js';
import { FAST, liveEnv as credentials, readFake, requestLines } from './helpers.js';
import { VirtualClock } from '../helpers/virtual-clock.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The fakes' and the CLI's live client's clock: waits take no real time. */
const clock = new VirtualClock();

async function cli(args: readonly string[], env: Record<string, string | undefined>, cwd = process.cwd()): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: { A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST), ...env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    clock,
  });
  return { code, stdout, stderr };
}

const servers: FakeApi[] = [];
async function fake(scopes: readonly string[], without: readonly string[] = []): Promise<FakeApi> {
  const tenant = (domain: string) => {
    const whole = withWholeTenant(makeTenant(domain));
    for (const endpoint of without) delete whole.resources![endpoint];
    return whole;
  };
  const api = await startFakeApi({ clock, tenant, scopes });
  servers.push(api);
  return api;
}
afterAll(async () => {
  for (const api of servers) await api.close();
});

const CORE_KINDS = new Set(['resourceServer', 'client', 'clientGrant', undefined]);
const posture = (run: Run): string[] =>
  (JSON.parse(run.stdout) as { findings: Finding[] }).findings
    .filter((finding) => !CORE_KINDS.has(finding.entity?.kind))
    .map((finding) => `${finding.ruleId} ${finding.severity} ${finding.entity?.kind} ${finding.entity?.key}`)
    .sort();

/** An API dump of the fake tenant, from its own answers. */
function dumpOf(api: FakeApi): Record<string, unknown> {
  const tenant = api.tenant;
  const body = (endpoint: string): unknown => tenant.resources![endpoint]!.body;
  const attack = (part: string): unknown => body(`/api/v2/attack-protection/${part}`);
  return {
    resource_servers: tenant.resource_servers,
    clients: tenant.clients,
    client_grants: tenant.client_grants,
    tenant_settings: body('/api/v2/tenants/settings'),
    attack_protection: {
      brute_force_protection: attack('brute-force-protection'),
      breached_password_detection: attack('breached-password-detection'),
      suspicious_ip_throttling: attack('suspicious-ip-throttling'),
      bot_detection: attack('bot-detection'),
      captcha: attack('captcha'),
    },
    guardian_factors: body('/api/v2/guardian/factors'),
    guardian_policies: body('/api/v2/guardian/policies'),
    connections: body('/api/v2/connections'),
    email_provider: body('/api/v2/emails/provider'),
    email_templates: [body('/api/v2/email-templates/verify_email')],
    event_streams: body('/api/v2/event-streams'),
    actions: body('/api/v2/actions/actions'),
    rules: body('/api/v2/rules'),
    hooks: body('/api/v2/hooks'),
    log_streams: body('/api/v2/log-streams'),
    custom_domains: body('/api/v2/custom-domains'),
    network_acls: body('/api/v2/network-acls'),
  };
}

describe('live audits of the tenant posture', () => {
  it('report the same posture findings as a dump of the same tenant, and no secret', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES);
    const work = await mkdtemp(path.join(tmpdir(), 'a0lint-posture-live-'));
    await writeFile(path.join(work, 'dump.json'), JSON.stringify(dumpOf(api), null, 2));
    const dump = await cli(['dump.json', '--format', 'json', '--fail-on', 'none', '--no-config'], {}, work);
    const live = await cli(['--live', '--format', 'json', '--fail-on', 'none', '--no-config'], credentials(api));
    expect(dump.stderr).toBe('');
    expect(live.stderr).toBe('');
    expect(posture(live)).toEqual(posture(dump));
    // From a section read once (attack protection) and from paged ones (connections, actions).
    for (const rule of ['require-breached-password-detection', 'strong-password-policy', 'supported-action-runtime'])
      expect(posture(live).join('\n')).toContain(rule);
    expect(live.stdout).not.toContain('fake-github-connection-secret');
  });

  it('read a 404 from the email provider as no custom provider, as deploy-cli exports it (emailProvider: {})', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES, ['/api/v2/emails/provider']);
    const run = await cli(['--live', '--format', 'json', '--fail-on', 'none', '--no-config'], credentials(api));
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { findings: Finding[]; notChecked?: unknown };
    // Every section was read: nothing is named as not checked.
    expect(report.notChecked).toBeUndefined();
    expect(report.findings.filter((finding) => finding.ruleId === 'require-email-provider')).toHaveLength(1);
    const pulled = await mkdtemp(path.join(tmpdir(), 'a0lint-posture-pull-'));
    await cli(['pull', '--live', '--out', 'pulled.json'], credentials(api), pulled);
    expect((JSON.parse(await readFile(path.join(pulled, 'pulled.json'), 'utf8')) as { email_provider?: unknown }).email_provider).toEqual({});
  });

  it('go on when a section endpoint answers 404 (not on the plan): that section is named as not read', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES, ['/api/v2/attack-protection/brute-force-protection']);
    const run = await cli(['--live', '--format', 'json', '--fail-on', 'none', '--no-config'], credentials(api));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      findings: Finding[];
      notChecked: Array<{ unreadable: Array<{ section: string; reason: string }>; rulesNotRun: string[] }>;
    };
    expect(report.notChecked[0]!.unreadable).toContainEqual({
      section: 'attackProtection',
      reason: "the Management API answered 404 (not on this tenant's plan, or not set up)",
    });
    expect(report.notChecked[0]!.rulesNotRun).toContain('require-brute-force-protection');
    // The other sections were read and checked as before.
    expect(posture(run).join('\n')).toContain('strong-password-policy');
  });

  it('do not ask for a section the token may not read, name it as not read, and run none of its rules', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES.filter((scope) => scope !== 'read:attack_protection'));
    const run = await cli(['--live', '--format', 'json', '--fail-on', 'none', '--no-config'], credentials(api));
    expect(run.stderr).toBe('');
    expect(requestLines(api).filter((line) => line.includes('/attack-protection'))).toEqual([]);
    const report = JSON.parse(run.stdout) as {
      findings: Finding[];
      notChecked: Array<{ unreadable: Array<{ section: string; reason: string }>; rulesNotRun: string[] }>;
    };
    expect(report.notChecked[0]!.unreadable).toContainEqual({ section: 'attackProtection', reason: 'missing scope read:attack_protection' });
    expect(report.notChecked[0]!.rulesNotRun).toContain('require-brute-force-protection');
    expect(report.findings.filter((finding) => finding.entity?.kind === 'attackProtection')).toEqual([]);
    const text = await cli(['--live', '--fail-on', 'none', '--no-config'], credentials(api));
    expect(text.stdout.match(/attackProtection could not be read \(missing scope read:attack_protection\)/g)).toHaveLength(1);
  });

  it('read email templates one answer per template and event streams in checkpoint pages, and pull writes them without secrets', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES);
    const work = await mkdtemp(path.join(tmpdir(), 'a0lint-posture-pull-'));
    const run = await cli(['pull', '--live', '--out', 'pulled.json'], credentials(api), work);
    expect(run.code).toBe(0);
    const lines = requestLines(api);
    // Every template deploy-cli knows is asked for; the ones never customised answer 404 and are left out.
    expect(lines).toContain('GET /api/v2/email-templates/verify_email 200');
    expect(lines).toContain('GET /api/v2/email-templates/welcome_email 404');
    expect(lines).toContain('GET /api/v2/event-streams 200');
    const pulled = JSON.parse(await readFile(path.join(work, 'pulled.json'), 'utf8')) as Record<string, unknown>;
    expect(pulled.email_templates).toEqual([api.tenant.resources!['/api/v2/email-templates/verify_email']!.body]);
    expect(pulled.event_streams).toMatchObject([{ name: 'user-events', subscriptions: [{ event_type: 'user.created' }, { event_type: 'user.deleted' }] }]);
    expect(JSON.stringify(pulled)).not.toContain('fake-event-stream-token');
  });

  it('locate an email template value at the endpoint of that template', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES);
    const input = snapshotToInput(await readFake(api));
    expect(input.originOf('/email_templates/0/body')).toEqual({ source: { endpoint: 'GET /api/v2/email-templates/verify_email' }, pointer: '/body' });
    expect(input.originOf('/event_streams/0/destination')).toEqual({ source: { endpoint: 'GET /api/v2/event-streams' }, pointer: '/0/destination' });
  });

  // No rule reads these two sections yet, so the report has nothing to say about them; the read itself is checked.
  it('name email templates and event streams as not read without their scopes, and ask for neither', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES.filter((scope) => scope !== 'read:email_templates' && scope !== 'read:event_streams'));
    const snapshot = await readFake(api);
    expect(requestLines(api).filter((line) => line.includes('/email-templates') || line.includes('/event-streams'))).toEqual([]);
    expect(snapshot.unreadable?.get('emailTemplates')).toBe('missing scope read:email_templates');
    expect(snapshot.unreadable?.get('eventStreams')).toBe('missing scope read:event_streams');
    expect(Object.keys(snapshot.posture!)).not.toContain('email_templates');
    expect(Object.keys(snapshot.posture!)).not.toContain('event_streams');
  });

  it('name event streams (404: not on the plan) and email templates (a template refused with 403) as not read, never as empty', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES, ['/api/v2/event-streams']);
    api.fault = ({ path: requested }) => (requested === '/api/v2/email-templates/reset_email' ? { status: 403 } : undefined);
    const snapshot = await readFake(api);
    expect(snapshot.unreadable?.get('eventStreams')).toBe("the Management API answered 404 (not on this tenant's plan, or not set up)");
    expect(snapshot.unreadable?.get('emailTemplates')).toBe("the Management API answered 403 (not on this tenant's plan, or not set up)");
    expect(Object.keys(snapshot.posture!)).not.toContain('email_templates');
    expect(Object.keys(snapshot.posture!)).not.toContain('event_streams');
    // The other sections were read.
    expect(Object.keys(snapshot.posture!)).toContain('email_provider');
  });

  it('leave out async_approval when the feature is not enabled (403), as deploy-cli does, and read the other templates', async () => {
    const api = await fake(WHOLE_TENANT_SCOPES);
    api.fault = ({ path: requested }) => (requested === '/api/v2/email-templates/async_approval' ? { status: 403 } : undefined);
    const work = await mkdtemp(path.join(tmpdir(), 'a0lint-posture-pull-'));
    expect((await cli(['pull', '--live', '--out', 'pulled.json'], credentials(api), work)).code).toBe(0);
    const pulled = JSON.parse(await readFile(path.join(work, 'pulled.json'), 'utf8')) as { email_templates: Array<{ template: string }> };
    expect(pulled.email_templates.map((template) => template.template)).toEqual(['verify_email']);
  });
});
