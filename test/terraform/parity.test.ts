import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/lint-files.js';

const ROOT = 'test/fixtures/terraform/parity';

/** One tenant as a deploy-cli export and as Terraform: same rules, severities, entity keys and fingerprints. */
describe('one tenant as YAML and as Terraform', async () => {
  const [yaml, terraform] = await Promise.all([lintFiles([`${ROOT}/tenant.yaml`]), lintFiles([`${ROOT}/tf`])]);
  const identity = (finding: (typeof yaml.findings)[number]): string =>
    `${finding.ruleId} ${finding.severity} ${finding.entity?.kind} ${finding.entity?.key} ${finding.path} ${finding.fingerprint}`;

  it('reads both completely', () => {
    expect(yaml.errors).toEqual([]);
    expect(terraform.errors).toEqual([]);
  });

  it('gives the same findings, so baselines and code-scanning alerts carry across', () => {
    expect(yaml.findings.length).toBeGreaterThan(5);
    expect(terraform.findings.map(identity).sort()).toEqual(yaml.findings.map(identity).sort());
  });

  it("names a grant whose client is a reference by the client's name, as deploy-cli does", () => {
    const keys = terraform.targets[0]!.tenant!.clientGrants.map((grant) => grant.key).sort();
    expect(keys).toEqual([
      'Orders Worker|https://acme.eu.auth0.com/api/v2/|client',
      'Orders Worker|https://orders.example.com|client',
      'Reports Worker|https://reports.example.com|client',
    ]);
  });

  it('points each Terraform finding at the attribute that holds the value', () => {
    const where = (ruleId: string): string => {
      const { file, startLine, startColumn, endLine, endColumn } = terraform.findings.find((finding) => finding.ruleId === ruleId)!.location!;
      return `${file}:${startLine}:${startColumn}-${endLine}:${endColumn}`;
    };
    // subject_type_authorization { user { policy = "allow_all" } }: the policy's value.
    expect(where('prefer-require-client-grant')).toBe(`${ROOT}/tf/main.tf:31:16-31:27`);
    // One entry of a multi-line list.
    expect(where('no-localhost-urls')).toBe(`${ROOT}/tf/main.tf:76:5-76:37`);
    // The second element of scopes = [...] on one line.
    expect(where('grant-scopes-defined')).toBe(`${ROOT}/tf/main.tf:95:31-95:46`);
    // A grant to the Management API whose audience is a local built from a variable.
    expect(where('management-api-least-privilege')).toBe(`${ROOT}/tf/main.tf:101:30-101:52`);
    // A finding about the whole grant points at its block's first line.
    expect(where('no-client-grants-on-deny-all')).toBe(`${ROOT}/tf/main.tf:104:1-104:49`);
  });
});
