import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/loaders/load.js';

const ROOT = 'test/fixtures/terraform/posture';

/** auth0_tenant, attack protection, guardian, connections, email, actions, log streams, domains and pages. */
describe('Terraform posture resources', async () => {
  const input = await loadInput(ROOT);
  const document = input.document as Record<string, unknown>;
  const where = (pointer: string): string => {
    const origin = input.originOf(pointer);
    const range = origin.source.locate?.(origin.pointer);
    return `${range?.file ?? origin.source.file}:${range?.startLine}:${range?.startColumn}`;
  };

  it("reads every section in deploy-cli's names and shapes", () => {
    expect(input.errors).toEqual([]);
    expect(Object.keys(document).sort()).toEqual([
      'actions',
      'attackProtection',
      'client_grants',
      'clients',
      'connections',
      'customDomains',
      'databases',
      'emailProvider',
      'guardianFactors',
      'guardianPolicies',
      'logStreams',
      'pages',
      'resource_servers',
      'tenant',
    ]);
    expect(document.tenant).toMatchObject({ session_lifetime: 720, flags: { enable_dynamic_client_registration: true } });
    expect(document.tenant).not.toHaveProperty('error_page');
    expect(document.attackProtection).toMatchObject({
      bruteForceProtection: { enabled: true, max_attempts: 10 },
      breachedPasswordDetection: { enabled: false },
    });
    expect(document.guardianFactors).toEqual([
      { name: 'email', enabled: false },
      { name: 'otp', enabled: true },
      { name: 'recovery-code', enabled: true },
      { name: 'webauthn-roaming', enabled: true },
    ]);
    expect(document.guardianPolicies).toEqual({ policies: ['all-applications'] });
    expect(document.databases).toEqual([
      {
        name: 'Users',
        strategy: 'auth0',
        options: { passwordPolicy: 'low', brute_force_protection: true, enabledDatabaseCustomization: false, password_history: { enable: true, size: 5 } },
      },
    ]);
    expect(document.connections).toEqual([{ name: 'google-oauth2', strategy: 'google-oauth2' }]);
    expect(document.actions).toMatchObject([
      { name: 'Add roles', runtime: 'node18', deployed: true, supported_triggers: [{ id: 'post-login', version: 'v3' }] },
    ]);
    expect(document.logStreams).toMatchObject([{ name: 'Datadog', type: 'datadog', status: 'paused' }]);
    expect(document.customDomains).toEqual([{ domain: 'login.acme.example', type: 'auth0_managed_certs' }]);
    expect(document.pages).toEqual([
      { name: 'error_page', html: '<p>{{ error_description }}</p>', show_log_link: false },
      { name: 'login', enabled: true, html: '<html><body>Login</body></html>' },
    ]);
  });

  it('a value only known at apply stays unknown where it stands', () => {
    expect(document.emailProvider).toMatchObject({ credentials: { access_key_id: '${var.ses_access_key_id}', region: 'eu-west-1' } });
    // Credentials come from variables on purpose: no note for them.
    expect(input.unknowns ?? []).toEqual([]);
  });

  it('locates each value at its attribute, across resources', () => {
    expect(where('/tenant/session_lifetime')).toBe(`${ROOT}/main.tf:6:29`);
    expect(where('/attackProtection/breachedPasswordDetection/enabled')).toBe(`${ROOT}/main.tf:31:15`);
    expect(where('/guardianFactors/1/enabled')).toBe(`${ROOT}/main.tf:43:19`);
    expect(where('/databases/0/options/passwordPolicy')).toBe(`${ROOT}/main.tf:57:38`);
    expect(where('/pages/0/html')).toBe(`${ROOT}/main.tf:17:21`);
    expect(where('/actions/0/runtime')).toBe(`${ROOT}/main.tf:90:13`);
  });
});
