import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/lint-files.js';

const ROOT = 'test/fixtures/terraform/posture';

/** Tenant-wide settings (auth0_tenant, auth0_attack_protection) reach the posture rules as a deploy-cli export's do. */
describe('tenant posture as YAML and as Terraform', async () => {
  const [yaml, terraform] = await Promise.all([lintFiles([`${ROOT}/tenant.yaml`]), lintFiles([`${ROOT}/tf`])]);
  const identity = (finding: (typeof yaml.findings)[number]): string =>
    `${finding.ruleId} ${finding.severity} ${finding.entity?.kind} ${finding.entity?.key} ${finding.path} ${finding.fingerprint}`;

  it('gives the same posture findings, fingerprints included', () => {
    expect(yaml.errors).toEqual([]);
    expect(terraform.errors).toEqual([]);
    expect(terraform.findings.map(identity).sort()).toEqual(yaml.findings.map(identity).sort());
    expect(terraform.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'no-disabled-clickjack-protection',
      'no-open-dynamic-client-registration',
      'require-breached-password-detection',
      'require-brute-force-protection',
    ]);
  });

  it('points each finding at the attribute in the .tf file', () => {
    const at = (ruleId: string): string => {
      const { file, startLine, startColumn } = terraform.findings.find((finding) => finding.ruleId === ruleId)!.location!;
      return `${file}:${startLine}:${startColumn}`;
    };
    expect(at('require-brute-force-protection')).toBe(`${ROOT}/tf/main.tf:4:15`);
    expect(at('require-breached-password-detection')).toBe(`${ROOT}/tf/main.tf:8:15`);
    expect(at('no-open-dynamic-client-registration')).toBe(`${ROOT}/tf/main.tf:14:42`);
    expect(at('no-disabled-clickjack-protection')).toBe(`${ROOT}/tf/main.tf:15:44`);
  });
});
