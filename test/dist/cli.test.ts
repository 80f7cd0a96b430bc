import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchRepo } from '../config/cli-run.js';
import { runDistCli } from '../helpers/run-cli.js';

// The one test of the built dist/cli.js (every other CLI test runs the sources): the bundle must carry the schemas,
// the precompiled configuration validator and the chunks custom rules load; nothing is read from the package at run time.
let repo: Awaited<ReturnType<typeof scratchRepo>>;
beforeAll(async () => {
  repo = await scratchRepo({
    '.a0lint.yml': "extends: [strict]\ncustomRules: ['house/*.yml']\nignore:\n  - rule: custom/no-spa\n    entity: { kind: client, key: Gone }\n    reason: Kept to prove unused entries are reported\n",
    'house/rules.yml': 'rules:\n  - { id: custom/no-spa, description: No SPAs, severity: error, collection: clients, message: "SPA {{name}}", where: { properties: { app_type: { const: spa } } }, assert: false }\n',
    'tenant.yaml': 'clients:\n  - name: Storefront\n    app_type: spa\n',
  });
});
afterAll(() => repo.remove());

describe('the bundled CLI (dist/cli.js)', () => {
  it('reads the configuration and custom rules, reports through SARIF, and locates a configuration error', () => {
    const run = runDistCli(['tenant.yaml', '--format', 'sarif'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    const sarif = JSON.parse(run.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string }> }> };
    const results = sarif.runs.flatMap((sarifRun) => sarifRun.results.map((result) => result.ruleId));
    expect(results).toEqual(expect.arrayContaining(['custom/no-spa', 'unused-ignore']));
    const descriptors = sarif.runs.flatMap((sarifRun) => sarifRun.tool.driver.rules.map((rule) => rule.id));
    expect(descriptors).toEqual(expect.arrayContaining(['custom/no-spa', 'unused-ignore']));
    expect(run.code).toBe(1);

    const broken = runDistCli(['tenant.yaml', '--config', 'house/rules.yml'], { cwd: repo.dir });
    expect(broken.stderr.trim()).toBe('house/rules.yml:1:1: rules: must be a mapping (key: value)');
    expect(broken.code).toBe(2);
  });
});
