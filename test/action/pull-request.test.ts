import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SarifLog } from '../../src/report/sarif-log.js';
import { schemaErrors, uploadProblems } from '../report/sarif-validators.js';
import { startFakeGithubApi } from './fake-github-api.js';
import { git, gitRepository, pullRequestEvent, runAction, type ActionRun } from './run-action.js';

// Two APIs; `orders` and `ledger` choose each one's user access policy. allow_all is a prefer-require-client-grant
// warning, so the base below has one finding (Ledger API) before any pull request.
function tenant(orders: string, ledger: string, preamble = ''): string {
  return `${preamble}resourceServers:
  - name: Orders API
    identifier: https://orders.example.com
    subject_type_authorization:
      user:
        policy: ${orders}
      client:
        policy: require_client_grant
  - name: Ledger API
    identifier: https://ledger.example.com
    subject_type_authorization:
      user:
        policy: ${ledger}
      client:
        policy: require_client_grant
`;
}

const BASE = { 'tenants/prod/tenant.yaml': tenant('require_client_grant', 'allow_all'), 'README.md': '# tenants\n' };

async function pullRequest(head: Record<string, string | null>, inputs: Record<string, string> = {}, options: { fork?: boolean } = {}): Promise<ActionRun> {
  const { dir, commits } = gitRepository([BASE, head]);
  return runAction({
    workspace: dir,
    eventName: 'pull_request',
    event: pullRequestEvent(commits[0]!, commits[1]!, options),
    inputs: { path: 'tenants/prod/tenant.yaml', 'fail-on': 'warning', ...inputs },
  });
}

/**
 * A checkout as actions/checkout leaves it by default: only the head commit (depth 1). `origin` is the full
 * repository, or a remote that does not answer, or none.
 */
function shallowCheckout(remote: 'reachable' | 'gone' | 'none') {
  const origin = gitRepository([BASE, { 'tenants/prod/tenant.yaml': tenant('allow_all', 'allow_all') }]);
  const clone = gitRepository([]).dir;
  git(clone, 'fetch', '-q', '--depth=1', `file://${origin.dir}`, origin.commits[1]!);
  git(clone, 'checkout', '-q', 'FETCH_HEAD');
  if (remote !== 'none') git(clone, 'remote', 'add', 'origin', `file://${origin.dir}${remote === 'gone' ? '-gone' : ''}`);
  expect(() => git(clone, 'cat-file', '-e', `${origin.commits[0]}^{commit}`)).toThrow();
  return { origin, clone, event: pullRequestEvent(origin.commits[0]!, origin.commits[1]!, { fork: remote === 'gone' }) };
}

const annotationsOf = (run: ActionRun) => run.commands.filter((command) => ['error', 'warning', 'notice'].includes(command.command));

describe('the Action on a pull request', () => {
  it('annotates only the finding the pull request adds, and fails on it', async () => {
    // The added comment lines move the pre-existing Ledger finding down: it must still count as pre-existing.
    const run = await pullRequest({ 'tenants/prod/tenant.yaml': tenant('allow_all', 'allow_all', '# production tenant\n# owned by the platform team\n') });

    const annotations = annotationsOf(run);
    const findings = annotations.filter((annotation) => annotation.properties.title?.startsWith('prefer-require-client-grant'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      command: 'warning',
      properties: { file: 'tenants/prod/tenant.yaml', line: '8', endLine: '8', col: '17', endColumn: '26' },
    });
    expect(findings[0]!.message).toContain('"Orders API"');
    expect(run.stdout).not.toContain('Ledger API');

    expect(run.code).toBe(1);
    expect(annotations.at(-1)).toMatchObject({ command: 'error', message: 'a0lint: 1 new warning at fail-on: warning' });
    expect(run.outputs).toMatchObject({ 'error-count': '0', 'warning-count': '1', 'note-count': '0', 'preexisting-count': '1', 'fixed-count': '0' });

    // The summary lists the new finding, and the pre-existing one collapsed.
    const [introduced, preexisting] = run.summary.split('<details>');
    expect(introduced).toContain('Orders API');
    expect(introduced).not.toContain('Ledger API');
    expect(preexisting).toContain('1 pre-existing finding');
    expect(preexisting).toContain('Ledger API');

    // SARIF has every finding at head (code scanning works out what is new itself); the JSON file the new ones.
    const sarifText = readFileSync(run.outputs['sarif-file']!, 'utf8');
    const sarif = JSON.parse(sarifText) as SarifLog;
    expect(schemaErrors(sarif)).toEqual([]);
    expect(uploadProblems(sarif, sarifText)).toEqual([]);
    const results = sarif.runs.flatMap((sarifRun) => sarifRun.results);
    expect(
      results.map((result) => [result.locations[0]!.physicalLocation.artifactLocation.uri, result.locations[0]!.physicalLocation.region.startLine]),
    ).toEqual([
      ['tenants/prod/tenant.yaml', 8],
      ['tenants/prod/tenant.yaml', 15],
    ]);
    const json = JSON.parse(readFileSync(run.outputs['findings-file']!, 'utf8')) as { findings: Array<{ entity: { name: string } }> };
    expect(json.findings.map((finding) => finding.entity.name)).toEqual(['Orders API']);
  });

  it('passes a pull request that fixes a finding, and counts the fix', async () => {
    const run = await pullRequest({ 'tenants/prod/tenant.yaml': tenant('require_client_grant', 'require_client_grant') });

    expect(run.code).toBe(0);
    expect(annotationsOf(run)).toEqual([]);
    expect(run.outputs).toMatchObject({ 'warning-count': '0', 'preexisting-count': '0', 'fixed-count': '1' });
    // The fixed finding is named by its rule and entity.
    expect(run.summary).toContain('### Fixed: 1 finding the base had\n\n- <code>prefer-require-client-grant</code> on resourceServer <code>');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as SarifLog;
    expect(sarif.runs.flatMap((sarifRun) => sarifRun.results)).toEqual([]);
  });

  it('passes a pull request that changes nothing the rules see, though the base has a finding', async () => {
    const run = await pullRequest({ 'README.md': '# tenants\n\nProduction only.\n' });

    expect(run.code).toBe(0);
    expect(annotationsOf(run)).toEqual([]);
    expect(run.outputs).toMatchObject({ 'warning-count': '0', 'preexisting-count': '1', 'fixed-count': '0' });
    expect(run.summary).toMatch(
      /^## a0lint: \u2705 Passed: no new errors or warnings at fail-on: warning\n\n### This pull request adds no findings \(compared with [0-9a-f]{12}\)\n/,
    );
    expect(run.summary).not.toContain('No problems found');
    expect(run.summary).toContain('<details><summary>1 pre-existing finding');
  });

  it('reports every finding with only-new off, and fails on the pre-existing one', async () => {
    const run = await pullRequest({ 'README.md': 'changed\n' }, { 'only-new': 'false' });

    expect(run.code).toBe(1);
    expect(annotationsOf(run).filter((annotation) => annotation.command === 'warning')).toHaveLength(1);
    // Nothing was compared, so the counts only a comparison gives are empty rather than a claim of 0.
    expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '', 'fixed-count': '' });
  });

  it('works on a pull request from a fork, with no token and no secrets', async () => {
    const run = await pullRequest({ 'tenants/prod/tenant.yaml': tenant('allow_all', 'allow_all') }, {}, { fork: true });

    expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '1' });
    expect(run.code).toBe(1);
  });

  it('compares a directory export file by file with its base version', async () => {
    const api = (name: string, policy: string) =>
      JSON.stringify(
        { name, identifier: `https://${name}.example.com`, subject_type_authorization: { user: { policy }, client: { policy: 'require_client_grant' } } },
        null,
        2,
      );
    const { dir, commits } = gitRepository([
      { 'export/resource-servers/a.json': api('a', 'allow_all'), 'export/resource-servers/b.json': api('b', 'require_client_grant') },
      { 'export/resource-servers/b.json': api('b', 'allow_all'), 'export/resource-servers/c.json': api('c', 'require_client_grant') },
    ]);
    const run = await runAction({ workspace: dir, eventName: 'pull_request', event: pullRequestEvent(commits[0]!, commits[1]!), inputs: { path: 'export' } });

    expect(annotationsOf(run).map((annotation) => annotation.properties.file)).toEqual(['export/resource-servers/b.json']);
    expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '1' });
    expect(run.code).toBe(0); // fail-on defaults to error
  });

  it('reports everything in an export the pull request adds', async () => {
    const { dir, commits } = gitRepository([{ 'README.md': 'x\n' }, { 'tenant.yaml': tenant('allow_all', 'allow_all') }]);
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event: pullRequestEvent(commits[0]!, commits[1]!),
      inputs: { path: 'tenant.yaml' },
    });

    expect(run.outputs).toMatchObject({ 'warning-count': '2', 'preexisting-count': '0' });
  });

  it('fetches the base commit into a shallow checkout', async () => {
    const { clone, event } = shallowCheckout('reachable');
    const run = await runAction({ workspace: clone, eventName: 'pull_request', event, inputs: { path: 'tenants/prod/tenant.yaml' } });
    expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '1' });
  });
});

describe('the Action reading the base through the GitHub API', () => {
  it('uses the API when a shallow checkout cannot fetch the base commit', async () => {
    const { origin, clone, event } = shallowCheckout('gone');
    const api = await startFakeGithubApi(origin.dir, 'Codertocat/Hello-World');
    try {
      const run = await runAction({
        workspace: clone,
        eventName: 'pull_request',
        event,
        inputs: { path: 'tenants/prod/tenant.yaml', 'github-token': 'ghs_readonlytoken' },
        env: { GITHUB_API_URL: api.url },
      });

      expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '1' });
      expect(api.requests.map((request) => request.path.replace(/[0-9a-f]{40}/, 'SHA'))).toEqual([
        '/repos/Codertocat/Hello-World/git/trees/SHA?recursive=true',
        '/repos/Codertocat/Hello-World/git/blobs/SHA',
      ]);
      expect(api.requests[0]!.headers.authorization).toBe('token ghs_readonlytoken');
      expect(run.commands[0]).toMatchObject({ command: 'add-mask', message: 'ghs_readonlytoken' });
    } finally {
      await api.close();
    }
  });

  it('reports every finding as new, and says why, when the base cannot be read at all', async () => {
    const { clone, event } = shallowCheckout('none');
    const run = await runAction({ workspace: clone, eventName: 'pull_request', event, inputs: { path: 'tenants/prod/tenant.yaml' } });

    expect(run.outputs).toMatchObject({ 'warning-count': '2', 'preexisting-count': '', 'fixed-count': '' });
    expect(run.summary).toContain("Could not read the pull request's base");
    expect(run.summary).toContain('fetch-depth: 0');
  });
});
