import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { configRelative, MAX_VISITED } from '../config/globs.js';
import { SKIPPED_FOLDERS } from '../shared/skipped-folders.js';
import { linearGlob } from '../config/linear-regex.js';
import { exportsInFolder, isExportFolderPath } from '../loaders/load.js';
import { InputError } from '../shared/errors.js';

/** Files a glob may stand for: what a0lint reads (exports, dumps, plans and state, .tf files). */
const READABLE_FILE = /\.(?:ya?ml|json|tf|tfstate)$/i;

/**
 * Input paths with their globs expanded (`'tenants/*'`, quoted so the shell leaves it): each match, sorted,
 * becomes its own path, named relative to `baseDir` as the user would have typed it. A glob matches files a0lint
 * reads and folders that are or hold exports (a directory export, a Terraform folder, a folder of exports); a
 * folder stands for the exports in it. A glob that matches nothing a0lint reads is an input error, never a clean
 * run of nothing; with `within`, a match outside that folder is refused.
 */
export async function expandInputGlobs(paths: readonly string[], baseDir: string, within?: string): Promise<string[]> {
  const expanded: string[] = [];
  const named = (input: string, absolute: string): string => (path.isAbsolute(input) ? absolute : path.relative(baseDir, absolute) || '.');
  for (const input of paths) {
    if (!picomatch.scan(input).isGlob) {
      // A folder holding several exports (tenants/dev/, tenants/prod/) is linted as those exports.
      const inner = exportsInFolder(path.resolve(baseDir, input));
      expanded.push(...(inner.length === 0 ? [input] : inner.map((file) => named(input, file))));
      continue;
    }
    const found = await expandInputGlob(input, baseDir);
    if (found.length === 0) {
      throw new InputError(
        `the path glob "${input}" matches nothing a0lint reads: no .yaml, .yml, .json, .tf or .tfstate file, and no folder that is or holds an export (looked in ${path.resolve(baseDir, picomatch.scan(input).base || '.')})`,
      );
    }
    const outside =
      within === undefined ? undefined : found.find((file) => path.relative(within, file).startsWith('..') || path.isAbsolute(path.relative(within, file)));
    if (outside !== undefined) throw new InputError(`the path glob "${input}" matches ${outside}, outside the workspace ${within}`);
    expanded.push(...found.map((file) => named(input, file)));
  }
  return expanded;
}

/** The files and export folders under the glob's base that it matches, sorted; a matched folder is not entered. */
async function expandInputGlob(glob: string, baseDir: string): Promise<string[]> {
  const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  const root = path.resolve(baseDir, picomatch.scan(pattern).base || '.');
  const matches = linearGlob(pattern);
  const nameOf = (absolute: string): string => (path.isAbsolute(pattern) ? absolute.split(path.sep).join('/') : configRelative(baseDir, absolute));
  const found: string[] = [];
  let visited = 0;
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`the path glob "${glob}" cannot read folder ${folder} (${error.code ?? error.message}), so exports in it would go unread`);
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (++visited > MAX_VISITED) throw new InputError(`the path glob "${glob}" walks more than ${MAX_VISITED} files and folders; name a narrower folder`);
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        if (matches(nameOf(absolute))) {
          const held = exportsInFolder(absolute);
          const inner = held.length > 0 ? held : isExportFolderPath(absolute) ? [absolute] : [];
          if (inner.length > 0) {
            found.push(...inner);
            continue;
          }
        }
        await walk(absolute);
      } else if (entry.isFile() && READABLE_FILE.test(entry.name) && matches(nameOf(absolute))) found.push(absolute);
    }
  };
  if ((await stat(root).catch(() => undefined))?.isDirectory()) await walk(root);
  return found;
}
