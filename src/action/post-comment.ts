import type { ReportInput } from '../report/formatter.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import type { Outcome } from './outcome.js';
import { commentBody, commentKey, githubCommentApi, upsertComment } from './pr-comment.js';

export interface CommentRequest {
  readonly outcome: Outcome;
  readonly inputs: ActionInputs;
  readonly io: ActionIo;
  readonly verdict: string;
  /** The reported findings as the reporters receive them (file links at the head commit). */
  readonly report: ReportInput;
}

/**
 * Posts or updates the pull-request comment. A comment is a courtesy, the verdict is the step's: any reason not to
 * post (not a pull request, a fork's read-only token, an API failure) is said in the log, never fails the step.
 */
export async function postComment({ outcome, inputs, io, verdict, report }: CommentRequest): Promise<void> {
  const pullRequest = outcome.pullRequest;
  if (!pullRequest) return io.info('a0lint: no pull-request comment: this run is not for a pull request.');
  if (pullRequest.fromFork) {
    return io.info('a0lint: no pull-request comment: the pull request comes from a fork, whose token cannot write comments. The job summary has everything.');
  }
  if (!inputs.githubToken) return io.info('a0lint: no pull-request comment: "github-token" is empty.');
  const env = io.env;
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const key = commentKey([env.GITHUB_WORKFLOW ?? '', env.GITHUB_JOB ?? '', inputs.workingDirectory, ...inputs.paths]);
  const body = commentBody({
    key,
    verdict,
    report,
    fixed: outcome.fixed,
    preexisting: outcome.preexisting.reduce((count, target) => count + target.findings.length, 0),
    ...(outcome.access ? { accessChanges: outcome.access.markdown } : {}),
    ...(runUrl ? { runUrl } : {}),
  });
  try {
    const api = await githubCommentApi(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com', pullRequest.baseRepository, pullRequest.number);
    const done = await upsertComment(api, key, body);
    io.info(`a0lint: ${done} the comment on pull request #${pullRequest.number}.`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 403 || status === 404 ? ' Give the job "permissions: pull-requests: write".' : '';
    io.annotate('warning', `a0lint: could not post the pull-request comment${status ? ` (HTTP ${status})` : ''}.${hint}`);
  }
}
