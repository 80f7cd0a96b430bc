/**
 * deploy-cli resolves the files a YAML export names (`./actions/…/code.js`, database scripts, pages) against
 * AUTH0_BASE_PATH from its config when set, not against the YAML file's folder; a0lint does the same, from
 * --deploy-config or from the deploy-cli config `mappings` names in .a0lint.yml.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { runCli } from '../helpers/run-cli.js';

/** A repository whose tenant.yaml lives in tenants/prod/ and whose code lives in auth0/, as AUTH0_BASE_PATH says. */
async function repository(basePath: unknown): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'a0lint-base-path-'));
  const files: Record<string, string> = {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'tenants/prod/tenant.yaml':
      'actions:\n  - name: Sync\n    runtime: node22\n    code: ./actions/Sync/code.js\n    supported_triggers:\n      - id: post-login\n        version: v3\n',
    'auth0/actions/Sync/code.js': 'exports.onExecutePostLogin = async () => {\n  const CRM_API_KEY = "c4f8e2a9b7d1e0f3";\n};\n',
    'config.json': `${JSON.stringify({ AUTH0_BASE_PATH: basePath, AUTH0_KEYWORD_REPLACE_MAPPINGS: {} })}\n`,
  };
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), text);
  }
  return root;
}

const findings = (stdout: string): string[] =>
  (JSON.parse(stdout) as { findings: Finding[] }).findings.map((finding) => `${finding.ruleId} ${finding.location?.file}:${finding.location?.startLine}`);

describe("deploy-cli's AUTH0_BASE_PATH", () => {
  it('without it, the named code file is looked for beside tenant.yaml (and is missing there)', async () => {
    const root = await repository('auth0');
    const run = await runCli(['tenants/prod/tenant.yaml', '--format', 'json', '--no-config'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tenants/prod/tenant.yaml:4:11: cannot read tenants/prod/actions/Sync/code.js, which "code" names: no such file or folder');
  });

  it('from --deploy-config: the code is read from the base path, and findings point into it', async () => {
    const root = await repository('auth0');
    const run = await runCli(['tenants/prod/tenant.yaml', '--deploy-config', 'config.json', '--format', 'json', '--no-config', '--fail-on', 'none'], {
      cwd: root,
    });
    expect(run.stderr).toBe('');
    expect(findings(run.stdout)).toContain('no-secrets-in-code auth0/actions/Sync/code.js:2');
  });

  it('from the deploy-cli config .a0lint.yml names as its mappings', async () => {
    const root = await repository('auth0');
    await writeFile(path.join(root, '.a0lint.yml'), 'mappings: ./config.json\n');
    const run = await runCli(['tenants/prod/tenant.yaml', '--format', 'json', '--fail-on', 'none'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(findings(run.stdout)).toContain('no-secrets-in-code auth0/actions/Sync/code.js:2');
  });

  it('named by .a0lint.yml, may not leave the repository; a base path that is no string is an input error', async () => {
    const outside = await repository('../elsewhere');
    await writeFile(path.join(outside, '.a0lint.yml'), 'mappings: ./config.json\n');
    const refused = await runCli(['tenants/prod/tenant.yaml', '--format', 'json'], { cwd: outside });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\.a0lint\.yml:1:11: mappings: \.\/config\.json: AUTH0_BASE_PATH "\.\.\/elsewhere" is outside the repository/);
    const wrong = await repository(42);
    const run = await runCli(['tenants/prod/tenant.yaml', '--deploy-config', 'config.json', '--no-config'], { cwd: wrong });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('config.json:1:1: AUTH0_BASE_PATH must be a folder path (a string)');
  });
});
