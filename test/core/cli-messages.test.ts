import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const example = path.resolve('examples/tenant.yaml');
const folder = (): string => mkdtempSync(path.join(tmpdir(), 'a0lint-messages-'));

describe('messages in plain words', () => {
  it('a missing input or mappings file is said in words (what it was for), never an error code', async () => {
    const run = await runCli(['nothere.json'], { cwd: folder() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('nothere.json: no such file or folder\n');
    const mappings = await runCli([example, '--mappings', 'nomap.json'], { cwd: folder() });
    expect(mappings.code).toBe(2);
    expect(mappings.stderr).toBe('nomap.json: no such keyword mappings file\n');
    expect((await runCli([example, '--deploy-config', 'config.json'], { cwd: folder() })).stderr).toBe('config.json: no such deploy-cli config file\n');
  });

  it('tenant.yml when only tenant.yaml exists (and the other way round) gets a did-you-mean', async () => {
    const dir = folder();
    copyFileSync(example, path.join(dir, 'tenant.yaml'));
    expect((await runCli(['tenant.yml'], { cwd: dir })).stderr).toBe('tenant.yml: no such file or folder (did you mean tenant.yaml?)\n');
    const other = folder();
    copyFileSync(example, path.join(other, 'tenant.yml'));
    expect((await runCli(['tenant.yaml'], { cwd: other })).stderr).toBe('tenant.yaml: no such file or folder (did you mean tenant.yml?)\n');
  });

  it('--rules-dir on a missing folder, or on a file, is a plain error', async () => {
    const dir = folder();
    const missing = await runCli([example, '--rules-dir', 'house-rules'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('--rules-dir house-rules: no such folder; give the folder that holds the rule files (*.yml, *.yaml)\n');
    writeFileSync(path.join(dir, 'rules.yml'), 'rules: []\n');
    expect((await runCli([example, '--rules-dir', 'rules.yml'], { cwd: dir })).stderr).toMatch(/^--rules-dir rules\.yml: is a file, not a folder; /);
  });

  it('--update-baseline and --baseline on one file update it in place', async () => {
    const dir = folder();
    expect((await runCli([example, '--update-baseline', 'baseline.json'], { cwd: dir })).code).toBe(0);
    const both = await runCli([example, '--baseline', 'baseline.json', '--update-baseline', 'baseline.json'], { cwd: dir });
    expect(both.stderr).not.toMatch(/contradict|both|same file/i);
    expect(both.code).toBe(0);
    expect((await runCli([example, '--baseline', 'baseline.json'], { cwd: dir })).code).toBe(0);
  });

  it('Terraform is read: main.tf is linted, and only .tf.json (which a0lint does not read) is refused, saying so', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'main.tf'), 'resource "auth0_client" "shop" {\n  name     = "Shop"\n  app_type = "spa"\n  grant_types = ["implicit"]\n}\n');
    const terraform = await runCli(['main.tf', '--format', 'json'], { cwd: dir });
    expect(terraform.stderr).not.toMatch(/input-format|not supported/);
    expect(
      (JSON.parse(terraform.stdout) as { findings: Array<{ ruleId: string; location: { file: string } }> }).findings.map(
        (finding) => `${finding.ruleId} ${finding.location.file}`,
      ),
    ).toContain('no-implicit-grant main.tf');
    writeFileSync(path.join(dir, 'main.tf.json'), '{ "resource": {} }\n');
    const tfJson = await runCli(['main.tf.json'], { cwd: dir });
    expect(tfJson.stderr).toBe(
      'main.tf.json: Terraform JSON configuration files (.tf.json) are not read; a0lint reads .tf files and `terraform show -json` output\n',
    );
    expect(tfJson.code).toBe(2);
  });

  it('a file whose kind a0lint cannot tell is named as the user wrote it, with what a0lint reads', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'tenant.hcl'), 'x\n');
    const run = await runCli(['tenant.hcl'], { cwd: dir });
    expect(run.stderr.split('\n')[0]).toBe(
      'tenant.hcl: cannot tell the input format from the name; expected a .yaml/.yml deploy-cli export, a .json API dump or Terraform plan/state, a .tf or .tfstate file, a directory export or a folder of .tf files (or pass --input-format)',
    );
    expect(run.code).toBe(2);
  });
});
