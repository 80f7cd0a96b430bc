import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/loaders/load-text.js';
import { lintInput } from '../../src/app/lint-input.js';
import { builtinRules } from '../../rules/index.js';
import { buildTenant } from '../../src/model/build-tenant.js';

const MANAGEMENT = '{"name": "Auth0 Management API", "identifier": "https://t.us.auth0.com/api/v2/", "is_system": true}';
const dump = (extra = ''): string =>
  `{${extra}"resource_servers": [${MANAGEMENT}], "client_grants": [{"client_id": "c1", "audience": "https://t.us.auth0.com/api/v2/", "scope": ["create:client_grants"]}]}`;

describe('the Management API, whatever the domain says', () => {
  it('is recognised by is_system and its /api/v2/ identifier when the given domain is a custom domain, and the mismatch is recorded', () => {
    const tenant = buildTenant(loadText('dump.json', dump(), 'api-dump'), { tenantDomain: 'login.example.com' });
    expect(tenant.resourceServers[0]!.isManagementApi).toBe(true);
    expect(tenant.clientGrants[0]!.toManagementApi).toBe(true);
    expect(tenant.domainMismatch).toEqual({ domain: 'login.example.com', domainSource: 'option', managementApis: ['https://t.us.auth0.com/api/v2/'] });
  });

  it("records the mismatch when the dump's own domain field holds the custom domain", () => {
    const tenant = buildTenant(loadText('dump.json', dump('"domain": "login.example.com", '), 'api-dump'));
    expect(tenant.domainMismatch?.domainSource).toBe('dump');
    expect(tenant.resourceServers[0]!.systemApi).toBe('management');
  });

  it('records nothing when the domain names the Management API, or when the data holds none (exports)', () => {
    expect(buildTenant(loadText('dump.json', dump(), 'api-dump'), { tenantDomain: 'T.us.auth0.com' }).domainMismatch).toBeUndefined();
    expect(buildTenant(loadText('dump.json', dump(), 'api-dump')).domainMismatch).toBeUndefined();
    const exported = loadText(
      'tenant.yaml',
      'clientGrants:\n  - client_id: App\n    audience: https://t.us.auth0.com/api/v2/\n    scope: [read:users]\n',
      'yaml',
    );
    expect(buildTenant(exported, { tenantDomain: 'login.example.com' }).domainMismatch).toBeUndefined();
  });

  it('keeps its grants under the critical-scope rule with a wrong domain', () => {
    const input = loadText('dump.json', dump(), 'api-dump');
    const findings = lintInput(input, { tenantDomain: 'login.example.com' }).findings;
    expect(findings.map((finding) => finding.ruleId)).toContain('management-api-least-privilege');
  });
});

describe('one verdict per place', () => {
  // What a user gets by default: strict-only hardening rules (sender constraining, say) tell stories of their own.
  const recommended = { rules: builtinRules.filter((rule) => rule.meta.preset !== 'strict') };
  const rulesAt = (code: string, format: 'yaml' | 'api-dump' = 'yaml'): Map<string, string[]> => {
    const places = new Map<string, string[]>();
    for (const finding of lintInput(loadText(format === 'yaml' ? 'tenant.yaml' : 'dump.json', code, format), recommended).findings) {
      const place = `${finding.entity?.key} ${finding.location?.startLine}:${finding.location?.startColumn}`;
      places.set(place, [...(places.get(place) ?? []), finding.ruleId]);
    }
    return places;
  };

  it("an API without an access policy gets prefer-require-client-grant's warning only", () => {
    expect([...rulesAt('resourceServers:\n  - name: Orders\n    identifier: https://orders.example.com\n').values()]).toEqual([
      ['prefer-require-client-grant'],
    ]);
  });

  it("an API without a user entry gets prefer-require-client-grant's warning only", () => {
    const code = '{"resource_servers": [{"identifier": "https://orders.example.com", "subject_type_authorization": {}}]}';
    expect([...rulesAt(code, 'api-dump').values()].flat()).toEqual(['prefer-require-client-grant']);
  });

  it('a machine-to-machine app with token_endpoint_auth_method none tells one story: public, so its grants are unusable', () => {
    const code =
      'clients:\n  - name: Worker\n    app_type: non_interactive\n    token_endpoint_auth_method: none\n    grant_types: [client_credentials]\n' +
      'resourceServers:\n  - name: Orders\n    identifier: https://orders.example.com\n    subject_type_authorization: {user: {policy: require_client_grant}, client: {policy: require_client_grant}}\n' +
      'clientGrants:\n  - client_id: Worker\n    audience: https://orders.example.com\n    scope: []\n';
    const findings = lintInput(loadText('tenant.yaml', code, 'yaml'), recommended).findings;
    expect(findings.map((finding) => `${finding.ruleId}`).sort()).toEqual(['confidential-client-auth', 'grant-matches-app-type']);
    for (const finding of findings) {
      expect(finding.message).toMatch(/public/);
      expect(finding.message).not.toMatch(/anyone who knows its client_id can (use it|get)/);
    }
    expect(findings.find((finding) => finding.ruleId === 'grant-matches-app-type')!.message).toContain('unusable');
    expect(findings.find((finding) => finding.ruleId === 'confidential-client-auth')!.message).toContain('cannot be used');
  });
});
