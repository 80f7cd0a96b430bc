import { createHash } from 'node:crypto';
import type { Finding } from '../engine/finding.js';
import { errorsOf, findingsOf } from '../engine/target.js';
import type { ReportInput } from '../report/formatter.js';
import { COMMENT_MAX_CHARS, renderMarkdown } from '../report/markdown.js';
import { text } from '../shared/markdown-text.js';
import { plural } from '../shared/text.js';

/** Fixed findings are named up to this many; the rest are counted. */
export const FIXED_LISTED = 50;

/** What the pull-request comment says: the same verdict and findings as the job summary, shorter. */
export interface CommentContent {
  /** Tells this step's comment from others' (two a0lint steps, or a matrix, on one pull request). */
  readonly key: string;
  /** One line: passed or failed, at which fail-on, and why. */
  readonly verdict: string;
  /** The findings the pull request adds, as the reporters receive them (file links point at the head commit). */
  readonly report: ReportInput;
  readonly fixed: readonly Finding[];
  readonly preexisting: number;
  /** Markdown of the access changes, already escaped, when they were computed. */
  readonly accessChanges?: string;
  /** The workflow run, whose job summary has everything the comment leaves out. */
  readonly runUrl?: string;
}

/** The hidden line a0lint finds its own comment by, on every later push. */
export function commentMarker(key: string): string {
  return `<!-- a0lint:pull-request-comment ${key} -->`;
}

/** A stable key for one a0lint step: the workflow, the job and what it lints. */
export function commentKey(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** The comment's Markdown, at most GitHub's 65,536 characters. */
export function commentBody(content: CommentContent, maxChars = COMMENT_MAX_CHARS): string {
  const more = content.runUrl ? `[the job summary](${content.runUrl})` : 'the job summary';
  const tail: string[] = [];
  if (content.fixed.length > 0) {
    tail.push(`### Fixed: ${plural(content.fixed.length, 'finding')} the base had`, '');
    for (const finding of content.fixed.slice(0, FIXED_LISTED)) tail.push(`- ${fixedLine(finding)}`);
    if (content.fixed.length > FIXED_LISTED) tail.push(`- and ${content.fixed.length - FIXED_LISTED} more (see ${more})`);
    tail.push('');
  }
  if (content.preexisting > 0)
    tail.push(`${plural(content.preexisting, 'finding')} the base already had ${content.preexisting === 1 ? 'is' : 'are'} listed in ${more}, not here.`, '');
  tail.push(`<sub>Updated on every push by a0lint. Everything, with pre-existing findings: ${more}.</sub>`, '');

  const head = [commentMarker(content.key), `## a0lint: ${content.verdict}`, ''].join('\n');
  const access = content.accessChanges ? `${content.accessChanges.trimEnd()}\n\n` : '';
  const footer = tail.join('\n');
  // Characters, not bytes, are GitHub's limit; a UTF-8 byte budget is a safe bound on characters.
  const room = maxChars - head.length - access.length - footer.length - 256;
  const findings =
    findingsOf(content.report.targets).length === 0 && errorsOf(content.report.targets).length === 0
      ? 'This pull request adds no findings.\n'
      : renderMarkdown(content.report, { heading: 'Findings this pull request adds', maxBytes: Math.max(room, 1024) }).replace(/^## /, '### ');
  const body = `${head}\n${findings}\n${access}${footer}`;
  if (body.length <= maxChars) return body;
  // Only an access section too large for the comment gets here: cut it at a line and send readers to the summary.
  const cut = `\n\n**Cut to fit GitHub's comment size limit: see ${more}.**\n`;
  const kept = body.slice(0, maxChars - cut.length);
  return kept.slice(0, Math.max(kept.lastIndexOf('\n'), 0)) + cut;
}

/** A fixed finding named by its rule and entity. */
export function fixedLine(finding: Finding): string {
  const entity = finding.entity ? ` on ${finding.entity.kind} <code>${text(finding.entity.name ?? finding.entity.key)}</code>` : '';
  return `<code>${text(finding.ruleId)}</code>${entity}`;
}

/** The three issue-comment calls the comment needs. */
export interface CommentApi {
  /** One page (1-based) of the pull request's comments, oldest first, 100 a page. */
  list(page: number): Promise<ReadonlyArray<{ readonly id: number; readonly body?: string | null; readonly user?: { readonly type?: string } | null }>>;
  update(id: number, body: string): Promise<void>;
  create(body: string): Promise<void>;
}

/** Pull requests with more comments than this are not searched further: a new comment is posted instead. */
const MAX_PAGES = 30;

/** Updates this step's comment when there is one, else posts it: never one comment per run. */
export async function upsertComment(api: CommentApi, key: string, body: string): Promise<'created' | 'updated'> {
  const marker = commentMarker(key);
  let ours: number | undefined;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const comments = await api.list(page);
    // A comment that only quotes the marker (written by a person) is not ours to edit: ours come from a bot token.
    for (const comment of comments) if (comment.body?.startsWith(marker) && comment.user?.type === 'Bot') ours = comment.id;
    if (comments.length < 100) break;
  }
  if (ours === undefined) {
    await api.create(body);
    return 'created';
  }
  await api.update(ours, body);
  return 'updated';
}

/** The calls through GitHub's REST API at `apiUrl` (the runner's GITHUB_API_URL), with the step's token. */
export async function githubCommentApi(token: string, apiUrl: string, repository: string, pullRequest: number): Promise<CommentApi> {
  const [owner, repo] = repository.split('/') as [string, string];
  // Loaded only here: most runs never post a comment.
  const { getOctokit } = await import('@actions/github');
  const { rest } = getOctokit(token, { baseUrl: apiUrl });
  return {
    list: async (page) => (await rest.issues.listComments({ owner, repo, issue_number: pullRequest, per_page: 100, page })).data,
    update: async (id, body) => void (await rest.issues.updateComment({ owner, repo, comment_id: id, body })),
    create: async (body) => void (await rest.issues.createComment({ owner, repo, issue_number: pullRequest, body })),
  };
}
