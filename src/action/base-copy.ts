import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** Why the base version could not be read; the caller tries another way, or reports every finding as new. */
export class BaseUnavailable extends Error {
  override name = 'BaseUnavailable';
}

/** Where the base version of the inputs goes: a folder that mirrors the workspace. */
export interface BaseCopy {
  /** The repository's top folder in the checkout. */
  readonly top: string;
  /** The place of `top` inside the copy. */
  readonly workTree: string;
  /** Each input (absolute, in the checkout) with its path in the repository ('' for the top itself). */
  readonly inputs: ReadonlyMap<string, string>;
}

export async function planBaseCopy(top: string, root: string, into: string, inputs: readonly string[]): Promise<BaseCopy> {
  const realTop = await realpath(top).catch(() => top);
  const topFromRoot = path.relative(await realpath(root).catch(() => root), realTop);
  if (topFromRoot.startsWith('..') || path.isAbsolute(topFromRoot)) throw new BaseUnavailable('the repository is not inside the workspace');
  const relatives = new Map<string, string>();
  for (const input of inputs) {
    const relative = path.relative(realTop, await realpath(input).catch(() => input));
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new BaseUnavailable(`${input} is outside the repository`);
    relatives.set(input, relative.split(path.sep).join('/'));
  }
  return { top: realTop, workTree: path.join(into, topFromRoot), inputs: relatives };
}
