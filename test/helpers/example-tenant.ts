import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './run-cli.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
/** Folders of examples/ that are no part of the YAML export. */
const NOT_THE_EXPORT = ['terraform', 'workflows'];

/** The example export's entries: tenant.yaml and the folders of files it names (Action code, Rule scripts, pages). */
function exportEntries(): string[] {
  return readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => (entry.isDirectory() ? !NOT_THE_EXPORT.includes(entry.name) : entry.name === 'tenant.yaml'))
    .map((entry) => entry.name);
}

/** Copies the example export as deploy-cli's YAML form holds it (tenant.yaml and the files it names) into `folder`. */
export function copyExample(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const name of exportEntries()) cpSync(path.join(EXAMPLES, name), path.join(folder, name), { recursive: true });
}

/** The same files as text, keyed by their paths once the export is placed in `folder` (e.g. `tenants/dev`). */
export function exampleFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (relative: string): void => {
    const absolute = path.join(EXAMPLES, relative);
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute)) add(path.posix.join(relative, name));
    } else files[path.posix.join(folder, relative)] = readFileSync(absolute, 'utf8');
  };
  for (const name of exportEntries()) add(name);
  return files;
}
