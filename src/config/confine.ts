import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository a configuration file belongs to: the nearest folder above it that holds `.git`, else its own
 * folder. Git refuses to commit a path named `.git`, so a pull request cannot move this boundary.
 */
export function repositoryOf(configFile: string): string {
  const start = path.dirname(path.resolve(configFile));
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) return start;
  }
}

/** The real path (symbolic links followed) of an existing file, else its path as written, resolved. */
function realOrResolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Whether a path named in a configuration file may be read: it must lie inside the repository both as written and
 * where its symbolic links lead. A pull request could otherwise point mappings or rule files at `/etc/…` or at a
 * secrets file an earlier workflow step rendered.
 */
export function insideRepository(file: string, repository: string): boolean {
  return isInside(path.resolve(repository), path.resolve(file)) && isInside(realOrResolved(repository), realOrResolved(file));
}

export function outsideMessage(written: string, repository: string): string {
  return `"${written}" is outside the repository (${repository}): a configuration file may only name files inside its repository, where symbolic links lead included; name other files on the command line`;
}
