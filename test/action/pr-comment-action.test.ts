import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGithubApi, type FakeGithubApi } from './fake-github-api.js';
import { gitRepository, pullRequestEvent, runAction, type ActionRun } from './run-action.js';

const tenant = (policy: string, grantTypes: string): string => `resourceServers:
  - name: Orders API
    identifier: https://orders.example.com
    subject_type_authorization:
      user:
        policy: ${policy}
      client:
        policy: require_client_grant
clients:
  - name: Legacy Portal
    app_type: regular_web
    grant_types: [${grantTypes}]
`;

describe('the pull-request comment (comment: true)', () => {
  let api: FakeGithubApi;
  let repo: { dir: string; commits: string[] };
  beforeEach(async () => {
    repo = gitRepository([
      { 'tenants/prod/tenant.yaml': tenant('require_client_grant', 'authorization_code, implicit') },
      { 'tenants/prod/tenant.yaml': tenant('allow_all', 'authorization_code') },
    ]);
    api = await startFakeGithubApi(repo.dir, 'Codertocat/Hello-World');
  });
  afterEach(() => api.close());

  const run = (inputs: Record<string, string> = {}, options: { fork?: boolean } = {}): Promise<ActionRun> =>
    runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent(repo.commits[0]!, repo.commits[1]!, options),
      inputs: { path: 'tenants/prod/tenant.yaml', 'github-token': 'ghs_commenttoken', comment: 'true', ...inputs },
      env: { GITHUB_API_URL: api.url, GITHUB_RUN_ID: '4242', GITHUB_JOB: 'a0lint', GITHUB_WORKFLOW: 'Auth0 tenant lint' },
    });

  it('posts one comment with the verdict, the new finding linked to its line and the fixed one, then updates it', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    const comments = api.comments.get(2)!;
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith('<!-- a0lint:pull-request-comment ')).toBe(true);
    expect(body).toContain('## a0lint: \u2705 Passed: no new errors at fail-on: error (1 new warning below it)');
    expect(body).toMatch(
      /\[<code>tenants\/prod\/tenant\.yaml:\d+<\/code>\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/blob\/[0-9a-f]{40}\/tenants\/prod\/tenant\.yaml#L\d+\)/,
    );
    expect(body).toContain('prefer-require-client-grant');
    expect(body).toContain('### Fixed: 1 finding the base had');
    expect(body).toContain('<code>no-implicit-grant</code> on client <code>Legacy Portal</code>');
    expect(body).toContain('(https://github.com/Codertocat/Hello-World/actions/runs/4242)');
    expect(first.stdout).toContain('a0lint: created the comment on pull request #2.');
    expect(first.summary.startsWith('## a0lint: \u2705 Passed: no new errors at fail-on: error')).toBe(true);

    const second = await run({ 'fail-on': 'warning' });
    expect(second.code).toBe(1);
    expect(api.comments.get(2)).toHaveLength(1);
    expect(api.comments.get(2)![0]!.body).toContain('## a0lint: \u274c Failed: 1 new warning at fail-on: warning');
    expect(second.stdout).toContain('a0lint: updated the comment on pull request #2.');
  });

  it('posts nothing on a pull request from a fork, and says why instead of failing', async () => {
    const fork = await run({}, { fork: true });
    expect(fork.code).toBe(0);
    expect(api.comments.get(2)).toBeUndefined();
    expect(api.requests.filter((request) => request.path.includes('/comments'))).toEqual([]);
    expect(fork.stdout).toContain('no pull-request comment: the pull request comes from a fork');
  });

  it('warns, without failing the step, when the token may not write comments', async () => {
    api.readOnly = true;
    const denied = await run();
    expect(denied.code).toBe(0);
    /* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any, by design */
    expect(denied.commands).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        message: expect.stringContaining('could not post the pull-request comment (HTTP 403). Give the job "permissions: pull-requests: write".'),
      }),
    );
    /* eslint-enable @typescript-eslint/no-unsafe-assignment */
  });

  it('posts nothing unless asked (comment defaults to false)', async () => {
    await run({ comment: '' });
    expect(api.requests).toEqual([]);
  });
});
