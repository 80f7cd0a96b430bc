import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { FORMATS } from '../../src/report/formats.js';

describe('a0lint CLI', () => {
  it('lints the bundled example with exact lines and exits 1 on errors', async () => {
    const run = await runCli(['examples/tenant.yaml']);
    expect(run.code).toBe(1);
    // Findings in the files the export names (an Action's code, the error page) come first, sorted by file.
    expect(run.stdout).toMatch(/^examples\/actions\/loyalty-points\/code\.js\n {2}6:\d+ +error +no-secrets-in-code /);
    expect(run.stdout).toMatch(/\nexamples\/tenant\.yaml\n/);
    expect(run.stdout).toMatch(/\n {2}\d+:\d+ +warning +prefer-require-client-grant +API "Orders API" sets its user access policy to allow_all.*\n/);
    expect(run.stdout).toMatch(/problems? \(\d+ errors?, \d+ warnings?, \d+ notes?\)\n/);
    expect(run.stdout).toMatch(/\nNote: deploy-cli exports leave out the Auth0 Management API itself.*\n/);
    // The example holds every section a rule reads (hooks and connections written empty), so nothing goes unchecked.
    expect(run.stdout).not.toContain('Not checked');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('names the sections an export leaves out, and how many rules could not run', async () => {
    // This fixture holds clients, APIs and grants only.
    const run = await runCli(['test/fixtures/warnings-only.yaml']);
    expect(run.stdout).toMatch(/\nNot checked: not in the input: [^\n]*actions[^\n]*\(\d+ rules? did not run\)\.\n/);
  });

  it('prints colour only on a terminal and never with NO_COLOR', async () => {
    expect((await runCli(['examples/tenant.yaml'], { tty: true })).stdout).toContain('\u001b[');
    expect((await runCli(['examples/tenant.yaml'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('--format json prints the version 1 document', async () => {
    const run = await runCli(['examples/tenant.yaml', '--format', 'json']);
    const output = JSON.parse(run.stdout) as {
      version: number;
      findings: Array<Record<string, unknown>>;
      summary: { error: number; warning: number; note: number };
    };
    expect(output.version).toBe(1);
    expect(output.summary.error + output.summary.warning + output.summary.note).toBe(output.findings.length);
    for (const finding of output.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'path', 'location', 'fingerprint']));
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('--fail-on decides between 0 and 1', async () => {
    const fixture = 'test/fixtures/same-tenant/tenant.yaml';
    expect((await runCli([fixture, '--fail-on', 'none'])).code).toBe(0);
    expect((await runCli(['--input-format', 'yaml', 'test/fixtures/warnings-only.yaml'])).code).toBe(0);
    expect((await runCli(['test/fixtures/warnings-only.yaml', '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli(['test/fixtures/warnings-only.yaml', '--max-warnings', '0'])).code).toBe(1);
    expect((await runCli(['test/fixtures/warnings-only.yaml', '--max-warnings', '5'])).code).toBe(0);
  });

  it('usage errors exit 2 with one clear line and no stack trace', async () => {
    for (const args of [[], ['--fail-on', 'sometimes', 'x.yaml'], ['--bogus'], ['examples/tenant.yaml', '--format', 'pdf']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^a0lint: .+\nRun a0lint --help for usage\.\n$/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses SARIF for more inputs than code scanning accepts runs in one file, before reading any', async () => {
    const inputs = Array.from({ length: 21 }, () => 'examples/tenant.yaml');
    const refused = await runCli([...inputs, '--format', 'sarif']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'a0lint: --format sarif: SARIF holds one run per input, and GitHub code scanning accepts at most 20 runs in one file; ' +
        'this run has 21 inputs: lint them in groups of at most 20, one SARIF file each\nRun a0lint --help for usage.\n',
    );
    expect(refused.stdout).toBe('');
    const accepted = await runCli([...inputs.slice(1), '--format', 'sarif', '--fail-on', 'none']);
    expect(accepted.code).toBe(0);
    expect((JSON.parse(accepted.stdout) as { runs: unknown[] }).runs).toHaveLength(20);
    expect((await runCli([...inputs, '--format', 'json', '--fail-on', 'none'])).code).toBe(0);
  });

  it('an unexpected error is an internal error: exit 2, one line, and the stack trace only with A0LINT_DEBUG', async () => {
    // An output that throws stands in for a bug anywhere in the run.
    const runBroken = async (env: Record<string, string>) => {
      let stderr = '';
      const code = await main(['--version'], {
        stdout: () => {
          throw new TypeError('output exploded');
        },
        stderr: (text) => (stderr += text),
        cwd: REPO_ROOT,
        env,
        stdoutIsTTY: false,
      });
      return { code, stderr };
    };
    const quiet = await runBroken({});
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toBe('a0lint: internal error: output exploded\nThis is a bug in a0lint; please report it with the command you ran.\n');
    const debug = await runBroken({ A0LINT_DEBUG: '1' });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^a0lint: internal error: output exploded\n.*\nTypeError: output exploded\n\s+at /s);
  });

  it('input errors exit 2 with file:line:col and still lint the rest', async () => {
    const run = await runCli(['test/fixtures/broken.yaml', 'test/fixtures/warnings-only.yaml', '--fail-on', 'none']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^test\/fixtures\/broken\.yaml:\d+:\d+: invalid YAML: .+\n$/);
    expect(run.stdout).toContain('test/fixtures/warnings-only.yaml');
    expect(run.stdout).toContain('these results are incomplete');
  });

  it('--format NAME:FILE writes to a file, several at once', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const dir = await mkdtemp(`${os.tmpdir()}/a0lint-out-`);
    const run = await runCli(['examples/tenant.yaml', '--format', 'stylish', '--format', `json:${dir}/nested/out.json`]);
    expect(run.stdout).toContain('examples/tenant.yaml');
    expect((JSON.parse(await readFile(`${dir}/nested/out.json`, 'utf8')) as { version: number }).version).toBe(1);
  });

  it('--list-rules, --help and --version', async () => {
    expect((await runCli(['--list-rules'])).stdout).toMatch(/^rule +default +category +description\n/);
    const help = (await runCli(['--help'])).stdout;
    expect(help).toContain('Usage: a0lint');
    for (const format of Object.keys(FORMATS)) expect(help).toMatch(new RegExp(`\\b${format}\\b`));
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('report files in places that cannot hold them', () => {
  it.runIf(process.platform === 'linux')('a folder that cannot be created (procfs) is a clear error, not a hang', async () => {
    const run = await runCli(['examples/tenant.yaml', '--format', 'json:/proc/a0lint-no-such-folder/out.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^\/proc\/a0lint-no-such-folder\/out\.json: cannot write the json report: [a-z][a-z /-]+\n$/);
  });
});
