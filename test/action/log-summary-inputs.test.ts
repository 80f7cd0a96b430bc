import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsTable } from '../../src/report/log-table.js';
import { runCli } from '../helpers/run-cli.js';
import { syntheticFindings } from '../report/report-input.js';
import { git, gitRepository, pullRequestEvent, runActionInProcess } from './run-action.js';

/** An API open to every application, in a tenant with `count` such APIs (one warning each). */
const openApis = (count: number, offset = 0): string =>
  `resourceServers:\n${Array.from({ length: count }, (_, index) => `  - name: API ${index + offset}\n    identifier: https://api-${index + offset}.example.com\n    subject_type_authorization:\n      user: { policy: allow_all }\n      client: { policy: require_client_grant }\n`).join('')}`;

const IMPLICIT_APP = 'clients:\n  - name: Legacy Portal\n    app_type: spa\n    grant_types: [implicit]\n    callbacks: [https://portal.example.com/cb]\n';
const logLines = (stdout: string): string[] => stdout.split('\n');

describe('the Action log: every reported finding in a compact table', () => {
  it('lists all findings, most severe first, even past what annotations show', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': `${IMPLICIT_APP}${openApis(40)}` }]);
    const run = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', 'fail-on': 'none' } });

    expect(run.code).toBe(0);
    const lines = logLines(run.stdout);
    const header = lines.findIndex((line) => /^Severity +Rule +Location +Finding$/.test(line));
    expect(header).toBeGreaterThan(-1);
    const rows = lines.slice(header + 1).filter((line) => /^(error|warning|note) /.test(line));
    expect(rows).toHaveLength(41);
    // 40 APIs and one application: more than GitHub's 10 warnings per step, every one in the log.
    for (let index = 0; index < 40; index++) expect(rows.some((row) => row.includes(`API "API ${index}" sets its user access policy to allow_all`))).toBe(true);
    expect(rows[0]).toMatch(/^warning +[a-z-]+ +tenant\.yaml:\d+:\d+ +\S/);
    for (const row of rows) expect(Array.from(row).length).toBeLessThanOrEqual(160);
    expect(run.commands.filter((command) => command.command === 'warning').length).toBeLessThanOrEqual(10);
  });

  it('bounds the table and counts the rest', () => {
    const findings = syntheticFindings(20);
    const lines = findingsTable(findings, 5);
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines.at(-1)).toBe('\u2026 and 15 more (the job summary, the SARIF file and the findings file have them all)');
    expect(lines.slice(1, 6).map((line) => line.split(/ +/)[0])).toEqual(['error', 'error', 'error', 'error', 'warning']);
    expect(findingsTable([])).toEqual([]);
  });
});

describe('the job summary', () => {
  it('starts with the verdict, then one table sorted by severity, then file and line', async () => {
    const { dir } = gitRepository([{ 'b.yaml': IMPLICIT_APP, 'a.yaml': openApis(2) }]);
    const run = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'a.yaml\nb.yaml', 'fail-on': 'warning' } });

    expect(run.code).toBe(1);
    expect(run.summary.split('\n')[0]).toBe('## a0lint: \u274c Failed: 3 warnings at fail-on: warning');
    expect(run.summary.match(/^\| Severity \| Rule \| Location \| Entity \| Finding \|$/gm)).toHaveLength(1);
    const locations = [...run.summary.matchAll(/<code>([ab]\.yaml):(\d+)<\/code>/g)].map(([, file, line]) => `${file}:${line}`);
    expect(locations).toEqual(['a.yaml:5', 'a.yaml:10', 'b.yaml:4']);
    expect(run.commands.at(-1)!.message).toBe('a0lint: 3 warnings at fail-on: warning');
  });

  it('passes with a verdict that says what was below fail-on', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': openApis(1) }]);
    const run = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml' } });
    expect(run.code).toBe(0);
    expect(run.summary.split('\n')[0]).toBe('## a0lint: \u2705 Passed: no errors at fail-on: error (1 warning below it)');
    const none = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', 'fail-on': 'none' } });
    expect(none.summary.split('\n')[0]).toBe('## a0lint: \u2705 Passed at fail-on: none, where findings never fail the step (1 warning)');
  });
});

describe('Action inputs', () => {
  it('preexisting-count and fixed-count are empty outside pull requests, numbers on them', async () => {
    const { dir, commits } = gitRepository([{ 'tenant.yaml': openApis(1) }, { 'tenant.yaml': openApis(2) }]);
    const push = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml' } });
    expect(push.outputs).toMatchObject({ 'warning-count': '2', 'preexisting-count': '', 'fixed-count': '' });
    const pr = await runActionInProcess({
      workspace: dir,
      eventName: 'pull_request',
      event: pullRequestEvent(commits[0]!, commits[1]!),
      inputs: { path: 'tenant.yaml' },
    });
    expect(pr.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '1', 'fixed-count': '0' });
  });

  it('max-warnings fails the step past the limit and says so; -1 is no limit', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': openApis(3) }]);
    const over = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', 'max-warnings': '2' } });
    expect(over.code).toBe(1);
    expect(over.commands.at(-1)!.message).toBe('a0lint: 3 warnings, more than max-warnings: 2');
    expect(over.summary.split('\n')[0]).toBe('## a0lint: \u274c Failed: 3 warnings, more than max-warnings: 2');
    for (const limit of ['3', '-1'])
      expect((await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', 'max-warnings': limit } })).code).toBe(0);
  });

  it('booleans take true and false in the GitHub spellings; on/off still work with a deprecation note', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': openApis(1) }]);
    for (const value of ['false', 'False', 'FALSE']) {
      const run = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', annotations: value, summary: value } });
      expect(run.commands.filter((command) => command.command === 'warning')).toEqual([]);
      expect(run.summary).toBe('');
    }
    const on = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', annotations: 'True', summary: 'TRUE' } });
    expect(on.commands.filter((command) => command.command === 'warning')).toHaveLength(1);
    expect(on.summary).not.toContain('deprecated');
    const old = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', annotations: 'off', summary: 'on' } });
    expect(old.commands.filter((command) => command.command === 'warning')).toEqual([]);
    expect(old.stdout).toContain('"annotations: off" is deprecated and will stop working in a future major version; write annotations: false.');
    expect(old.summary).toContain('&quot;summary: on&quot; is deprecated');
  });

  it('rules-dir loads custom rules, relative to working-directory', async () => {
    const rule = `rules:\n  - id: custom/no-open-apis\n    description: Internal APIs are never open\n    severity: error\n    collection: resourceServers\n    message: 'API "{{name}}" is open to every application.'\n    assert:\n      required: [policy]\n      properties:\n        policy: { required: [user], properties: { user: { const: require_client_grant } } }\n`;
    const { dir } = gitRepository([{ 'auth0/tenant.yaml': openApis(1), 'auth0/house-rules/open.yml': rule }]);
    const run = await runActionInProcess({
      workspace: dir,
      eventName: 'push',
      inputs: { path: 'tenant.yaml', 'working-directory': 'auth0', 'rules-dir': 'house-rules' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['error-count']).toBe('1');
    expect(run.summary).toContain('custom/no-open-apis');
  });

  it("on a pull request judged by its base, rules-dir's rules come from the base; a folder the base lacks is named", async () => {
    const rule = (severity: string) =>
      `rules:\n  - id: custom/no-open-apis\n    description: APIs are never open\n    severity: ${severity}\n    collection: resourceServers\n    message: 'API "{{name}}" is open to every application.'\n    assert: false\n`;
    const { dir, commits } = gitRepository([
      { 'tenant.yaml': openApis(1), 'house-rules/open.yml': rule('note') },
      {
        'tenant.yaml': openApis(2),
        'house-rules/open.yml': rule('error'),
        'new-rules/open.yml': rule('error').replace('custom/no-open-apis', 'custom/new-rule'),
      },
    ]);
    const event = pullRequestEvent(commits[0]!, commits[1]!);
    const run = await runActionInProcess({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { path: 'tenant.yaml', 'rules-dir': 'house-rules\nnew-rules' },
    });
    // The base's rule file says note: the pull request's own change to error does not judge it.
    expect(run.outputs).toMatchObject({ 'error-count': '0', 'note-count': '1' });
    expect(run.summary).not.toContain('custom/new-rule');
    expect(run.stdout).toContain('"rules-dir" new-rules is not in the pull request\'s base');
  });

  it('baseline leaves out the findings it records, as --baseline does', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': `${IMPLICIT_APP}${openApis(1)}` }]);
    expect((await runCli(['tenant.yaml', '--update-baseline', 'a0lint-baseline.json'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, 'tenant.yaml'), `${IMPLICIT_APP}${openApis(2)}`);
    const run = await runActionInProcess({ workspace: dir, eventName: 'push', inputs: { path: 'tenant.yaml', baseline: 'a0lint-baseline.json' } });
    expect(run.outputs).toMatchObject({ 'warning-count': '1' });
    expect(run.summary).toContain('API 1');
    expect(run.summary).not.toContain('API 0');
    expect(run.stdout).toContain('2 findings matched the baseline and are not shown.');
  });

  it("on a pull request judged by its base, the base's baseline applies: the pull request cannot accept its own new finding", async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': openApis(1) }]);
    expect((await runCli(['tenant.yaml', '--update-baseline', 'a0lint-baseline.json'], { cwd: dir })).code).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'baseline');
    const base = git(dir, 'rev-parse', 'HEAD');
    // The pull request adds an open API and records it in the baseline too.
    writeFileSync(path.join(dir, 'tenant.yaml'), openApis(2));
    expect((await runCli(['tenant.yaml', '--update-baseline', 'a0lint-baseline.json'], { cwd: dir })).code).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'open another API');
    const head = git(dir, 'rev-parse', 'HEAD');

    const event = pullRequestEvent(base, head);
    const judged = await runActionInProcess({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { path: 'tenant.yaml', baseline: 'a0lint-baseline.json', 'fail-on': 'warning' },
    });
    expect(judged.code).toBe(1);
    expect(judged.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '0', 'fixed-count': '0' });
    expect(judged.summary).toContain('API 1');

    const own = await runActionInProcess({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { path: 'tenant.yaml', baseline: 'a0lint-baseline.json', 'fail-on': 'warning', 'config-source': 'head' },
    });
    expect(own.code).toBe(0);
    expect(own.outputs).toMatchObject({ 'warning-count': '0', 'fixed-count': '0' });
  });
});
