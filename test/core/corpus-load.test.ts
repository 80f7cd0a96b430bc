import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/shared/errors.js';
import { lintFiles } from '../helpers/lint-files.js';
import noUnresolvedKeywords from '../../rules/no-unresolved-keywords/index.js';
import { CORPUS, corpusExports } from '../helpers/corpus.js';
import { DIRECTORY_LAYOUT } from '../../src/loaders/directory-layout.js';

const exports = corpusExports();

/** The top-level files and folders of a directory export that deploy-cli reads. */
const EXPORT_ENTRIES = new Set(
  Object.values(DIRECTORY_LAYOUT)
    .flatMap((layout) => ('folder' in layout ? [layout.folder] : 'file' in layout ? [layout.file] : []))
    .map((where) => where.split('/')[0]!),
);

/** Every deploy-cli export in the shared corpus loads, or fails with a located message; no marker is lost. */
describe.skipIf(!CORPUS)('the shared corpus of real exports', () => {
  it('holds the exports this suite expects', () => {
    expect(exports.filter((entry) => entry.kind === 'yaml').length).toBeGreaterThanOrEqual(29);
    expect(exports.filter((entry) => entry.kind === 'directory').length).toBeGreaterThanOrEqual(8);
  });

  it.each(exports.map((entry) => [entry.name, entry] as const))('%s loads without a crash or a lost marker', async (_name, entry) => {
    // Every marker, in fields rules read or not: the count is of the whole text.
    const rules = new Map([[noUnresolvedKeywords.meta.id, { severity: 'error' as const, options: { reportUnreadFields: true } }]]);
    const result = await lintFiles([entry.path], { mappings: entry.mappings, rules });
    for (const error of result.errors) {
      expect(error).toBeInstanceOf(InputError);
      expect(error.file).toBeDefined();
    }
    const reported = result.findings.filter((finding) => finding.ruleId === noUnresolvedKeywords.meta.id);
    for (const finding of reported) expect(finding.location, finding.message).toBeDefined();
    expect(reported.length).toBe(markersInValues(entry.path, entry.mappings));
  });
});

/**
 * Upper-case markers without a mapping in the raw text, leaving out real YAML comments and the CAPTCHA placeholders
 * deploy-cli writes itself. A directory export's JSON files are all read, wherever deploy-cli keeps them.
 */
function markersInValues(exportPath: string, mappings: Record<string, unknown>): number {
  const files = statSync(exportPath).isDirectory()
    ? (readdirSync(exportPath, { recursive: true }) as string[])
        .filter((name) => name.endsWith('.json') && EXPORT_ENTRIES.has(name.split(path.sep)[0]!))
        .map((name) => path.join(exportPath, name))
    : [exportPath];
  let count = 0;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const code = file.endsWith('.json') ? line : line.replace(/(^|\s)#(?!#[A-Z0-9_]+##).*$/, '');
      for (const match of code.matchAll(/##([A-Z0-9_]+)##|@@([A-Z0-9_]+)@@/g)) {
        const key = match[1] ?? match[2]!;
        if (!Object.hasOwn(mappings, key) && !/^CAPTCHA_[A-Z0-9_]+_(?:SECRET|API_KEY|PROJECT_ID)$/.test(key)) count++;
      }
    }
  }
  return count;
}
