import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BaseUnavailable, type BaseCopy } from './base-copy.js';

/** More files than this under the inputs is more than a shallow-checkout fallback should fetch one by one. */
const MAX_FILES = 2000;

/**
 * Reads the base version through the GitHub API (git trees and blobs) when git cannot: a shallow checkout whose
 * remote refuses the fetch, or no git at all. A read-only token is enough, as on pull requests from forks.
 */
export async function baseFromApi(copy: BaseCopy, sha: string, repository: string, token: string, apiUrl: string): Promise<Set<string>> {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new BaseUnavailable(`no repository name to read the base from (got "${repository}")`);
  // Loaded only here: most runs never need the API client.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  const tree = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' }).catch(apiFailure("list the base commit's files"));
  if (tree.data.truncated) throw new BaseUnavailable('the base commit has too many files for the GitHub API to list');
  const present = new Set<string>();
  const wanted: Array<{ path: string; sha: string }> = [];
  for (const [input, relative] of copy.inputs) {
    const under = tree.data.tree.filter(
      (entry) => entry.type === 'blob' && entry.path !== undefined && entry.sha !== undefined && isUnder(entry.path, relative),
    );
    if (under.length === 0) continue;
    present.add(input);
    wanted.push(...under.map((entry) => ({ path: entry.path, sha: entry.sha })));
  }
  if (wanted.length > MAX_FILES)
    throw new BaseUnavailable(`the inputs hold ${wanted.length} files at the base, more than ${MAX_FILES} to fetch through the API`);
  const queue = [...new Map(wanted.map((file) => [file.path, file])).values()];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const target = path.resolve(copy.workTree, file.path);
      if (!target.startsWith(copy.workTree + path.sep)) throw new BaseUnavailable(`the API listed a path outside the repository: ${file.path}`);
      const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha }).catch(apiFailure(`read ${file.path}`));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8'));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return present;
}

function isUnder(file: string, relative: string): boolean {
  return relative === '' || file === relative || file.startsWith(`${relative}/`);
}

function apiFailure(what: string): (error: unknown) => never {
  return (error) => {
    const status = (error as { status?: number }).status;
    throw new BaseUnavailable(`the GitHub API could not ${what}${status ? ` (HTTP ${status})` : ''}`);
  };
}
