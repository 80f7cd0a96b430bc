import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/lint-files.js';
import { EXPORT_KEYS } from '../../src/loaders/directory-layout.js';
import { InputError } from '../../src/shared/errors.js';
import { loadInput } from '../../src/loaders/load.js';
import { loadText } from '../../src/loaders/load-text.js';

/** Writes a directory export from `relative path → content` (objects as deploy-cli writes JSON). */
async function exportFolder(files: Record<string, unknown>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'a0lint-directory-'));
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return root;
}

describe('a directory export is read whole', () => {
  it('reads every section into the YAML export shape, code in its own files', async () => {
    const root = await exportFolder({
      'tenant.json': { friendly_name: 'Shop', session_lifetime: 168 },
      'connections/google.json': { name: 'google-oauth2', strategy: 'google-oauth2', options: { client_id: 'x.apps.googleusercontent.com' } },
      'connections/email.json': { name: 'email', strategy: 'email', options: { email: { body: './email.html' } } },
      'connections/email.html': '<p>{{ code }}</p>\n',
      'database-connections/Users/database.json': {
        name: 'Users',
        strategy: 'auth0',
        options: { customScripts: { login: './login.js', not_a_script: './x.js' } },
      },
      'database-connections/Users/login.js': 'function login(email, password, callback) {\n  callback(null);\n}\n',
      'actions/Enrich.json': { name: 'Enrich', code: './actions/Enrich/code.js', runtime: 'node22' },
      'actions/Enrich/code.js': 'exports.onExecutePostLogin = async () => {};\n',
      'rules/Old.json': { name: 'Old', script: './Old.js', enabled: true },
      'rules/Old.js': 'function (user, context, callback) { callback(null, user, context); }\n',
      'hooks/Pre.json': { name: 'Pre', script: './Pre.js', triggerId: 'pre-user-registration' },
      'hooks/Pre.js': 'module.exports = function (user, context, cb) { cb(); };\n',
      'pages/login.json': { name: 'login', enabled: true },
      'pages/login.html': '<html></html>\n',
      'pages/error_page.json': { name: 'error_page', url: 'https://example.com/error' },
      'emails/provider.json': { name: 'sendgrid', enabled: true, credentials: { api_key: '##SENDGRID_API_KEY##' } },
      'emails/welcome_email.json': { template: 'welcome_email', enabled: true, subject: 'Hi' },
      'emails/welcome_email.html': '<p>Welcome</p>\n',
      'attack-protection/brute-force-protection.json': { enabled: true, shields: ['block'] },
      'attack-protection/captcha.json': { active_provider_id: 'auth_challenge' },
      'guardian/factors/otp.json': { name: 'otp', enabled: true },
      'guardian/policies.json': { policies: ['all-applications'] },
      'log-streams/Splunk.json': { name: 'Splunk', type: 'splunk', status: 'active' },
      'custom-domains/custom-domains.json': [{ domain: 'login.example.com', type: 'auth0_managed_certs' }],
      'network-acls/Block.json': { description: 'Block', active: true, priority: 1 },
      'branding/branding.json': { colors: { primary: '#000000' } },
      'branding/templates/universal_login.json': { template: 'universal_login', body: '../../branding/templates/universal_login.html' },
      'branding/templates/universal_login.html': '<html>{%- auth0:widget -%}</html>\n',
      'triggers/triggers.json': { 'post-login': [{ action_name: 'Enrich', display_name: 'Enrich' }] },
      'README.md': 'not read: deploy-cli reads no such file',
    });
    const input = await loadInput('.', { cwd: root });
    expect(input.errors.map((error) => error.format())).toEqual([]);
    /* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument -- walks a fixture written above */
    const document = input.document as Record<string, any>;
    expect(document.tenant).toEqual({ friendly_name: 'Shop', session_lifetime: 168 });
    expect(document.connections.map((connection: { name: string }) => connection.name)).toEqual(['email', 'google-oauth2']);
    expect(document.connections[0].options.email.body).toBe('<p>{{ code }}</p>\n');
    expect(document.databases[0].options.customScripts).toEqual({
      login: 'function login(email, password, callback) {\n  callback(null);\n}\n',
      not_a_script: './x.js',
    });
    expect(document.actions[0].code).toBe('exports.onExecutePostLogin = async () => {};\n');
    expect(document.rules[0].script).toContain('function (user');
    expect(document.hooks[0].script).toContain('module.exports');
    expect(document.pages).toEqual([
      { name: 'error_page', url: 'https://example.com/error', html: '' },
      { name: 'login', enabled: true, html: '<html></html>\n' },
    ]);
    expect(document.emailProvider.name).toBe('sendgrid');
    expect(document.emailTemplates[0].body).toBe('<p>Welcome</p>\n');
    expect(Object.keys(document.attackProtection)).toEqual(['bruteForceProtection', 'captcha']);
    expect(document.guardianFactors).toEqual([{ name: 'otp', enabled: true }]);
    expect(document.guardianPolicies).toEqual({ policies: ['all-applications'] });
    expect(document.customDomains[0].domain).toBe('login.example.com');
    expect(document.networkACLs).toHaveLength(1);
    expect(document.branding.templates[0].body).toContain('auth0:widget');
    expect(document.triggers['post-login'][0].action_name).toBe('Enrich');
    /* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument */
    const file = (pointer: string): string | undefined => input.originOf(pointer).source.file;
    expect(file('/databases/0/options/customScripts/login')).toBe('database-connections/Users/login.js');
    expect(file('/databases/0/options/customScripts/not_a_script')).toBe('database-connections/Users/database.json');
    expect(file('/branding/templates/0/body')).toBe('branding/templates/universal_login.html');
    expect(file('/attackProtection/bruteForceProtection/shields/0')).toBe('attack-protection/brute-force-protection.json');
    expect(input.originOf('/attackProtection/bruteForceProtection/shields/0').pointer).toBe('/shields/0');
  });

  it('a directory holding only other sections is still an export; one holding none of them is not', async () => {
    const onlyTenant = await exportFolder({ 'tenant.json': { friendly_name: 'Shop' } });
    expect((await loadInput(onlyTenant)).document).toEqual({ tenant: { friendly_name: 'Shop' } });
    const notAnExport = await exportFolder({ 'README.md': '# docs', 'src/index.ts': 'export {};\n' });
    await expect(loadInput(notAnExport)).rejects.toThrow(/not a deploy-cli directory export/);
  });

  it('a named file that is missing or outside the export is an error at the value that names it; the rest is read', async () => {
    const root = await exportFolder({
      'actions/Gone.json': { name: 'Gone', code: './actions/Gone/code.js' },
      'rules/Escape.json': { name: 'Escape', script: '../../../etc/hostname' },
      'clients/Shop.json': { name: 'Shop', app_type: 'spa', custom_login_page: '<html>inline, not a file name</html>' },
    });
    const input = await loadInput('.', { cwd: root });
    expect(input.errors.map((error) => error.format())).toEqual([
      'actions/Gone.json:3:11: cannot read actions/Gone/code.js, which "code" names: no such file or folder',
      'rules/Escape.json:3:13: "script" names a file outside the export (../../../etc/hostname); a0lint reads only files inside it',
    ]);
    expect((input.document.clients as Array<{ custom_login_page: string }>)[0]!.custom_login_page).toBe('<html>inline, not a file name</html>');
  });

  it('literal secrets and markers anywhere in it are found where they stand, with the same path as in YAML', async () => {
    const root = await exportFolder({
      'connections/github.json': { name: 'github', strategy: 'github', options: { client_id: 'Iv1.abc', client_secret: 'a-literal-connection-secret' } },
      'emails/provider.json': { name: 'smtp', credentials: { smtp_host: 'smtp.example.com', smtp_user: 'mailer', smtp_pass: 'a-literal-smtp-password' } },
    });
    const { findings } = await lintFiles(['.'], { cwd: root });
    expect(findings.map((finding) => [finding.path, finding.location?.file, finding.location?.startLine, finding.location?.startColumn])).toEqual([
      ['/connections/0/options/client_secret', 'connections/github.json', 6, 22],
      ['/emailProvider/credentials/smtp_pass', 'emails/provider.json', 6, 18],
    ]);
  });
});

describe('a YAML export reads the files it names, as deploy-cli does', () => {
  it('code, scripts and HTML beside tenant.yaml become the values, located in their own files', async () => {
    const root = await exportFolder({
      'tenant.yaml': [
        'actions:',
        '  - name: Enrich',
        '    code: ./actions/Enrich/code.js',
        'databases:',
        '  - name: Users',
        '    options:',
        '      customScripts:',
        '        login: ./databases/Users/login.js',
        'rules:',
        '  - name: Gone',
        '    script: ./rules/Gone.js',
        '',
      ].join('\n'),
      'actions/Enrich/code.js': "exports.onExecutePostLogin = async () => {\n  const url = '##ENRICH_URL##';\n};\n",
      'databases/Users/login.js': 'function login(email, password, callback) {}\n',
    });
    const input = await loadInput('tenant.yaml', { cwd: root, mappings: { ENRICH_URL: 'https://enrich.example.com' } });
    /* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- walks a fixture written above */
    const document = input.document as Record<string, any>;
    expect(document.actions[0].code).toContain("const url = 'https://enrich.example.com';");
    expect(document.databases[0].options.customScripts.login).toBe('function login(email, password, callback) {}\n');
    /* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access */
    expect(input.originOf('/actions/0/code').source.file).toBe('actions/Enrich/code.js');
    expect(input.originOf('/actions/0/name')).toMatchObject({ source: { file: 'tenant.yaml' }, pointer: '/actions/0/name' });
    expect(input.errors.map((error) => error.format())).toEqual(['tenant.yaml:11:13: cannot read rules/Gone.js, which "script" names: no such file or folder']);
  });
});

describe('a named file that cannot be read leaves its code unread, not empty', () => {
  // A tenant whose only MFA requirement sits in a rule's code: the policy alone never asks for a second factor.
  const tenantYaml = [
    'rules:',
    '  - name: Require MFA for admins',
    '    script: ./rules/Require MFA for admins.js',
    '    stage: login_success',
    '    enabled: true',
    '    order: 1',
    'guardianFactors:',
    '  - name: otp',
    '    enabled: true',
    'guardianPolicies:',
    '  policies: []',
    '',
  ].join('\n');
  const mfaFindings = async (files: Record<string, unknown>): Promise<{ messageIds: string[]; errors: string[] }> => {
    const { findings, errors } = await lintFiles(['tenant.yaml'], {
      cwd: await exportFolder(files),
      rules: new Map([['require-mfa', { severity: 'warning' }]]),
    });
    return {
      messageIds: findings.filter((finding) => finding.ruleId === 'require-mfa').map((finding) => finding.messageId),
      errors: errors.map((error) => error.format()),
    };
  };

  it('a missing script is an input error and no rule judges the file name as code', async () => {
    const { messageIds, errors } = await mfaFindings({ 'tenant.yaml': tenantYaml });
    expect(errors).toEqual(['tenant.yaml:3:13: cannot read rules/Require MFA for admins.js, which "script" names: no such file or folder']);
    expect(messageIds).toEqual([]);
  });

  it('the same script read from disk is judged by what it does', async () => {
    const asks = "function (user, context, callback) {\n  context.multifactor = { provider: 'any' };\n  callback(null, user, context);\n}\n";
    const silent = 'function (user, context, callback) {\n  callback(null, user, context);\n}\n';
    expect(await mfaFindings({ 'tenant.yaml': tenantYaml, 'rules/Require MFA for admins.js': asks })).toEqual({ messageIds: [], errors: [] });
    const { messageIds } = await mfaFindings({ 'tenant.yaml': tenantYaml, 'rules/Require MFA for admins.js': silent });
    expect(messageIds).toEqual(['neverAsks']);
  });
});

describe('forms, flows and prompts are read from the files deploy-cli writes for them', () => {
  it('YAML: forms and flows from their body files, screen renderers from their settings files, each located there', async () => {
    const root = await exportFolder({
      'tenant.yaml': [
        'forms:',
        '  - name: Profile',
        '    body: ./forms/Profile.json',
        'flows:',
        '  - name: Sync',
        '    body: ./flows/Sync.json',
        '  - name: Gone',
        '    body: ./flows/Gone.json',
        'prompts:',
        '  identifier_first: true',
        '  screenRenderers:',
        '    - login-id:',
        '        login-id: ./prompts/screenRenderSettings/login-id_login-id.json',
        '',
      ].join('\n'),
      'forms/Profile.json': { name: 'Profile', nodes: [{ id: 'step_1', type: 'STEP' }] },
      'flows/Sync.json': { name: 'Sync', actions: [{ id: 'crm', type: 'HTTP', params: { body: { api_key: 'a-literal-crm-key' } } }] },
      'prompts/screenRenderSettings/login-id_login-id.json': {
        prompt: 'login-id',
        screen: 'login-id',
        rendering_mode: 'advanced',
        head_tags: [{ tag: 'script', attributes: { src: '##RENDER_URL##' } }],
      },
    });
    const input = await loadInput('tenant.yaml', { cwd: root });
    expect(input.document.forms).toEqual([{ name: 'Profile', nodes: [{ id: 'step_1', type: 'STEP' }] }]);
    expect(input.document.flows).toEqual([
      { name: 'Sync', actions: [{ id: 'crm', type: 'HTTP', params: { body: { api_key: 'a-literal-crm-key' } } }] },
      { name: 'Gone', body: './flows/Gone.json' },
    ]);
    expect((input.document.prompts as { screenRenderers: unknown[] }).screenRenderers).toEqual([
      { prompt: 'login-id', screen: 'login-id', rendering_mode: 'advanced', head_tags: [{ tag: 'script', attributes: { src: '##RENDER_URL##' } }] },
    ]);
    expect(input.secrets.map((hit) => [hit.document, hit.origin.source.file])).toEqual([['/flows/0/actions/0/params/body/api_key', 'flows/Sync.json']]);
    expect(input.markers.map((hit) => [hit.document, hit.origin.source.file])).toEqual([
      ['/prompts/screenRenderers/0/head_tags/0/attributes/src', 'prompts/screenRenderSettings/login-id_login-id.json'],
    ]);
    expect(input.originOf('/forms/0/nodes/0/type').source.file).toBe('forms/Profile.json');
    expect(input.errors.map((error) => error.format())).toEqual(['tenant.yaml:8:11: cannot read flows/Gone.json, which "body" names: no such file or folder']);
  });

  it('directory: prompt partials from the templates partials.json names, in the shape YAML holds them, located in each template', async () => {
    const root = await exportFolder({
      'prompts/prompts.json': { identifier_first: true },
      'prompts/partials.json': {
        login: [
          {
            login: [
              { name: 'form-content-start', template: 'partials/login/login/form-content-start.liquid' },
              { name: 'form-content-end', template: 'partials/login/login/gone.liquid' },
            ],
          },
        ],
      },
      'prompts/partials/login/login/form-content-start.liquid': '\n<div>Welcome, ##NOTICE##</div>\n',
    });
    const input = await loadInput('.', { cwd: root });
    expect(input.errors).toEqual([]);
    // deploy-cli trims each template, and reads a missing one as empty.
    expect((input.document.prompts as { partials: unknown }).partials).toEqual({
      login: { login: { 'form-content-start': '<div>Welcome, ##NOTICE##</div>', 'form-content-end': '' } },
    });
    const [marker] = input.markers;
    expect(marker).toMatchObject({ marker: '##NOTICE##', document: '/prompts/partials/login/login/form-content-start' });
    expect(marker!.origin.source.file).toBe('prompts/partials/login/login/form-content-start.liquid');
    expect(marker!.origin.source.locate!('', '##NOTICE##')).toMatchObject({ startLine: 2, startColumn: 15 });
  });
});

describe('a YAML file that is no export is refused, and keys deploy-cli ignores are errors', () => {
  const errorOf = (text: string): string => {
    try {
      loadText('tenant.yaml', text, 'yaml');
    } catch (error) {
      if (error instanceof InputError) return error.format();
      throw error;
    }
    return 'no error';
  };

  it('a workflow file, an empty file or a list is no export', () => {
    expect(errorOf('name: CI\non:\n  push:\njobs:\n  lint:\n    runs-on: ubuntu-latest\n')).toBe(
      'tenant.yaml:1:7: not a deploy-cli export: it holds top-level keys "name", "on", "jobs", and none that deploy-cli reads (tenant, clients, resourceServers, clientGrants, connections, ...)',
    );
    expect(errorOf('')).toBe('tenant.yaml:1:1: not a deploy-cli export: the file holds no YAML document');
    expect(errorOf('# only a comment\n')).toBe('tenant.yaml:1:1: not a deploy-cli export: the file holds no YAML document');
    expect(errorOf('client:\n  - name: Shop\n')).toMatch(
      /^tenant\.yaml:1:1: not a deploy-cli export: it holds top-level key "client" \(did you mean "clients"\?\)/,
    );
  });

  it('an unknown key beside known ones is an error at the key, with a suggestion, and the rest is linted', () => {
    const input = loadText('tenant.yaml', 'clients:\n  - name: Shop\nresourceServer:\n  - identifier: https://api.example.com\n', 'yaml');
    expect(input.errors.map((error) => error.format())).toEqual([
      'tenant.yaml:3:1: unknown top-level key "resourceServer" (did you mean "resourceServers"?): deploy-cli ignores it, so nothing under it is deployed or linted',
    ]);
    expect(input.clients).toHaveLength(1);
  });

  it('knows exactly the keys deploy-cli reads', () => {
    const handlers = createRequire(import.meta.url)('auth0-deploy-cli/lib/context/yaml/handlers') as { default: Record<string, unknown> };
    expect([...EXPORT_KEYS].sort()).toEqual(Object.keys(handlers.default).sort());
  });
});
