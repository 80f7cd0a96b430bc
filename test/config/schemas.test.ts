import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import baselineSchema from '../../schemas/a0lint-baseline.schema.json' with { type: 'json' };
import ruleFileSchema from '../../schemas/a0lint-rules.schema.json' with { type: 'json' };
import configSchema from '../../schemas/a0lint.schema.json' with { type: 'json' };
import accessSchema from '../../schemas/a0lint-access.schema.json' with { type: 'json' };
import accessDiffSchema from '../../schemas/a0lint-access-diff.schema.json' with { type: 'json' };
import packageJson from '../../package.json' with { type: 'json' };
import { PRESET_NAMES } from '../../src/engine/presets.js';
import { SEVERITIES } from '../../src/engine/rule.js';
import { COLLECTIONS } from '../../src/custom-rules/views.js';
import { KIND_LABEL } from '../../src/model/labels.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { patternWords } from '../../src/config/located-document.js';

describe('shipped JSON schemas', () => {
  it.each([
    ['a0lint.schema.json', configSchema],
    ['a0lint-rules.schema.json', ruleFileSchema],
    ['a0lint-baseline.schema.json', baselineSchema],
    ['a0lint-access.schema.json', accessSchema],
    ['a0lint-access-diff.schema.json', accessDiffSchema],
  ])('%s is a valid draft-07 schema', (_name, schema) => {
    expect(() => new Ajv({ strict: true, strictTuples: false, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });

  it.each([
    ['a0lint.schema.json', configSchema],
    ['a0lint-rules.schema.json', ruleFileSchema],
    ['a0lint-baseline.schema.json', baselineSchema],
    ['a0lint-access.schema.json', accessSchema],
    ['a0lint-access-diff.schema.json', accessDiffSchema],
  ])('%s has its raw file URL as $id, a title and a description (what SchemaStore and editors need)', (name, schema) => {
    const typed = schema as { $id: string; title?: string; description?: string };
    expect(typed.$id).toBe(`https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/${name}`);
    expect(typed.title).toBeTruthy();
    expect(typed.description).toBeTruthy();
  });

  it('are what every editor modeline in the docs and the starter configuration points at (no node_modules needed)', () => {
    const ids = new Set([configSchema, ruleFileSchema, baselineSchema].map((schema) => (schema as { $id: string }).$id));
    const files = ['README.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).map((name) => `docs/${name}`), 'src/config/init.ts'];
    const modelines = files.flatMap((file) =>
      [...readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(/\$schema=(\S+?)[`\s]/g)].map((match) => match[1]!),
    );
    expect(modelines.length).toBeGreaterThanOrEqual(3);
    for (const url of modelines) expect(ids).toContain(url);
  });

  it('have each pattern a user can miss said in words, not as a regular expression', () => {
    const patterns = (node: unknown): string[] =>
      typeof node !== 'object' || node === null
        ? []
        : Object.entries(node).flatMap(([key, value]) => (key === 'pattern' && typeof value === 'string' ? [value] : patterns(value)));
    const found = [configSchema, ruleFileSchema, baselineSchema].flatMap(patterns);
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const pattern of found) expect(patternWords(pattern), pattern).not.toContain('pattern');
  });

  it('ship in the package', () => {
    expect(packageJson.files).toContain('schemas/a0lint*.schema.json');
  });

  it('name the presets, severities and collections the code knows', () => {
    expect(configSchema.definitions.preset.enum).toEqual([...PRESET_NAMES]);
    expect(configSchema.definitions.severity.anyOf[0]!.enum).toEqual(['off', ...[...SEVERITIES].reverse()]);
    expect(ruleFileSchema.properties.rules.items.properties.collection.enum).toEqual([...COLLECTIONS]);
    // Every kind of entity a finding can be about can be named by an ignore entry.
    expect(configSchema.properties.ignore.items.properties.entity.properties.kind.enum.slice().sort()).toEqual(Object.keys(KIND_LABEL).sort());
  });
});
