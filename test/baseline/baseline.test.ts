import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { a0lint, findingsOf, scratchRepo } from '../config/cli-run.js';

const api = (name: string, host: string): string => `  - name: ${name}
    identifier: https://${host}
    subject_type_authorization:
      user:
        policy: allow_all
`;
const TENANT = `resourceServers:\n${api('Orders API', 'orders.example.com')}${api('Catalog API', 'catalog.example.com')}`;
// The same tenant with the APIs swapped and written in flow style on other lines.
const REFORMATTED = `# reformatted
resourceServers:
  - { name: Catalog API, identifier: "https://catalog.example.com", subject_type_authorization: { user: { policy: allow_all } } }


  - { name: Orders API, identifier: "https://orders.example.com", subject_type_authorization: { user: { policy: allow_all } } }
`;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function repoWith(files: Record<string, string>): Promise<Awaited<ReturnType<typeof scratchRepo>>> {
  const repo = await scratchRepo(files);
  cleanups.push(repo.remove);
  return repo;
}

const keys = (run: Awaited<ReturnType<typeof a0lint>>, rule = 'prefer-require-client-grant'): string[] =>
  findingsOf(run)
    .filter((finding) => finding.ruleId === rule)
    .map((finding) => finding.entity!.key)
    .sort();

describe('baseline', () => {
  it("records today's findings, sorted and readable, and then reports none of them", async () => {
    const repo = await repoWith({ 'tenant.yaml': TENANT });
    const update = await a0lint(repo.dir, ['tenant.yaml', '--update-baseline', '.a0lint-baseline.json', '--format', 'json']);
    expect(findingsOf(update)).toEqual([]);
    expect(update.code).toBe(0);
    expect(update.stderr).toMatch(/^Wrote \d+ findings to baseline \.a0lint-baseline\.json\.$/m);
    const baseline = JSON.parse(await readFile(path.join(repo.dir, '.a0lint-baseline.json'), 'utf8')) as {
      version: number;
      findings: Array<{ target: string; ruleId: string; entity: { key: string }; fingerprint: string; summary: string }>;
    };
    expect(baseline.version).toBe(1);
    const ours = baseline.findings.filter((entry) => entry.ruleId === 'prefer-require-client-grant');
    expect(ours.map((entry) => entry.entity.key)).toEqual(['https://catalog.example.com', 'https://orders.example.com']);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any, by design
    expect(ours[0]).toMatchObject({ target: 'tenant.yaml', summary: expect.stringContaining('API "Catalog API"') });
    const sortKeys = baseline.findings.map((entry) => `${entry.target} ${entry.ruleId} ${entry.entity.key}`);
    expect(sortKeys).toEqual([...sortKeys].sort());

    const again = await a0lint(repo.dir, ['tenant.yaml', '--baseline', '.a0lint-baseline.json', '--format', 'json']);
    expect(findingsOf(again)).toEqual([]);
    expect(again.stderr).toContain(`${baseline.findings.length} findings matched the baseline and are not shown.`);
  });

  it('reordering entities and reformatting the file do not resurrect baselined findings', async () => {
    const repo = await repoWith({ 'tenant.yaml': TENANT });
    await a0lint(repo.dir, ['tenant.yaml', '--update-baseline', 'baseline.json']);
    await repo.write('tenant.yaml', REFORMATTED);
    expect(keys(await a0lint(repo.dir, ['tenant.yaml', '--format', 'json']))).toEqual(['https://catalog.example.com', 'https://orders.example.com']);
    const run = await a0lint(repo.dir, ['tenant.yaml', '--baseline', 'baseline.json', '--format', 'json']);
    expect(findingsOf(run)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a new finding in another entity is reported', async () => {
    const repo = await repoWith({ 'tenant.yaml': TENANT });
    await a0lint(repo.dir, ['tenant.yaml', '--update-baseline', 'baseline.json']);
    await repo.write('tenant.yaml', TENANT + api('Billing API', 'billing.example.com'));
    const run = await a0lint(repo.dir, ['tenant.yaml', '--baseline', 'baseline.json', '--format', 'json']);
    expect(keys(run)).toEqual(['https://billing.example.com']);
  });

  it('says how many entries no longer match (fixed findings)', async () => {
    const repo = await repoWith({ 'tenant.yaml': TENANT });
    await a0lint(repo.dir, ['tenant.yaml', '--update-baseline', 'baseline.json']);
    await repo.write('tenant.yaml', TENANT.replace('policy: allow_all', 'policy: require_client_grant'));
    const run = await a0lint(repo.dir, ['tenant.yaml', '--baseline', 'baseline.json', '--format', 'json']);
    expect(findingsOf(run)).toEqual([]);
    expect(run.stderr).toMatch(/^\d+ baseline entr(y|ies) no longer match a finding \(fixed\); --update-baseline baseline\.json removes them\.$/m);
  });

  it('a second identical finding is not absorbed by one baseline entry', async () => {
    const repo = await repoWith({ 'tenant.yaml': TENANT });
    await a0lint(repo.dir, ['tenant.yaml', '--update-baseline', 'baseline.json']);
    await repo.write('tenant.yaml', TENANT + api('Orders API (copy)', 'orders.example.com'));
    const run = await a0lint(repo.dir, ['tenant.yaml', '--baseline', 'baseline.json', '--format', 'json']);
    expect(keys(run)).toEqual(['https://orders.example.com']);
  });

  it('a baseline of one tenant never absorbs the same finding in another', async () => {
    const repo = await repoWith({ 'tenants/dev/tenant.yaml': TENANT, 'tenants/prod/tenant.yaml': TENANT });
    await a0lint(repo.dir, ['tenants/dev/tenant.yaml', '--update-baseline', 'baseline.json']);
    const run = await a0lint(repo.dir, ['tenants/dev/tenant.yaml', 'tenants/prod/tenant.yaml', '--baseline', 'baseline.json', '--format', 'json']);
    expect(findingsOf(run).every((finding) => finding.location?.file === 'tenants/prod/tenant.yaml')).toBe(true);
    expect(keys(run)).toEqual(['https://catalog.example.com', 'https://orders.example.com']);
  });

  it('works from another working directory (targets are relative to the baseline file)', async () => {
    const repo = await repoWith({ 'tenants/prod/tenant.yaml': TENANT });
    await a0lint(repo.dir, ['tenants/prod/tenant.yaml', '--update-baseline', 'baseline.json']);
    const run = await a0lint(path.join(repo.dir, 'tenants'), ['prod/tenant.yaml', '--baseline', '../baseline.json', '--format', 'json']);
    expect(findingsOf(run)).toEqual([]);
  });

  it('is not written from a partial read', async () => {
    const repo = await repoWith({ 'tenant.yaml': 'resourceServers: [\n' });
    const run = await a0lint(repo.dir, ['tenant.yaml', '--update-baseline', 'baseline.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Baseline baseline.json not written');
    await expect(readFile(path.join(repo.dir, 'baseline.json'))).rejects.toThrow();
  });

  it('a missing baseline says what the file was for and how to make one', async () => {
    const repo = await repoWith({ 'tenant.yaml': TENANT });
    const run = await a0lint(repo.dir, ['tenant.yaml', '--baseline', 'baseline.json']);
    expect(run.stderr.trim()).toBe('baseline.json: no such baseline file; write one with --update-baseline');
    expect(run.code).toBe(2);
  });

  it('a malformed baseline is a located input error', async () => {
    const repo = await repoWith({ 'tenant.yaml': TENANT, 'baseline.json': '{\n  "version": 1,\n  "findings": [{ "target": "tenant.yaml" }]\n}\n' });
    const run = await a0lint(repo.dir, ['tenant.yaml', '--baseline', 'baseline.json']);
    expect(run.stderr.trim()).toBe('baseline.json:3:16: findings[0]: missing required property "ruleId"');
    expect(run.code).toBe(2);
  });
});
