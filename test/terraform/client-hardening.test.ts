import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/lint-files.js';

const ROOT = 'test/fixtures/terraform/client-hardening';
const RULES = [
  'require-pushed-authorization-requests',
  'require-signed-authorization-requests',
  'require-sender-constraining',
  'require-backchannel-logout',
  'require-custom-domain',
  'require-network-acls',
];

/** PAR, JAR (set on auth0_client_credentials), proof of possession, back-channel logout, custom domains and network ACLs in Terraform. */
describe('client and API hardening as YAML and as Terraform', async () => {
  const rules = new Map(RULES.map((id) => [id, { severity: 'note' as const }]));
  const [yaml, terraform] = await Promise.all([lintFiles([`${ROOT}/tenant.yaml`], { rules }), lintFiles([`${ROOT}/tf`], { rules })]);
  const mine = (findings: typeof yaml.findings) => findings.filter((finding) => RULES.includes(finding.ruleId));
  // A finding about a whole section has no entity: its fingerprint names the file, which differs between the forms.
  const identity = (finding: (typeof yaml.findings)[number]): string =>
    `${finding.ruleId} ${finding.entity?.kind} ${finding.entity?.key} ${finding.path} ${finding.entity ? finding.fingerprint : finding.location?.file.endsWith('.tf') || finding.location?.file.endsWith('.yaml')}`;

  it('gives the same findings, fingerprints included', () => {
    expect(yaml.errors).toEqual([]);
    expect(terraform.errors).toEqual([]);
    expect(mine(terraform.findings).map(identity).sort()).toEqual(mine(yaml.findings).map(identity).sort());
    expect(
      mine(terraform.findings)
        .map((finding) => `${finding.ruleId} ${finding.entity?.key} ${finding.path}`)
        .sort(),
    ).toEqual([
      'require-backchannel-logout Shop /app_type',
      'require-custom-domain login.example.com /tls_policy',
      'require-network-acls Office only /active',
      'require-network-acls undefined ',
      'require-pushed-authorization-requests Portal /require_pushed_authorization_requests',
      'require-sender-constraining Portal /require_proof_of_possession',
      'require-sender-constraining https://payments.example.com /proof_of_possession/required',
      'require-signed-authorization-requests Portal /signed_request_object/required',
    ]);
  });

  it('points each finding at the attribute in the .tf file', () => {
    const at = (ruleId: string, key: string): string => {
      const { file, startLine, startColumn } = terraform.findings.find(
        (finding) => finding.ruleId === ruleId && (finding.entity?.key ?? '') === key,
      )!.location!;
      return `${file}:${startLine}:${startColumn}`;
    };
    expect(at('require-pushed-authorization-requests', 'Portal')).toBe(`${ROOT}/tf/main.tf:5:43`);
    expect(at('require-signed-authorization-requests', 'Portal')).toBe(`${ROOT}/tf/main.tf:16:16`);
    expect(at('require-sender-constraining', 'https://payments.example.com')).toBe(`${ROOT}/tf/main.tf:58:17`);
    expect(at('require-custom-domain', 'login.example.com')).toBe(`${ROOT}/tf/main.tf:65:16`);
    expect(at('require-network-acls', 'Office only')).toBe(`${ROOT}/tf/main.tf:70:17`);
    // The finding about the whole section: at its first resource.
    expect(at('require-network-acls', '')).toBe(`${ROOT}/tf/main.tf:68:1`);
  });
});
