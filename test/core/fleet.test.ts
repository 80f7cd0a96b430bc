import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { a0lint, scratchRepo } from '../config/cli-run.js';
import { exampleFiles } from '../helpers/example-tenant.js';
import { lintFiles } from '../helpers/lint-files.js';
import { REPO_ROOT, runCli, runDistCli } from '../helpers/run-cli.js';
import { sizedFile } from '../helpers/sized-file.js';

// Worker threads start only for enough queued work (fleet-plan.ts): two YAML files that stat as 20 MB each (sparse,
// so nothing is written; over the size limit, so nothing is read either) make any fleet worth two of them. From the
// sources, the main thread often lints every path before a worker is up: these tests prove what a run with threads
// gives; what crosses from a worker (targets, errors, rule settings) is proven in fleet-plan.test.ts, where this
// thread lints nothing.
const scratch = mkdtempSync(path.join(tmpdir(), 'a0lint-fleet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const WORTH_THREADS = ['large-1.yaml', 'large-2.yaml'].map((name) => sizedFile(scratch, name, 20 * 2 ** 20));

// Inputs of every form, an unreadable one and a missing one, the largest first (it finishes last on its thread).
const INPUTS = [
  ...WORTH_THREADS,
  'test/fixtures/same-tenant/directory',
  'examples/tenant.yaml',
  'test/fixtures/broken.yaml',
  'no-such-tenant.yaml',
  'test/fixtures/same-tenant/dump.json',
  'test/fixtures/warnings-only.yaml',
];

describe('several inputs linted on worker threads (--jobs)', () => {
  it('writes the same reports (json, stylish, sarif, junit), errors and exit code as one input after another', async () => {
    // One run writes every format (json to stdout, the others to files): each is made from the same targets, and
    // a worker thread's start costs more than all the reports.
    const run = async (jobs: string) => {
      const files = ['stylish', 'sarif', 'junit'].map((format) => [format, path.join(scratch, `${jobs}.${format}`)] as const);
      const cli = await runCli([...INPUTS, '--format', 'json', ...files.flatMap(([format, file]) => ['--format', `${format}:${file}`]), '--jobs', jobs]);
      const reports: Record<string, string> = {};
      for (const [format, file] of files) reports[format] = await readFile(file, 'utf8');
      return { ...cli, reports };
    };
    const serial = await run('1');
    expect(serial.code).toBe(2);
    expect(serial.stderr).toMatch(/broken\.yaml:\d+:\d+: invalid YAML[\s\S]*no-such-tenant\.yaml/);
    expect((JSON.parse(serial.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    expect(serial.reports.stylish).toMatch(/\d+ problems/);
    expect(serial.reports.sarif).toMatch(/"runs": \[/);
    expect(serial.reports.junit).toMatch(/<testsuites /);
    expect(await run('3')).toEqual(serial);
  });

  it('applies the configuration per input as a serial run does (overrides, tenant domains, custom rules, mappings, ignores)', async () => {
    const page = await readFile(path.join(REPO_ROOT, 'docs/configuration.md'), 'utf8');
    const example = /## Example\n\n```yaml\n([\s\S]*?)```/.exec(page)![1]!;
    const repo = await scratchRepo({
      '.a0lint.yml': example,
      'config.json': '{ "AUTH0_KEYWORD_REPLACE_MAPPINGS": { "API_HOST": "api.example.com" } }\n',
      'a0lint-rules/house.yml': 'rules:\n  - { id: custom/any, description: Any, severity: note, collection: clients, message: x, assert: true }\n',
      ...exampleFiles('tenants/dev'),
      ...exampleFiles('tenants/prod'),
      ...exampleFiles('tenants/stage'),
    });
    try {
      const args = ['tenants/dev/tenant.yaml', 'tenants/prod/tenant.yaml', 'tenants/stage/tenant.yaml', ...WORTH_THREADS, '--format', 'json'];
      const serial = await a0lint(repo.dir, [...args, '--jobs', '1']);
      expect((JSON.parse(serial.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
      expect(await a0lint(repo.dir, [...args, '--jobs', '2'])).toEqual(serial);
    } finally {
      await repo.remove();
    }
  });

  it('keeps no model in a fleet run, serial or not, and every model when jobs is left out (the Action reads them)', async () => {
    const paths = ['test/fixtures/same-tenant/tenant.yaml', 'test/fixtures/same-tenant/dump.json', ...WORTH_THREADS];
    const kept = await lintFiles(paths);
    expect(kept.targets.slice(0, 2).every((target) => target.tenant !== undefined && target.input !== undefined)).toBe(true);
    for (const jobs of [1, 2]) {
      const fleet = await lintFiles(paths, { jobs });
      expect(fleet.targets.some((target) => target.tenant !== undefined || target.input !== undefined)).toBe(false);
      expect(fleet.findings).toEqual(kept.findings);
    }
  });

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    for (const value of ['0', 'many', '1.5']) {
      const run = await runCli(['examples/tenant.yaml', '--jobs', value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--jobs needs/);
    }
  });
});

// The bundle finds its worker entry beside cli.js (or above the chunk holding the fleet): only dist/ can show that.
describe('the bundle in dist/', () => {
  it('starts its worker threads from dist/fleet-worker.js and writes what its serial run writes', () => {
    const serial = runDistCli([...INPUTS, '--format', 'json', '--jobs', '1']);
    expect(serial.code).toBe(2);
    expect(runDistCli([...INPUTS, '--format', 'json', '--jobs', '2'])).toEqual(serial);
  });
});
