import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/lint-files.js';

const ROOT = 'test/fixtures/terraform';

const summary = async (path: string): Promise<string[]> => {
  const result = await lintFiles([path]);
  expect(result.errors.map((error) => error.format())).toEqual([]);
  return result.findings.map((finding) => {
    const { file, startLine, startColumn } = finding.location!;
    return `${file.slice(ROOT.length + 1)}:${startLine}:${startColumn} ${finding.ruleId} ${finding.entity?.key ?? ''} ${finding.path}`;
  });
};

/** Realistic configurations in the shapes of public ones, each with the findings it must give (no more). */
describe('Terraform fixtures', () => {
  it('modules: inputs, count, for_each, dynamic scopes, and grants to the Management API built from a local', async () => {
    expect(await summary(`${ROOT}/modules`)).toEqual([
      // `scopes = each.value.scopes` in the module; the value comes from the for_each map in the root module.
      'modules/modules/api/main.tf:70:18 grant-scopes-defined Billing Admin|https://billing.example.com|user /scope/2',
      // count = length(var.management_api_scopes) > 0 ? 1 : 0 makes one grant.
      'modules/modules/m2m/main.tf:29:15 management-api-least-privilege Provisioning Job|https://acme.us.auth0.com/api/v2/|client /scope/1',
    ]);
  });

  it('v0.x provider: inline scopes, grant `scope`, token_endpoint_auth_method on the client, and an unknown variable', async () => {
    expect(await summary(`${ROOT}/v0`)).toEqual([
      'v0/main.tf:10:1 prefer-require-client-grant https://legacy.example.com /subject_type_authorization/user',
      'v0/main.tf:14:20 limit-token-lifetime https://legacy.example.com /token_lifetime',
      'v0/main.tf:31:33 no-implicit-grant Legacy Web /grant_types/0',
      'v0/main.tf:32:33 terraform-unknown-values Legacy Web /callbacks/0',
      'v0/main.tf:33:33 secure-redirect-urls Legacy Web /allowed_logout_urls/0',
      'v0/main.tf:44:55 no-password-grant Legacy Worker /grant_types/1',
      'v0/main.tf:50:31 grant-scopes-defined Legacy Worker|https://legacy.example.com|client /scope/1',
    ]);
  });
});
