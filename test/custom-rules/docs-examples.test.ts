import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SarifLog } from '../../src/report/sarif-log.js';
import { a0lint, findingsOf, scratchRepo, summary } from '../config/cli-run.js';
import { schemaErrors, uploadProblems } from '../report/sarif-validators.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The rule files exactly as docs/custom-rules.md shows them: every yaml block under "## Examples". */
async function docsExamples(): Promise<string[]> {
  const page = await readFile(path.join(ROOT, 'docs/custom-rules.md'), 'utf8');
  const examples = page.slice(page.indexOf('\n## Examples'));
  return [...examples.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

let repo: Awaited<ReturnType<typeof scratchRepo>>;
const CUSTOM = [
  'custom/internal-apis-deny-all',
  'custom/delete-users-only-admin-bot',
  'custom/spa-rotating-refresh-tokens',
  'custom/api-defines-scopes',
  'custom/no-m2m-user-grants-to-billing',
];

beforeAll(async () => {
  const examples = await docsExamples();
  const files: Record<string, string> = { 'tenant.yaml': await readFile(path.join(import.meta.dirname, 'house-tenant.yaml'), 'utf8') };
  examples.forEach((text, index) => (files[`house-rules/rule-${index + 1}.yml`] = text));
  repo = await scratchRepo(files);
});
afterAll(() => repo.remove());

describe('the five house rules of docs/custom-rules.md', () => {
  it('has five examples', async () => {
    expect(await docsExamples()).toHaveLength(5);
  });

  it('each finds exactly the entity that breaks it, through the CLI', async () => {
    const run = await a0lint(repo.dir, ['tenant.yaml', '--rules-dir', 'house-rules', '--format', 'json', '--tenant-domain', 'example.eu.auth0.com']);
    expect(run.stderr).toBe('');
    expect(summary(run, CUSTOM)).toEqual(
      [
        'custom/api-defines-scopes warning https://internal.audit.example.com tenant.yaml',
        'custom/delete-users-only-admin-bot error Support Tool|https://example.eu.auth0.com/api/v2/|client tenant.yaml',
        'custom/internal-apis-deny-all error https://internal.ledger.example.com tenant.yaml',
        'custom/no-m2m-user-grants-to-billing error Support Tool|https://billing.example.com|user tenant.yaml',
        'custom/spa-rotating-refresh-tokens warning Storefront SPA tenant.yaml',
      ].sort(),
    );
    expect(run.code).toBe(1);
    const byRule = new Map(findingsOf(run).map((finding) => [finding.ruleId, finding]));
    // Findings point at what failed: the written policy, the empty scope list, the rotation type.
    expect(byRule.get('custom/internal-apis-deny-all')!.location).toMatchObject({ startLine: 26, startColumn: 17 });
    expect(byRule.get('custom/api-defines-scopes')!.location).toMatchObject({ startLine: 29, startColumn: 13 });
    expect(byRule.get('custom/spa-rotating-refresh-tokens')!.location).toMatchObject({ startLine: 6, startColumn: 22 });
    expect(byRule.get('custom/internal-apis-deny-all')!.message).toBe(
      'Internal API "Internal Ledger" (https://internal.ledger.example.com) must set subject_type_authorization.client.policy to deny_all.',
    );
  });

  it('loads the same files through customRules in the configuration, and severities can be changed there', async () => {
    await repo.write(
      '.a0lint.yml',
      "customRules: ['house-rules/*.yml']\nrules:\n  custom/spa-rotating-refresh-tokens: error\n  custom/api-defines-scopes: off\n",
    );
    const run = await a0lint(repo.dir, ['tenant.yaml', '--format', 'json', '--tenant-domain', 'example.eu.auth0.com']);
    const rows = summary(run, CUSTOM);
    expect(rows).toContain('custom/spa-rotating-refresh-tokens error Storefront SPA tenant.yaml');
    expect(rows.some((row) => row.startsWith('custom/api-defines-scopes'))).toBe(false);
    expect(rows).toHaveLength(4);
  });

  it('are listed by --list-rules with their metadata', async () => {
    const list = (await a0lint(repo.dir, ['--list-rules', '--rules-dir', 'house-rules'])).stdout;
    expect(list).toMatch(/^custom\/internal-apis-deny-all +error +APIs +Deny machine-to-machine access to internal APIs$/m);
    for (const id of CUSTOM) expect(list).toContain(id);
  });

  it('appear in SARIF with their own rule descriptors', async () => {
    const run = await a0lint(repo.dir, ['tenant.yaml', '--format', 'sarif', '--tenant-domain', 'example.eu.auth0.com']);
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string }> } };
        results: Array<{ ruleId: string; ruleIndex?: number }>;
      }>;
    };
    expect(schemaErrors(sarif)).toEqual([]);
    expect(uploadProblems(sarif as unknown as SarifLog, run.stdout)).toEqual([]);
    const [sarifRun] = sarif.runs;
    const descriptors = sarifRun!.tool.driver.rules;
    const internal = descriptors.find((rule) => rule.id === 'custom/internal-apis-deny-all');
    expect(internal?.shortDescription.text).toBe('Deny machine-to-machine access to internal APIs');
    expect(internal?.helpUri).toBe('https://wiki.example.com/security/internal-apis');
    for (const result of sarifRun!.results.filter((item) => item.ruleId.startsWith('custom/'))) {
      expect(result.ruleIndex === undefined || descriptors[result.ruleIndex]?.id === result.ruleId).toBe(true);
      expect(descriptors.some((rule) => rule.id === result.ruleId)).toBe(true);
    }
    expect(sarifRun!.results.filter((item) => item.ruleId.startsWith('custom/'))).toHaveLength(4);
  });
});
