import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepository, runAction } from './run-action.js';

const withCallback = 'clients:\n  - name: app\n    callbacks:\n      - http://app.example.com/callback\n';

describe('globs in the Action\'s "path" input', () => {
  const workspace = () =>
    gitRepository([{ 'tenants/dev/tenant.yaml': withCallback, 'tenants/prod/tenant.yaml': withCallback, 'other.yaml': 'clients: []\n' }]).dir;

  it('lints each match of a glob as its own export, sorted', async () => {
    const run = await runAction({ workspace: workspace(), inputs: { path: 'tenants/*/tenant.yaml', 'fail-on': 'none', annotations: 'off' } });

    expect(run.code).toBe(0);
    const linted = run.stdout + run.summary;
    expect(linted).toContain('tenants/dev/tenant.yaml');
    expect(linted).toContain('tenants/prod/tenant.yaml');
    expect(linted).not.toContain('other.yaml');
  });

  it.each([
    ['a glob that matches nothing', 'tenants/*/missing.yaml', 'the path glob "tenants/*/missing.yaml" matches nothing a0lint reads'],
    ['a glob that matches no file a0lint reads', 'tenants/*.md', 'the path glob "tenants/*.md" matches nothing a0lint reads'],
    ['a glob that reaches out of the workspace', '../*/tenants/*/tenant.yaml', '"path" must name files inside the workspace'],
  ])('refuses %s (exit 2)', async (_name, glob, message) => {
    const run = await runAction({ workspace: workspace(), inputs: { path: glob } });

    expect(run.code).toBe(2);
    expect(run.commands.filter((command) => command.command === 'error').at(-1)!.message).toContain(message);
  });

  it('lints a folder holding several exports, at any depth, and a glob over folders, each export its own target', async () => {
    const fleet = gitRepository([
      {
        'tenants/dev/tenant.yaml': withCallback,
        'tenants/eu/west/tenant.yaml': withCallback,
        'tenants/prod/clients/app.json': '{"name": "app", "callbacks": ["http://app.example.com/callback"]}\n',
        'tenants/README.md': 'Tenants\n',
      },
    ]).dir;
    const EXPORTS = ['tenants/dev/tenant.yaml', 'tenants/eu/west/tenant.yaml', 'tenants/prod/clients/app.json'];
    for (const path of ['tenants', 'tenants/*']) {
      const run = await runAction({ workspace: fleet, inputs: { path, 'fail-on': 'none', annotations: 'off', 'findings-file': 'findings.json' } });
      expect(run.code, path).toBe(0);
      const findings = JSON.parse(readFileSync(join(fleet, 'findings.json'), 'utf8')) as { findings: Array<{ location?: { file?: string } }> };
      expect([...new Set(findings.findings.map((finding) => finding.location?.file))].sort(), path).toEqual(EXPORTS);
    }
  });

  it('refuses globs whose matches exceed the runs one SARIF file may hold', async () => {
    const many = gitRepository([Object.fromEntries(Array.from({ length: 21 }, (_, index) => [`tenants/t${index}.yaml`, 'clients: []\n']))]).dir;
    const run = await runAction({ workspace: many, inputs: { path: 'tenants/*.yaml' } });

    expect(run.code).toBe(2);
    expect(run.commands.filter((command) => command.command === 'error').at(-1)!.message).toContain('its globs match 21 inputs');
  });
});
