import { readFile } from 'node:fs/promises';

/** The part of a pull_request event the Action needs: which commit the change is compared with. */
export interface PullRequestContext {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** owner/name of the repository the PR merges into (where the base commit lives, also for PRs from forks). */
  readonly baseRepository: string;
  /** Whether the head branch lives in another repository: the run's token is then read-only. */
  readonly fromFork: boolean;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** The pull request this run is for, or undefined when the event is not a pull request. */
export async function readPullRequest(env: Readonly<Record<string, string | undefined>>): Promise<PullRequestContext | undefined> {
  if (!PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH) return undefined;
  const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
    pull_request?: { number?: number; base?: { sha?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string } | null } };
    repository?: { full_name?: string };
  };
  const pr = payload.pull_request;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (!pr || !isSha(baseSha) || !isSha(headSha)) {
    throw new Error(`the ${env.GITHUB_EVENT_NAME} event payload has no pull_request.base.sha / head.sha`);
  }
  return {
    number: pr.number ?? 0,
    baseSha,
    headSha,
    baseRepository: pr.base?.repo?.full_name ?? payload.repository?.full_name ?? env.GITHUB_REPOSITORY ?? '',
    // A deleted fork has no head repository; its token is read-only too.
    fromFork: pr.head?.repo?.full_name !== (pr.base?.repo?.full_name ?? payload.repository?.full_name),
  };
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);
}
