import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintFiles } from '../helpers/lint-files.js';

const ROOT = 'test/fixtures/terraform/tenant-urls-and-databases';
const RULES = [
  'require-support-contact',
  'secure-tenant-urls',
  'supported-tenant-runtime',
  'no-external-user-store',
  'no-domain-level-connections',
  'prefer-passkeys',
  'verify-email-at-signup',
  'require-bot-detection',
  'no-disabled-security-emails',
];

/**
 * The tenant's support, login and runtime settings, its database connections, bot detection and email templates read
 * the same from deploy-cli YAML and from Terraform.
 */
describe('tenant URLs, runtime, database connections, bot detection and email templates as YAML and as Terraform', async () => {
  // Most of these rules are in strict only: each is turned on at its default severity.
  const rules = new Map(
    builtinRules.filter((rule) => RULES.includes(rule.meta.id)).map((rule) => [rule.meta.id, { severity: rule.meta.defaultSeverity }] as const),
  );
  const [yaml, terraform] = await Promise.all([lintFiles([`${ROOT}/tenant.yaml`], { rules }), lintFiles([`${ROOT}/tf`], { rules })]);
  const ours = (findings: typeof yaml.findings): typeof yaml.findings => findings.filter((finding) => RULES.includes(finding.ruleId));
  const identity = (finding: (typeof yaml.findings)[number]): string =>
    `${finding.ruleId} ${finding.severity} ${finding.entity?.kind} ${finding.entity?.key} ${finding.path} ${finding.fingerprint}`;

  it('gives the same findings, fingerprints included, one of each rule or more', () => {
    expect(yaml.errors).toEqual([]);
    expect(terraform.errors).toEqual([]);
    expect(ours(terraform.findings).map(identity).sort()).toEqual(ours(yaml.findings).map(identity).sort());
    expect([...new Set(ours(terraform.findings).map((finding) => finding.ruleId))].sort()).toEqual([...RULES].sort());
  });

  it('points each finding at the attribute in the .tf file', () => {
    const at = (ruleId: string, path: string): string => {
      const found = terraform.findings.find((finding) => finding.ruleId === ruleId && finding.path === path);
      expect(found, `${ruleId} at ${path}`).toBeDefined();
      const { file, startLine, startColumn } = found!.location!;
      return `${file}:${startLine}:${startColumn}`;
    };
    const main = `${ROOT}/tf/main.tf`;
    expect(at('require-support-contact', '/support_email')).toBe(`${main}:2:29`);
    expect(at('require-support-contact', '/support_url')).toBe(`${main}:3:29`);
    expect(at('secure-tenant-urls', '/default_redirection_uri')).toBe(`${main}:4:29`);
    expect(at('secure-tenant-urls', '/allowed_logout_urls/1')).toBe(`${main}:5:57`);
    expect(at('supported-tenant-runtime', '/sandbox_version')).toBe(`${main}:6:29`);
    expect(at('no-domain-level-connections', '/is_domain_connection')).toBe(`${main}:12:26`);
    expect(at('prefer-passkeys', '/options/authentication_methods/passkey/enabled')).toBe(`${main}:19:19`);
    expect(at('verify-email-at-signup', '/options/attributes/email/verification_method')).toBe(`${main}:24:31`);
    expect(at('no-external-user-store', '/options/enabledDatabaseCustomization')).toBe(`${main}:34:38`);
    expect(at('require-bot-detection', '/challenge_password_policy')).toBe(`${main}:42:39`);
    expect(at('require-bot-detection', '/monitoring_mode_enabled')).toBe(`${main}:45:39`);
    expect(at('no-disabled-security-emails', '/enabled')).toBe(`${main}:51:14`);
  });
});
