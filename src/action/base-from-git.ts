import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { git } from '../io/git.js';
import { BaseUnavailable, type BaseCopy } from './base-copy.js';

/** The repository's top folder, or undefined when the folder is not in a git checkout. */
export async function repositoryTop(folder: string): Promise<string | undefined> {
  const top = await git(folder, ['rev-parse', '--show-toplevel']);
  return top.ok ? path.resolve(top.stdout.trim()) : undefined;
}

/**
 * Writes the base commit's version of each input into the copy, and returns the inputs that existed at the base.
 * Fetches the base commit when the checkout is shallow and lacks it.
 */
export async function baseFromGit(copy: BaseCopy, sha: string): Promise<Set<string>> {
  if (!(await hasCommit(copy.top, sha))) {
    // actions/checkout fetches one commit by default; the credentials it leaves let us fetch the base as well.
    await git(copy.top, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
    if (!(await hasCommit(copy.top, sha))) throw new BaseUnavailable(`the base commit ${sha.slice(0, 12)} is not in the checkout and git could not fetch it`);
  }
  const present = new Set<string>();
  const pathspecs: string[] = [];
  for (const [input, relative] of copy.inputs) {
    if (relative !== '' && !(await git(copy.top, ['cat-file', '-e', `${sha}:${relative}`])).ok) continue;
    present.add(input);
    pathspecs.push(relative === '' ? ':/' : `:(literal)${relative}`);
  }
  if (pathspecs.length === 0) return present;
  await mkdir(copy.workTree, { recursive: true });
  // A throw-away index keeps the checkout's own index and files untouched.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'a0lint-index-'));
  try {
    const checkout = await git(copy.top, ['--work-tree', copy.workTree, 'checkout', sha, '--', ...pathspecs], { GIT_INDEX_FILE: path.join(scratch, 'index') });
    if (!checkout.ok) throw new BaseUnavailable(`git could not read the base version: ${checkout.stderr.trim().split('\n')[0]}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return present;
}

/**
 * Writes the whole tree of the base commit into `workTree` (the configuration, and every file it names, as the base
 * has them), with a throw-away index. A `.git` folder marks the copy's top, so that files the base configuration
 * names are confined to the copy as they are to the checkout.
 */
export async function baseTreeFromGit(top: string, sha: string, workTree: string): Promise<void> {
  if (!(await hasCommit(top, sha))) {
    await git(top, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
    if (!(await hasCommit(top, sha))) throw new BaseUnavailable(`the base commit ${sha.slice(0, 12)} is not in the checkout and git could not fetch it`);
  }
  await mkdir(path.join(workTree, '.git'), { recursive: true });
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'a0lint-index-'));
  try {
    const checkout = await git(top, ['--work-tree', workTree, 'checkout', sha, '--', ':/'], { GIT_INDEX_FILE: path.join(scratch, 'index') });
    if (!checkout.ok) throw new BaseUnavailable(`git could not read the base version: ${checkout.stderr.trim().split('\n')[0]}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function hasCommit(top: string, sha: string): Promise<boolean> {
  return (await git(top, ['cat-file', '-e', `${sha}^{commit}`])).ok;
}
