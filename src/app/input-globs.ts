import path from 'node:path';
import picomatch from 'picomatch';
import { expandGlob, GlobIncomplete } from '../config/globs.js';
import { exportsInFolder } from '../loaders/load.js';
import { InputError } from '../shared/errors.js';

/**
 * Input paths with their globs expanded (`'tenants/*\/tenant.yaml'`, quoted so the shell leaves it): each match,
 * sorted, becomes its own path, named relative to `baseDir` as the user would have typed it. A glob that matches no
 * file is an input error, never a clean run of nothing; with `within`, a match outside that folder is refused.
 */
export async function expandInputGlobs(paths: readonly string[], baseDir: string, within?: string): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of paths) {
    if (!picomatch.scan(input).isGlob) {
      // A folder holding several exports (tenants/dev/, tenants/prod/) is linted as those exports.
      const inner = exportsInFolder(path.resolve(baseDir, input));
      expanded.push(...(inner.length === 0 ? [input] : inner.map((file) => (path.isAbsolute(input) ? file : path.relative(baseDir, file)))));
      continue;
    }
    const found = await expandGlob(input, baseDir).catch((error: unknown) => {
      if (error instanceof GlobIncomplete) throw new InputError(`the path glob "${input}" ${error.message}`);
      throw error;
    });
    if (found.length === 0) throw new InputError(`the path glob "${input}" matches no file (looked in ${path.resolve(baseDir, picomatch.scan(input).base || '.')})`);
    const outside = within === undefined ? undefined : found.find((file) => path.relative(within, file).startsWith('..') || path.isAbsolute(path.relative(within, file)));
    if (outside !== undefined) throw new InputError(`the path glob "${input}" matches ${outside}, outside the workspace ${within}`);
    expanded.push(...found.map((file) => (path.isAbsolute(input) ? file : path.relative(baseDir, file))).sort());
  }
  return expanded;
}
