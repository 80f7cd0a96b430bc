import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/loaders/errors.js';
import { lintPaths } from '../../src/lint.js';
import { builtinRules } from '../../rules/index.js';
import noUnresolvedKeywords from '../../rules/no-unresolved-keywords/index.js';
import { CORPUS, corpusExports } from '../helpers/corpus.js';

const exports = corpusExports();

/** Every deploy-cli export in the shared corpus loads, or fails with a located message; no marker is lost. */
describe.skipIf(!CORPUS)('the shared corpus of real exports', () => {
  it('holds the exports this suite expects', () => {
    expect(exports.filter((entry) => entry.kind === 'yaml').length).toBeGreaterThanOrEqual(29);
    expect(exports.filter((entry) => entry.kind === 'directory').length).toBeGreaterThanOrEqual(8);
  });

  it.each(exports.map((entry) => [entry.name, entry] as const))('%s loads without a crash or a lost marker', async (_name, entry) => {
    const result = await lintPaths([entry.path], { mappings: entry.mappings, rules: builtinRules });
    for (const error of result.errors) {
      expect(error).toBeInstanceOf(InputError);
      expect(error.file).toBeDefined();
    }
    const reported = result.findings.filter((finding) => finding.ruleId === noUnresolvedKeywords.meta.id);
    for (const finding of reported) expect(finding.location, finding.message).toBeDefined();
    expect(reported.length).toBe(markersInValues(entry.path, entry.mappings));
  });
});

/** Upper-case markers without a mapping in the raw text, leaving out real YAML comments. */
function markersInValues(exportPath: string, mappings: Record<string, unknown>): number {
  const files = statSync(exportPath).isDirectory()
    ? ['clients', 'resource-servers', 'grants'].flatMap((folder) => {
        const dir = path.join(exportPath, folder);
        try {
          return readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => path.join(dir, name));
        } catch {
          return [];
        }
      })
    : [exportPath];
  let count = 0;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const code = file.endsWith('.json') ? line : line.replace(/(^|\s)#(?!#[A-Z0-9_]+##).*$/, '');
      for (const match of code.matchAll(/##([A-Z0-9_]+)##|@@([A-Z0-9_]+)@@/g)) {
        if (!Object.hasOwn(mappings, match[1] ?? match[2]!)) count++;
      }
    }
  }
  return count;
}
