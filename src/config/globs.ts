import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { linearGlob, linearRegex } from './linear-regex.js';
import { SKIPPED_FOLDERS } from '../shared/skipped-folders.js';

/** A path as configuration globs see it: relative to the configuration's folder, with forward slashes. */
export function configRelative(baseDir: string, absolute: string): string {
  return path.relative(baseDir, absolute).split(path.sep).join('/').replace(/\/$/, '');
}

/** File globs (`overrides[].files`, `ignore[].files`): `*` stays inside one folder and `**` crosses; linear time. */
export function fileMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const matchers = globs.map((glob) => linearGlob(glob.replace(/^\.\//, '')));
  return (relativePath) => matchers.some((matches) => matches(relativePath));
}

/**
 * Entity-key globs (`ignore[].entity.key`): keys are URLs and `client|audience|subject` triples, so `*` matches
 * any run of characters, `/` and `|` included, and `?` one character; nothing else is special.
 */
export function keyMatcher(glob: string): (key: string) => boolean {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  const pattern = linearRegex(`^${source}$`, { dotAll: true });
  return (key) => pattern.test(key);
}

/**
 * Walking stops here: a glob that reaches this many entries is almost certainly pointing at the wrong folder. It
 * stops with an error, never with the files found so far: a rule file past the limit would go unread.
 */
export const MAX_VISITED = 20_000;

/** A walk that could not see every file: stopping is safer than running without a rule file it missed. */
export class GlobIncomplete extends Error {}

/** The folder a glob's walk starts from (the glob itself when it is a plain path). */
export function globBase(glob: string): string {
  const scan = picomatch.scan(glob);
  return scan.isGlob ? scan.base || '.' : glob;
}

/** Files under `baseDir` matching a glob, sorted; a plain path (no glob characters) is returned as is. */
export async function expandGlob(glob: string, baseDir: string, maxVisited = MAX_VISITED): Promise<string[]> {
  const scan = picomatch.scan(glob);
  if (!scan.isGlob) return [path.resolve(baseDir, glob)];
  const root = path.resolve(baseDir, scan.base || '.');
  const matches = linearGlob(glob.replace(/^\.\//, ''));
  const found: string[] = [];
  let visited = 0;
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      throw new GlobIncomplete(`cannot read folder ${folder} (${error.code ?? error.message}), so rule files in it would go unread`);
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (++visited > maxVisited) throw new GlobIncomplete(`walks more than ${maxVisited} files and folders; name a narrower folder`);
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await walk(absolute);
      else if (entry.isFile() && matches(path.isAbsolute(glob) ? absolute.split(path.sep).join('/') : configRelative(baseDir, absolute))) found.push(absolute);
    }
  };
  if ((await stat(root).catch(() => undefined))?.isDirectory()) await walk(root);
  return found;
}
