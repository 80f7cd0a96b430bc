import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const example = path.resolve('examples/tenant.yaml');
const usage = (message: string): string => `a0lint: ${message}\nRun a0lint --help for usage.\n`;

describe('unknown options and subcommand misuse', () => {
  it('an unknown option names its position and the closest known option', async () => {
    const run = await runCli([example, '--formt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(usage('unknown option --formt (argument 2) (did you mean --format?)'));
    expect((await runCli(['--max-warning', '3', example])).stderr).toBe(usage('unknown option --max-warning (argument 1) (did you mean --max-warnings?)'));
    expect((await runCli([example, '--zzzzzzzz'])).stderr).toBe(usage('unknown option --zzzzzzzz (argument 2)'));
    expect((await runCli(['access', example, '--formatt', 'json'])).stderr).toBe(
      usage('access: unknown option --formatt (argument 2) (did you mean --format?)'),
    );
  });

  it("parseArgs's own wording is replaced by plain, located messages", async () => {
    expect((await runCli([example, '--format', '--quiet'])).stderr).toBe(
      usage('--format needs a value (argument 2), but the next argument "--quiet" is an option; for a value that starts with a dash write --format=VALUE'),
    );
    expect((await runCli([example, '-f'])).stderr).toBe(usage('-f/--format needs a value (argument 2)'));
    expect((await runCli([example, '--quiet=yes'])).stderr).toBe(usage('--quiet takes no value (argument 2): write --quiet alone'));
  });

  it('no input names every kind of input a0lint reads', async () => {
    expect((await runCli([])).stderr).toBe(
      usage('no input: give a deploy-cli export (tenant.yaml or a folder), an API dump (.json) or a Terraform folder (.tf files)'),
    );
    expect((await runCli(['access'])).stderr).toBe(
      usage('access: no input: give a deploy-cli export (tenant.yaml or a folder), an API dump (.json), a Terraform folder, or --live'),
    );
  });

  it('--list-rules and --print-config lint nothing, so a path beside them is refused, not passed over', async () => {
    expect((await runCli(['--list-rules', example])).stderr).toBe(
      usage(`--list-rules takes no other path (got "${example}"): it lists the rules and lints nothing`),
    );
    expect((await runCli([example, '--print-config', example])).stderr).toBe(
      usage(`--print-config takes no other path (got "${example}"): it prints the configuration for the path it is given and lints nothing`),
    );
  });

  it('a0lint init takes no path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-init-'));
    const run = await runCli(['init', 'extra'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(usage('init takes no path (got "extra"): it writes .a0lint.yml in the current folder'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('two formats to standard output, or to one file, are refused before anything is written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-two-'));
    const both = await runCli([example, '--format', 'stylish', '--format', 'json'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stdout).toBe('');
    expect(both.stderr).toBe(usage('--format stylish and --format json would both be written to standard output; give each its own file (--format json:FILE)'));
    const oneFile = await runCli([example, '--format', 'json:out.txt', '--format', 'sarif:./out.txt'], { cwd: dir });
    expect(oneFile.code).toBe(2);
    expect(oneFile.stderr).toContain('--format json and --format sarif would both be written to ./out.txt');
    const viaO = await runCli([example, '-f', 'json', '-f', 'junit', '-o', 'r.txt'], { cwd: dir });
    expect(viaO.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect((await runCli([example, '-f', 'json', '-f', 'junit:r.xml', '-o', 'r.json'], { cwd: dir })).code).toBe(1);
  });
});
