/**
 * Every export form reads the whole export: the real deploy-cli exports one whole tenant (tenant settings,
 * connections, database scripts, email provider and templates, actions with code, rules, pages, log and event
 * streams, attack protection, MFA, custom domains, branding, ...) from the fake Management API as YAML and as a
 * directory; both read into the same document, and a0lint reports the same findings on both, each located in the
 * file that holds the value. The same tenant pulled into an API dump (`a0lint pull`) and read live gives the same
 * posture findings as both exports; where the forms differ, the difference is asserted with its reason.
 * deploy-cli runs once per test run: every test here lints the same two exports.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/engine/finding.js';
import { loadInput, type LoadedInput } from '../../src/loaders/load.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant, type FakeTenant } from '../fake-mgmt-api/tenant.js';
import { WHOLE_TENANT_SCOPES, withWholeTenant } from '../fake-mgmt-api/whole-tenant.js';
import { deployCliExport } from '../helpers/deploy-cli.js';
import { identityByClientName } from '../helpers/finding-identity.js';
import { FAST } from './helpers.js';

const SECTIONS = [
  'tenant',
  'resourceServers',
  'clients',
  'clientGrants',
  'connections',
  'databases',
  'emailProvider',
  'emailTemplates',
  'actions',
  'triggers',
  'rules',
  'rulesConfigs',
  'hooks',
  'pages',
  'logStreams',
  'eventStreams',
  'attackProtection',
  'guardianFactors',
  'guardianPolicies',
  'customDomains',
  'networkACLs',
  'branding',
  'prompts',
  'forms',
  'flows',
];

let api: FakeApi;
let work: string;
let yaml: LoadedInput;
let directory: LoadedInput;

beforeAll(async () => {
  api = await startFakeApi({ tenant: fourFormTenant, scopes: WHOLE_TENANT_SCOPES });
  work = await mkdtemp(path.join(tmpdir(), 'a0lint-export-forms-'));
  await Promise.all([
    deployCliExport(api, 'yaml', path.join(work, 'yaml'), work, SECTIONS),
    deployCliExport(api, 'directory', path.join(work, 'dir'), work, SECTIONS),
  ]);
  [yaml, directory] = await Promise.all([loadInput('yaml/tenant.yaml', { cwd: work }), loadInput('dir', { cwd: work })]);
}, 120_000);
afterAll(async () => {
  await api.close();
});

/**
 * The whole fake tenant with a careless setting in most posture sections, so that the forms are compared on many
 * rules; and what deploy-cli leaves out of every export, made visible: the Management API lets every application get
 * user tokens for it (allow_all), and the application deploy-cli runs as (the audit client here) may create grants.
 */
function fourFormTenant(domain: string): FakeTenant {
  const tenant = withWholeTenant(makeTenant(domain));
  const body = (endpoint: string): Record<string, unknown> => tenant.resources![endpoint]!.body as Record<string, unknown>;
  const items = (endpoint: string): Array<Record<string, unknown>> => tenant.resources![endpoint]!.body as Array<Record<string, unknown>>;
  Object.assign(body('/api/v2/tenants/settings'), {
    session_lifetime: 720,
    default_audience: 'https://api-0.example.com/',
    error_page: { html: '<!DOCTYPE html>\n<html><body><p>{{ error_description }}</p></body></html>\n', show_log_link: false, url: '' },
  });
  (body('/api/v2/tenants/settings').flags as Record<string, unknown>).enable_dynamic_client_registration = true;
  tenant.resources!['/api/v2/guardian/policies'] = { ...tenant.resources!['/api/v2/guardian/policies']!, body: [] };
  items('/api/v2/rules')[0]!.enabled = true;
  items('/api/v2/log-streams')[0]!.status = 'paused';
  Object.assign(body('/api/v2/attack-protection/suspicious-ip-throttling'), { shields: ['admin_notification'] });
  const [action] = items('/api/v2/actions/actions');
  action!.code = `const CRM_API_KEY = "c4f8e2a9b7d1e0f3";\n${action!.code as string}`;
  const management = tenant.resource_servers.find((server) => server.is_system === true)!;
  management.subject_type_authorization = { user: { policy: 'allow_all' }, client: { policy: 'require_client_grant' } };
  const own = tenant.client_grants.find((grant) => grant.client_id === tenant.clients[0]!.client_id)!;
  own.scope = [...(own.scope as string[]), 'create:client_grants'];
  return tenant;
}

/**
 * What deploy-cli itself writes differently in the two forms: list order (directory files come in name order) and
 * empty sections (a directory export has no file for them).
 */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, entry]) => !(Array.isArray(entry) && entry.length === 0));
  return Object.fromEntries(entries.map(([key, entry]) => [key, normalized(entry)]));
}

interface Report {
  findings: Finding[];
  notChecked?: unknown;
  summary: { partialExports?: { inputs: string[] } };
}

async function report(args: readonly string[], env: Record<string, string> = {}, config: readonly string[] = ['--no-config']): Promise<Report> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--format', 'json', ...config], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: work,
    env,
    stdoutIsTTY: false,
  });
  expect(stderr).toBe('');
  expect(code).toBeLessThan(2);
  return JSON.parse(stdout) as Report;
}

async function lint(target: string): Promise<Finding[]> {
  return (await report([target])).findings;
}

const identity = (finding: Finding): string =>
  `${finding.ruleId} ${finding.severity} ${finding.entity?.kind ?? '-'} ${finding.entity?.name ?? finding.entity?.key ?? '-'} ${finding.path}`;

describe('deploy-cli exports of one whole tenant, as YAML and as a directory', () => {
  it('read without errors into the same document, every section included', () => {
    expect(yaml.errors).toEqual([]);
    expect(directory.errors).toEqual([]);
    expect(normalized(directory.document)).toEqual(normalized(yaml.document));
    for (const section of [
      'tenant',
      'connections',
      'databases',
      'emailProvider',
      'emailTemplates',
      'actions',
      'rules',
      'pages',
      'logStreams',
      'attackProtection',
      'guardianFactors',
      'customDomains',
    ]) {
      expect(Object.keys(directory.document), section).toContain(section);
    }
  });

  it('find the same keyword markers and literal secrets at the same document places, code files included', () => {
    const places = (input: LoadedInput): string[] =>
      [
        ...input.markers.map((hit) => `${hit.marker} ${hit.document} ${hit.whole}`),
        ...input.secrets.map((hit) => `secret ${hit.field} ${hit.document}`),
      ].sort();
    expect(places(directory)).toEqual(places(yaml));
    expect(places(directory)).toContain('##LEGACY_DB_URL## /databases/0/options/customScripts/login false');
    expect(places(directory)).toContain('secret smtp_pass /emailProvider/credentials/smtp_pass');
    // In files a YAML export names too: a flow's body file, a prompt partial's template.
    expect(places(yaml).filter((place) => place.includes('/flows/') || place.includes('/prompts/'))).toEqual([
      '##LOGIN_NOTICE## /prompts/partials/login/login/form-content-start false',
      'secret api_key /flows/0/actions/0/params/body/api_key',
    ]);
  });

  it('hold code and HTML as text, in both forms', () => {
    for (const input of [yaml, directory]) {
      const [action] = input.document.actions as Array<{ code: string }>;
      expect(action!.code).toContain('exports.onExecutePostLogin');
      const [database] = input.document.databases as Array<{ options: { customScripts: Record<string, string> } }>;
      expect(database!.options.customScripts.login).toContain('function login(');
      expect((input.document.pages as Array<{ html: string }>)[0]!.html).toContain('<html>');
    }
  });

  it('locate every value of the directory export in the file that holds it', () => {
    const fileOf = (pointer: string): string | undefined => directory.originOf(pointer).source.file;
    expect(fileOf('/tenant/friendly_name')).toBe('dir/tenant.json');
    expect(fileOf('/emailProvider/credentials/smtp_pass')).toBe('dir/emails/provider.json');
    expect(fileOf('/attackProtection/captcha/recaptcha_v2/site_key')).toBe('dir/attack-protection/captcha.json');
    expect(fileOf('/actions/0/code')).toBe('dir/actions/Add roles/code.js');
    expect(fileOf('/actions/0/runtime')).toBe('dir/actions/Add roles.json');
    expect(fileOf('/databases/0/options/customScripts/login')).toBe('dir/database-connections/Username-Password-Authentication/login.js');
    expect(fileOf('/emailTemplates/0/body')).toBe('dir/emails/verify_email.html');
    expect(fileOf('/prompts/partials/login/login/form-content-start')).toBe('dir/prompts/partials/login/login/form-content-start.liquid');
    expect(fileOf('/flows/0/actions/0/params/body/api_key')).toBe('dir/flows/Sync to CRM.json');
    expect(yaml.originOf('/flows/0/actions/0/params/body/api_key').source.file).toBe('yaml/flows/Sync to CRM.json');
    expect(yaml.originOf('/forms/0/nodes/0/config').source.file).toBe('yaml/forms/Progressive profile.json');
    expect(directory.originOf('/logStreams/0/sink/datadogApiKey')).toMatchObject({ pointer: '/sink/datadogApiKey' });
    const login = directory.originOf('/databases/0/options/customScripts/login').source.locate!('', 'function login(');
    expect(login).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 16 });
  });

  it('give the same findings, each located inside the export, those outside clients, APIs and grants included', async () => {
    const [yamlFindings, directoryFindings] = await Promise.all([lint('yaml/tenant.yaml'), lint('dir')]);
    expect(directoryFindings.map(identity).sort()).toEqual(yamlFindings.map(identity).sort());
    for (const finding of directoryFindings) {
      expect(finding.location?.file).toMatch(/^dir\/.+\.(json|js|html)$/);
      expect(finding.location?.startLine).toBeGreaterThan(0);
    }
    // The literal SMTP password deploy-cli kept: read from emails/provider.json, as from the YAML export.
    expect(directoryFindings.find((finding) => finding.ruleId === 'no-secrets-in-config')?.location).toMatchObject({
      file: 'dir/emails/provider.json',
      startLine: 9,
    });
  });
});

const CORE_KINDS = new Set(['resourceServer', 'client', 'clientGrant']);
const isPosture = (finding: Finding): boolean => finding.entity !== undefined && !CORE_KINDS.has(finding.entity.kind);
/** A posture finding whole: rule, severity, entity, place and fingerprint (the same in every form). */
const postureIdentity = (finding: Finding): string =>
  `${finding.ruleId} ${finding.severity} ${finding.entity!.kind} ${finding.entity!.key} ${finding.path} ${finding.fingerprint}`;
const sorted = (findings: readonly Finding[], identity: (finding: Finding) => string): string[] => findings.map(identity).sort();

describe('one whole tenant in four forms: the YAML and directory exports, an a0lint pull dump and a live read', () => {
  const forms: Record<'yaml' | 'directory' | 'dump' | 'live', Report> = {} as never;

  beforeAll(async () => {
    const live = {
      A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST),
      AUTH0_DOMAIN: api.domain,
      AUTH0_CLIENT_ID: api.clientId,
      AUTH0_CLIENT_SECRET: api.clientSecret,
      NODE_EXTRA_CA_CERTS: api.caFile,
    };
    let stderr = '';
    const pulled = await main(['pull', '--live', '--out', 'pulled.json'], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      cwd: work,
      env: live,
      stdoutIsTTY: false,
    });
    expect(pulled, stderr).toBe(0);
    // Every rule runs (strict), the strict-only posture rules included.
    await writeFile(path.join(work, 'strict.yml'), 'extends: [strict]\n');
    const strict = ['--config', 'strict.yml'];
    [forms.yaml, forms.directory, forms.dump, forms.live] = await Promise.all([
      report(['yaml/tenant.yaml'], {}, strict),
      report(['dir'], {}, strict),
      report(['pulled.json'], {}, strict),
      report(['--live'], live, strict),
    ]);
  }, 60_000);

  it('read every posture section in every form: none is named as not checked', () => {
    for (const [form, result] of Object.entries(forms)) expect(result.notChecked, form).toBeUndefined();
  });

  it('give the same posture findings, fingerprints included', () => {
    const posture = sorted(forms.yaml.findings.filter(isPosture), postureIdentity);
    // The comparison means something only if the rules of many sections fire.
    expect([...new Set(forms.yaml.findings.filter(isPosture).map((finding) => finding.ruleId))]).toEqual(
      expect.arrayContaining([
        'limit-session-lifetime',
        'no-default-audience',
        'no-open-dynamic-client-registration',
        'require-mfa',
        'no-legacy-rules-and-hooks',
        'no-secrets-in-code',
        'require-breached-password-detection',
        'require-suspicious-ip-throttling',
        'require-log-streams',
        'safe-error-page',
        'strong-password-policy',
        'supported-action-runtime',
      ]),
    );
    for (const form of ['directory', 'dump', 'live'] as const) expect(sorted(forms[form].findings.filter(isPosture), postureIdentity), form).toEqual(posture);
  });

  it('differ only where the forms do, each difference for its reason', () => {
    const identity = (finding: Finding): string => `${identityByClientName(finding)} ${finding.severity}`;
    const exported = new Set(forms.yaml.findings.map(identity));
    const read = new Set(forms.live.findings.map(identity));
    // The exports and the tenant agree on everything else, applications, APIs and grants included (by client name:
    // exports name clients, dumps and live reads key them by client_id, so those fingerprints differ by design).
    expect(sorted(forms.directory.findings, identity)).toEqual(sorted(forms.yaml.findings, identity));
    expect(sorted(forms.dump.findings, identity)).toEqual(sorted(forms.live.findings, identity));
    // Only the exports: literal secrets written in the export's files (the SMTP password, a flow's API key). The
    // tenant keeps its own secrets where they belong, and neither a live read nor a pulled dump ever holds one.
    expect(
      forms.yaml.findings
        .filter((finding) => !read.has(identity(finding)))
        .map(identity)
        .sort(),
    ).toEqual(['no-secrets-in-config - - /emailProvider/credentials/smtp_pass error', 'no-secrets-in-config - - /flows/0/actions/0/params/body/api_key error']);
    expect(readFileSync(path.join(work, 'pulled.json'), 'utf8')).not.toContain('fake-smtp-password');
    // Only the tenant: deploy-cli never exports the Management API itself (its allow_all user policy) nor the grants
    // of the application it runs as (here the audit client, which may create grants).
    const auditClient = api.tenant.clients[0]!.name as string;
    expect(
      forms.live.findings
        .filter((finding) => !exported.has(identity(finding)))
        .map(identity)
        .sort(),
    ).toEqual(
      [
        `management-api-user-access resourceServer https://${api.domain}/api/v2/ /subject_type_authorization/user/policy error`,
        `management-api-least-privilege clientGrant ${auditClient}|https://${api.domain}/api/v2/|client /scope/3 error`,
      ].sort(),
    );
    // So each export says it is partial, and the tenant's own forms do not.
    expect(forms.yaml.summary.partialExports?.inputs).toEqual(['yaml/tenant.yaml']);
    expect(forms.directory.summary.partialExports?.inputs).toEqual(['dir']);
    expect(forms.dump.summary.partialExports).toBeUndefined();
    expect(forms.live.summary.partialExports).toBeUndefined();
  });
});
