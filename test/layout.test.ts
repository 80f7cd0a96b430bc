import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

/**
 * The pipeline's folders, lowest first. A module may import from its own folder and from lower layers only; folders
 * on the same layer do not import each other (the CLI and the Action above all: both go through src/app/).
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['shared', 'data', 'io', 'version'],
  ['model'],
  ['engine'],
  ['rules'],
  ['loaders', 'live', 'docs'],
  ['config'],
  ['custom-rules', 'baseline'],
  ['report'],
  // Access maps and their reports: a product beside the findings, built over the tenant model.
  ['access'],
  ['app'],
  ['cli', 'action', 'index'],
];

/** Folders that are part of another: the Terraform loader has its own folder for its parser. */
const PART_OF: Readonly<Record<string, string>> = { terraform: 'loaders' };

const layerOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

/** `src/<folder>/…` or `rules/…` as its pipeline folder (`src/cli.ts` belongs to the CLI). */
function folderOf(file: string): string | undefined {
  const parts = path.relative(REPO_ROOT, file).split(path.sep);
  if (parts[0] === 'rules') return 'rules';
  if (parts[0] !== 'src') return undefined;
  const folder = parts.length === 2 ? parts[1]!.replace(/\.[jt]s$/, '') : parts[1]!;
  return PART_OF[folder] ?? folder;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => path.resolve(path.dirname(file), match[1]!));
}

describe('layout', () => {
  const files = [...sources(path.join(REPO_ROOT, 'src')), ...sources(path.join(REPO_ROOT, 'rules'))];

  it('knows every folder under src/', () => {
    expect(files.map(folderOf).filter((folder) => !layerOf.has(folder!))).toEqual([]);
  });

  it('has no import from a higher layer or a sibling folder', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = folderOf(file)!;
      for (const target of imports(file)) {
        const to = folderOf(target);
        if (to === undefined || to === from) continue;
        if (!(layerOf.get(to)! < layerOf.get(from)!)) wrong.push(`${path.relative(REPO_ROOT, file)} imports ${path.relative(REPO_ROOT, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
