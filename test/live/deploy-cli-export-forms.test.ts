/**
 * Every export form reads the whole export: the real deploy-cli exports one whole tenant (tenant settings,
 * connections, database scripts, email provider and templates, actions with code, rules, pages, log streams,
 * attack protection, MFA, custom domains, branding, ...) from the fake Management API as YAML and as a directory;
 * both read into the same document, and a0lint reports the same findings on both, each located in the file that
 * holds the value.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/engine/finding.js';
import { loadInput, type LoadedInput } from '../../src/loaders/load.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { WHOLE_TENANT_SCOPES, withWholeTenant } from '../fake-mgmt-api/whole-tenant.js';
import { deployCliExport } from '../helpers/deploy-cli.js';

const SECTIONS = [
  'tenant', 'resourceServers', 'clients', 'clientGrants', 'connections', 'databases', 'emailProvider', 'emailTemplates', 'actions', 'triggers',
  'rules', 'rulesConfigs', 'hooks', 'pages', 'logStreams', 'attackProtection', 'guardianFactors', 'guardianPolicies', 'customDomains',
  'networkACLs', 'branding',
];

let api: FakeApi;
let work: string;
let yaml: LoadedInput;
let directory: LoadedInput;

beforeAll(async () => {
  api = await startFakeApi({ tenant: (domain) => withWholeTenant(makeTenant(domain)), scopes: WHOLE_TENANT_SCOPES });
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
 * What deploy-cli itself writes differently in the two forms: list order (directory files come in name order) and
 * empty sections (a directory export has no file for them).
 */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, entry]) => !(Array.isArray(entry) && entry.length === 0));
  return Object.fromEntries(entries.map(([key, entry]) => [key, normalized(entry)]));
}

async function lint(target: string): Promise<Finding[]> {
  let stdout = '';
  let stderr = '';
  const code = await main([target, '--format', 'json', '--no-config'], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: work, env: {}, stdoutIsTTY: false });
  expect(stderr).toBe('');
  expect(code).toBeLessThan(2);
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

const identity = (finding: Finding): string =>
  `${finding.ruleId} ${finding.severity} ${finding.entity?.kind ?? '-'} ${finding.entity?.name ?? finding.entity?.key ?? '-'} ${finding.path}`;

describe('deploy-cli exports of one whole tenant, as YAML and as a directory', () => {
  it('read without errors into the same document, every section included', () => {
    expect(yaml.errors).toEqual([]);
    expect(directory.errors).toEqual([]);
    expect(normalized(directory.document)).toEqual(normalized(yaml.document));
    for (const section of ['tenant', 'connections', 'databases', 'emailProvider', 'emailTemplates', 'actions', 'rules', 'pages', 'logStreams', 'attackProtection', 'guardianFactors', 'customDomains']) {
      expect(Object.keys(directory.document), section).toContain(section);
    }
  });

  it('find the same keyword markers and literal secrets at the same document places, code files included', () => {
    const places = (input: LoadedInput): string[] => [
      ...input.markers.map((hit) => `${hit.marker} ${hit.document} ${hit.whole}`),
      ...input.secrets.map((hit) => `secret ${hit.field} ${hit.document}`),
    ].sort();
    expect(places(directory)).toEqual(places(yaml));
    expect(places(directory)).toContain('##LEGACY_DB_URL## /databases/0/options/customScripts/login false');
    expect(places(directory)).toContain('secret smtp_pass /emailProvider/credentials/smtp_pass');
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
    expect(directoryFindings.find((finding) => finding.ruleId === 'no-secrets-in-config')?.location).toMatchObject({ file: 'dir/emails/provider.json', startLine: 9 });
  });
});
