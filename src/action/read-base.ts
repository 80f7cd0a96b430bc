import { baseFromApi } from './base-from-api.js';
import { baseFromGit, repositoryTop } from './base-from-git.js';
import { BaseUnavailable, planBaseCopy } from './base-copy.js';

export interface BaseRequest {
  readonly sha: string;
  /** The inputs, absolute, in the checkout. */
  readonly inputs: readonly string[];
  /** The workspace: the copy under `into` keeps the inputs at the same places relative to it. */
  readonly root: string;
  readonly into: string;
  /** For the GitHub API fallback. */
  readonly repository?: string;
  readonly token?: string;
  /** The runner's GITHUB_API_URL (taken from the Action's environment, as everything else it reads). */
  readonly apiUrl?: string;
}

/** Copies the base version of the inputs (git first, then the GitHub API); returns the inputs the base has. */
export async function readBase(request: BaseRequest): Promise<Set<string>> {
  const top = await repositoryTop(request.root);
  // Without git, the workspace is taken to be the repository's top (actions/checkout's default).
  const copy = await planBaseCopy(top ?? request.root, request.root, request.into, request.inputs);
  let gitFailure: BaseUnavailable;
  try {
    if (!top) throw new BaseUnavailable('the workspace is not a git checkout');
    return await baseFromGit(copy, request.sha);
  } catch (error) {
    if (!(error instanceof BaseUnavailable)) throw error;
    gitFailure = error;
  }
  if (!request.token || !request.repository) throw gitFailure;
  try {
    return await baseFromApi(copy, request.sha, request.repository, request.token, request.apiUrl ?? 'https://api.github.com');
  } catch (error) {
    if (!(error instanceof BaseUnavailable)) throw error;
    throw new BaseUnavailable(`${gitFailure.message}, and ${error.message}`);
  }
}
