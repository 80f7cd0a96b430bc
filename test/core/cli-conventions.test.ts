import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/example-tenant.js';
import { runCli } from '../helpers/run-cli.js';

const example = path.resolve('examples/tenant.yaml');
const warningsOnly = path.resolve('test/fixtures/warnings-only.yaml');

describe('ESLint command-line conventions', () => {
  it('-o/--output-file writes the report to a file instead of standard output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-o-'));
    for (const flag of ['-o', '--output-file']) {
      const run = await runCli([example, flag, 'report.txt'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toMatch(/\d+ problems? \(\d+ errors?/);
    }
    const json = await runCli([example, '--format', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(json.stdout).toBe('');
    expect((JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as { version: number }).version).toBe(1);
  });

  it('--quiet reports errors only: warnings and notes neither show nor count', async () => {
    const all = await runCli([example, '--format', 'json']);
    const quiet = await runCli([example, '--format', 'json', '--quiet']);
    const severities = (run: { stdout: string }): string[] =>
      (JSON.parse(run.stdout) as { findings: Array<{ severity: string }> }).findings.map((finding) => finding.severity);
    expect(severities(all)).toContain('warning');
    expect(severities(quiet).length).toBeGreaterThan(0);
    expect(new Set(severities(quiet))).toEqual(new Set(['error']));
    expect((await runCli([warningsOnly, '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli([warningsOnly, '--fail-on', 'warning', '--quiet'])).code).toBe(0);
    expect((await runCli([warningsOnly, '--max-warnings', '0', '--quiet'])).code).toBe(0);
  });

  it('--color and --no-color win over the environment; FORCE_COLOR wins over NO_COLOR and the terminal', async () => {
    const colored = async (args: string[], env: Record<string, string> = {}, tty = false): Promise<boolean> =>
      (await runCli([example, ...args], { env, tty })).stdout.includes('\u001b[');
    expect(await colored(['--color'])).toBe(true);
    expect(await colored(['--no-color'], {}, true)).toBe(false);
    expect(await colored(['--no-color'], { FORCE_COLOR: '1' })).toBe(false);
    expect(await colored(['--color'], { NO_COLOR: '1' })).toBe(true);
    expect(await colored(['--color', '--no-color'])).toBe(false);
    expect(await colored(['--no-color', '--color'])).toBe(true);
    expect(await colored([], { FORCE_COLOR: '1' })).toBe(true);
    expect(await colored([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(await colored([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await colored([], { NO_COLOR: '1' }, true)).toBe(false);
  });

  it('--max-warnings -1 means no limit, and a run failed by --max-warnings says so on stderr', async () => {
    const unlimited = await runCli([warningsOnly, '--max-warnings', '-1']);
    expect(unlimited.code).toBe(0);
    expect(unlimited.stderr).toBe('');
    const over = await runCli([warningsOnly, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^a0lint: \d+ warnings?, more than --max-warnings 0\n$/);
    expect((await runCli([warningsOnly, '--max-warnings=-2'])).code).toBe(2);
  });
  it('expands a quoted glob in a path itself: each match, sorted, is its own target; no match is an input error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-glob-'));
    for (const tenant of ['prod', 'dev']) {
      copyExample(path.join(dir, 'tenants', tenant));
    }
    copyFileSync(example, path.join(dir, 'tenants', 'other.yaml'));
    const run = await runCli(['tenants/*/tenant.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ location?: { file?: string } }> };
    const files = [...new Set(report.findings.map((finding) => finding.location?.file))];
    // The Action code and error page each export names hold findings too; the YAML files are the targets.
    expect(files.filter((file) => file?.endsWith('.yaml'))).toEqual(['tenants/dev/tenant.yaml', 'tenants/prod/tenant.yaml']);

    const none = await runCli(['tenants/*/missing.yaml'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('the path glob "tenants/*/missing.yaml" matches nothing a0lint reads');
    expect(none.stdout).toBe('');
  });
  it('lints a folder holding several exports as those exports, and still refuses a folder holding none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-fleet-folder-'));
    copyExample(path.join(dir, 'tenants', 'dev'));
    mkdirSync(path.join(dir, 'tenants', 'prod', 'clients'), { recursive: true });
    writeFileSync(path.join(dir, 'tenants', 'prod', 'clients', 'app.json'), '{"name": "app", "callbacks": ["http://app.example.com/callback"]}\n');
    mkdirSync(path.join(dir, 'empty', 'nothing'), { recursive: true });
    const run = await runCli(['tenants', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ location?: { file?: string } }> };
    const files = [...new Set(report.findings.map((finding) => finding.location?.file))];
    expect(files).toContain('tenants/dev/tenant.yaml');
    expect(files).toContain('tenants/prod/clients/app.json');

    const empty = await runCli(['empty'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('not a deploy-cli directory export');
  });

  describe('a tree of exports, searched deeper than one level', () => {
    const tree = (): string => {
      const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-tree-'));
      const put = (file: string, text: string): void => {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      };
      const localhost = (name: string): string => `clients:\n  - name: ${name}\n    callbacks: [http://localhost:3000/cb]\n`;
      put('tenants/dev/tenant.yaml', localhost('dev'));
      put('tenants/eu/west/tenant.yaml', localhost('west'));
      // A YAML export's code folders (rules/, pages/) belong to it: the folder is its tenant.yaml, not a directory export.
      put('tenants/eu/north/tenant.yaml', localhost('north'));
      put('tenants/eu/north/rules/check.js', 'function rule(user, context, cb) { cb(null, user, context); }\n');
      put('tenants/prod/clients/app.json', '{"name": "prod", "callbacks": ["http://localhost:3000/cb"]}\n');
      // Inside a directory export nothing is searched for more exports.
      put('tenants/prod/clients/nested/tenant.yaml', localhost('inside-prod'));
      put('infra/auth0/main.tf', 'resource "auth0_client" "tf" {\n  name      = "tf"\n  callbacks = ["http://localhost:3000/cb"]\n}\n');
      put('node_modules/pkg/tenant.yaml', localhost('dependency'));
      put('.git/objects/tenant.yaml', localhost('git'));
      put('infra/auth0/.terraform/modules/m/main.tf', 'resource "auth0_client" "module" {\n  name = "module"\n}\n');
      put('tenants/README.md', 'Tenants\n');
      return dir;
    };
    const linted = async (dir: string, args: string[]): Promise<{ code: number; files: string[] }> => {
      const run = await runCli([...args, '--format', 'json', '--fail-on', 'none'], { cwd: dir });
      const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; location?: { file?: string } }> };
      return {
        code: run.code,
        files: [
          ...new Set(report.findings.filter((finding) => finding.ruleId === 'no-localhost-urls').map((finding) => finding.location?.file)),
        ].sort() as string[],
      };
    };
    const ALL = [
      'infra/auth0/main.tf',
      'tenants/dev/tenant.yaml',
      'tenants/eu/north/tenant.yaml',
      'tenants/eu/west/tenant.yaml',
      'tenants/prod/clients/app.json',
    ];

    it('a folder is linted as every export below it (skipping node_modules, .git, .terraform; not inside an export)', async () => {
      expect(await linted(tree(), ['.'])).toEqual({ code: 0, files: ALL });
    });

    it('a folder holding tenant.yaml is that export', async () => {
      expect(await linted(tree(), ['tenants/eu/north'])).toEqual({ code: 0, files: ['tenants/eu/north/tenant.yaml'] });
    });

    it('a glob matches folders that are or hold exports, and only files a0lint reads', async () => {
      expect(await linted(tree(), ['tenants/*'])).toEqual({ code: 0, files: ALL.filter((file) => file.startsWith('tenants/')) });
      expect(await linted(tree(), ['*'])).toEqual({ code: 0, files: ALL });
      expect(await linted(tree(), ['tenants/eu/*'])).toEqual({ code: 0, files: ['tenants/eu/north/tenant.yaml', 'tenants/eu/west/tenant.yaml'] });
    });

    it('a Terraform folder without Auth0, named or found by a search, is refused out loud rather than reported clean', async () => {
      const dir = tree();
      mkdirSync(path.join(dir, 'infra/aws'));
      writeFileSync(path.join(dir, 'infra/aws/main.tf'), 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n');
      for (const args of [['infra/aws'], ['infra/*/']]) {
        const run = await runCli(args, { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('infra/aws: holds no Auth0 configuration: no auth0 provider and no auth0_* resource or data source in its .tf files');
        expect(run.stdout).toContain('these results are incomplete');
      }
    });

    it('a glob matching nothing a0lint reads is an input error, not a clean run', async () => {
      const run = await runCli(['tenants/*.md'], { cwd: tree() });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        'the path glob "tenants/*.md" matches nothing a0lint reads: no .yaml, .yml, .json, .tf or .tfstate file, and no folder that is or holds an export',
      );
      expect(run.stdout).toBe('');
    });
  });
});
