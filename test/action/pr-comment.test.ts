import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import type { Target } from '../../src/engine/target.js';
import { commentBody, commentKey, commentMarker, githubCommentApi, upsertComment, type CommentContent } from '../../src/action/pr-comment.js';
import { startFakeGithubApi, type FakeGithubApi } from './fake-github-api.js';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'no-password-grant',
  messageId: 'password',
  severity: 'warning',
  message: 'Application "Legacy Portal" allows the grant type password.',
  entity: { kind: 'client', key: 'Legacy Portal', name: 'Legacy Portal' },
  path: '/grant_types/1',
  location: { file: 'tenants/prod/tenant.yaml', startLine: 12, startColumn: 9, endLine: 12, endColumn: 17 },
  fingerprint: 'f1',
  ...overrides,
});

/** The one linted input, holding these findings. */
const targetWith = (findings: Finding[]): Target[] => [
  { kind: 'input', path: 'tenants/prod/tenant.yaml', category: 'tenants/prod/tenant.yaml', findings, errors: [] },
];

const content = (overrides: Partial<CommentContent> = {}): CommentContent => ({
  key: 'k1',
  verdict: '\u274c failed: 1 new finding at or above "warning" (fail-on)',
  report: {
    targets: targetWith([finding()]),
    rules: [],
    version: '0.0.0',
    color: false,
    fileBaseUrl: 'https://github.com/acme/tenants/blob/0123456789abcdef0123456789abcdef01234567/',
  },
  fixed: [],
  preexisting: 0,
  runUrl: 'https://github.com/acme/tenants/actions/runs/42',
  ...overrides,
});

describe('the pull-request comment body', () => {
  it('starts with its hidden marker and the verdict, and links each new finding to its line at head', () => {
    const body = commentBody(content());
    expect(body.startsWith(`${commentMarker('k1')}\n## a0lint: \u274c failed: 1 new finding at or above "warning" (fail-on)`)).toBe(true);
    expect(body).toContain('](https://github.com/acme/tenants/blob/0123456789abcdef0123456789abcdef01234567/tenants/prod/tenant.yaml#L12)');
    expect(body).toContain('[the job summary](https://github.com/acme/tenants/actions/runs/42)');
  });

  it('names fixed findings and counts pre-existing ones without listing them', () => {
    const fixed = [finding({ ruleId: 'no-implicit-grant', entity: { kind: 'client', key: 'SPA', name: 'Shop <SPA>' } })];
    const body = commentBody(content({ report: { ...content().report, targets: targetWith([]) }, fixed, preexisting: 3 }));
    expect(body).toContain('This pull request adds no findings.');
    expect(body).toContain('### Fixed: 1 finding the base had');
    expect(body).toContain('<code>no-implicit-grant</code> on client <code>Shop &lt;SPA&gt;</code>');
    expect(body).toContain('3 findings the base already had are listed in [the job summary]');
  });

  it('keeps names from the pull request inert: no mention, no HTML', () => {
    const body = commentBody(content({ fixed: [finding({ entity: { kind: 'client', key: 'x', name: '@octocat <img src=x>' } })] }));
    expect(body).not.toContain('@octocat');
    expect(body).not.toContain('<img');
  });

  it("stays under GitHub's 65,536-character limit with thousands of findings, and says where the rest is", () => {
    const many = Array.from({ length: 5000 }, (_, index) =>
      finding({
        fingerprint: `f${index}`,
        location: { file: 'tenants/prod/tenant.yaml', startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 2 },
      }),
    );
    const fixed = Array.from({ length: 80 }, (_, index) => finding({ fingerprint: `x${index}` }));
    const body = commentBody(content({ report: { ...content().report, targets: targetWith(many) }, fixed }));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/of 5,?000 findings listed/);
    expect(body).toContain('- and 30 more (see [the job summary]');
    const huge = commentBody(content({ accessChanges: `### Access changes\n\n${'- a widened grant\n'.repeat(10_000)}` }));
    expect(huge.length).toBeLessThanOrEqual(65_536);
    expect(huge).toContain("Cut to fit GitHub's comment size limit: see [the job summary]");
  });

  it('has a key per step: the same inputs give the same key, other paths another', () => {
    expect(commentKey(['wf', 'job', 'tenants/prod'])).toBe(commentKey(['wf', 'job', 'tenants/prod']));
    expect(commentKey(['wf', 'job', 'tenants/prod'])).not.toBe(commentKey(['wf', 'job', 'tenants/dev']));
  });
});

describe('posting the comment through the GitHub API (fake, on loopback)', () => {
  let api: FakeGithubApi;
  beforeEach(async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'a0lint-comment-'));
    execFileSync('git', ['init', '-q', repo]);
    api = await startFakeGithubApi(repo, 'acme/tenants');
  });
  afterEach(() => api.close());

  const post = async (body: string, key = 'k1'): Promise<'created' | 'updated'> =>
    upsertComment(await githubCommentApi('ghs_token', api.url, 'acme/tenants', 7), key, body.replace('KEY', commentMarker(key)));

  it('creates the comment once, then updates it on every push: never a second comment', async () => {
    expect(await post('KEY\nfirst')).toBe('created');
    expect(await post('KEY\nsecond')).toBe('updated');
    expect(await post('KEY\nthird')).toBe('updated');
    expect(api.comments.get(7)!.map((comment) => comment.body)).toEqual([`${commentMarker('k1')}\nthird`]);
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(api.requests[0]!.headers.authorization).toBe('token ghs_token');
  });

  it("finds its comment past the first page, and leaves other steps' and people's comments alone", async () => {
    const people = Array.from({ length: 150 }, (_, index) => ({
      id: index + 1,
      body: index === 3 ? `${commentMarker('k1')}\nquoted by a person` : 'lgtm',
      user: { login: 'dev', type: 'User' as const },
    }));
    api.comments.set(7, people);
    expect(await post('KEY\nmine')).toBe('created');
    expect(await post('KEY\nother step', 'k2')).toBe('created');
    expect(await post('KEY\nmine again')).toBe('updated');
    const bodies = api.comments.get(7)!.map((comment) => comment.body);
    expect(bodies).toHaveLength(152);
    expect(bodies[3]).toContain('quoted by a person');
    expect(bodies.slice(150)).toEqual([`${commentMarker('k1')}\nmine again`, `${commentMarker('k2')}\nother step`]);
  });

  it("fails with GitHub's status when the token may not write (the caller turns this into a warning)", async () => {
    api.readOnly = true;
    await expect(post('KEY\nx')).rejects.toMatchObject({ status: 403 });
  });
});
