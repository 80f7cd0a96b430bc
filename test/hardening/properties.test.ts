import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isNode, parse, parseDocument, stringify, type Document } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { InputError } from '../../src/shared/errors.js';
import { loadText } from '../../src/loaders/load-text.js';
import { lintInput } from '../../src/app/lint-input.js';
import { builtinRules } from '../../rules/index.js';
import { CORPUS, corpusExports } from '../helpers/corpus.js';
import { reordered, tenantArbitrary, toDump, toYaml, withUnrelated, type TenantData } from './tenant-arbitrary.js';

/**
 * Property-based tests over the whole pipeline (loader, model, rules, locator). The seed is fixed so a failure
 * reproduces; fast-check prints the shrunk counterexample and the path to replay it.
 */
const SEED = 20_261_127;
const RUNS = { valid: 150, mutations: 500 };
let cases = 0;

afterAll(() => {
  console.log(`hardening/properties: ${cases} generated cases checked (seed ${SEED})`);
});

type Format = 'yaml' | 'api-dump';

interface Outcome {
  readonly findings: Finding[];
  readonly errors: InputError[];
}

/** The pipeline on one text: findings and input errors, or a thrown InputError. Anything else fails the property. */
function run(text: string, format: Format, file = format === 'yaml' ? 'tenant.yaml' : 'dump.json'): Outcome {
  cases++;
  try {
    const input = loadText(file, text, format);
    const { findings } = lintInput(input, { rules: builtinRules });
    return { findings, errors: input.errors };
  } catch (error) {
    if (error instanceof InputError) return { findings: [], errors: [error] };
    throw error;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Every error names the file and a line and column inside it; every finding's range lies inside the text. */
function expectLocatedInside(text: string, outcome: Outcome, file: string): void {
  const starts = lineStarts(text);
  const lineLength = (line: number): number => (starts[line] ?? text.length + 1) - 1 - starts[line - 1]!;
  for (const error of outcome.errors) {
    expect(error.file, error.message).toBe(file);
    expect(error.line, error.format()).toBeGreaterThanOrEqual(1);
    expect(error.line!, error.format()).toBeLessThanOrEqual(starts.length);
    expect(error.column!, error.format()).toBeGreaterThanOrEqual(1);
    expect(error.column!, error.format()).toBeLessThanOrEqual(lineLength(error.line!) + 2);
  }
  for (const finding of outcome.findings) {
    const where = finding.location;
    expect(where, `${finding.ruleId}: ${finding.message}`).toBeDefined();
    expect(where!.file).toBe(file);
    expect(where!.startLine).toBeGreaterThanOrEqual(1);
    expect(where!.endLine).toBeLessThanOrEqual(starts.length);
    expect(where!.startColumn).toBeGreaterThanOrEqual(1);
    expect(where!.endColumn).toBeLessThanOrEqual(lineLength(where!.endLine) + 1);
    expect(where!.endLine * 1e9 + where!.endColumn).toBeGreaterThanOrEqual(where!.startLine * 1e9 + where!.startColumn);
  }
}

/** Where the entity's own text is, found with an independent parser (JSON is YAML too). */
function entitySpan(doc: Document, format: Format, finding: Finding, tenant: TenantData): [number, number] | undefined {
  const entity = finding.entity;
  if (!entity) return undefined;
  const collections =
    format === 'yaml'
      ? { resourceServer: 'resourceServers', client: 'clients', clientGrant: 'clientGrants' }
      : { resourceServer: 'resource_servers', client: 'clients', clientGrant: 'client_grants' };
  if (!(entity.kind in collections)) return undefined;
  const index = entityIndex(tenant, entity.kind, entity.key);
  if (index === -1) return undefined;
  const node = doc.getIn([collections[entity.kind as keyof typeof collections], index], true);
  return isNode(node) && node.range ? [node.range[0], node.range[1]] : undefined;
}

function entityIndex(tenant: TenantData, kind: string, key: string): number {
  if (kind === 'resourceServer') return tenant.resourceServers.findIndex((api) => api.identifier === key);
  if (kind === 'client') return tenant.clients.findIndex((client) => (client.client_id ?? client.name) === key);
  return tenant.clientGrants.findIndex(
    (grant) => `${String(grant.client_id)}|${String(grant.audience)}|${String((grant.subject_type as string | undefined) ?? 'client')}` === key,
  );
}

function offsetOf(starts: number[], line: number, column: number): number {
  return starts[line - 1]! + column - 1;
}

const fingerprints = (outcome: Outcome): string[] => outcome.findings.map((finding) => finding.fingerprint).sort();

describe('random valid tenants', () => {
  it('load without errors, give the same output twice, and locate every finding inside its entity', () => {
    fc.assert(
      fc.property(tenantArbitrary, fc.constantFrom<Format>('yaml', 'api-dump'), (tenant, format) => {
        const text = format === 'yaml' ? toYaml(tenant) : toDump(tenant);
        const file = format === 'yaml' ? 'tenant.yaml' : 'dump.json';
        const first = run(text, format);
        expect(first.errors.map((error) => error.format())).toEqual([]);
        expect(JSON.stringify(run(text, format))).toBe(JSON.stringify(first));
        expectLocatedInside(text, first, file);
        const starts = lineStarts(text);
        const dump = parse(text) as Record<string, TenantData['clients']>;
        const model: TenantData =
          format === 'yaml' ? tenant : { resourceServers: dump.resource_servers!, clients: dump.clients!, clientGrants: dump.client_grants! };
        const doc = parseDocument(text, { uniqueKeys: false });
        for (const finding of first.findings) {
          const span = entitySpan(doc, format, finding, model);
          if (!span) continue;
          const where = finding.location!;
          const start = offsetOf(starts, where.startLine, where.startColumn);
          const end = offsetOf(starts, where.endLine, where.endColumn);
          expect(start, `${finding.ruleId} ${finding.message}`).toBeGreaterThanOrEqual(span[0]);
          expect(end, `${finding.ruleId} ${finding.message}`).toBeLessThanOrEqual(span[1]);
        }
      }),
      { seed: SEED, numRuns: RUNS.valid },
    );
  }, 120_000);

  it('keep their fingerprints when keys and entities are reordered or the whitespace changes', () => {
    fc.assert(
      fc.property(tenantArbitrary, fc.nat(), fc.constantFrom(2, 3, 4), fc.constantFrom<string | number>(0, 1, '\t'), (tenant, seed, indent, space) => {
        const yaml = fingerprints(run(toYaml(tenant), 'yaml'));
        expect(fingerprints(run(toYaml(reordered(tenant, seed), indent), 'yaml'))).toEqual(yaml);
        const dump = fingerprints(run(toDump(tenant), 'api-dump'));
        expect(fingerprints(run(toDump(reordered(tenant, seed), space), 'api-dump'))).toEqual(dump);
        // Blank lines and comments between entries move every line, never a fingerprint.
        const spaced = toYaml(tenant).replace(/\n(?=\S)/g, '\n\n# a comment\n');
        expect(fingerprints(run(spaced, 'yaml'))).toEqual(yaml);
      }),
      { seed: SEED + 1, numRuns: RUNS.valid },
    );
  }, 120_000);

  it('keep their fingerprints when unrelated entities are added', () => {
    fc.assert(
      fc.property(tenantArbitrary, (tenant) => {
        const before = fingerprints(run(toYaml(tenant), 'yaml'));
        const after = new Set(fingerprints(run(toYaml(withUnrelated(tenant)), 'yaml')));
        for (const fingerprint of before) expect(after.has(fingerprint)).toBe(true);
      }),
      { seed: SEED + 2, numRuns: RUNS.valid },
    );
  }, 120_000);
});

/** Real exports, as YAML and converted to API dumps: the bases that mutations start from. */
function corpusBases(): Array<{ name: string; text: string; format: Format }> {
  const bases: Array<{ name: string; text: string; format: Format }> = [];
  for (const entry of corpusExports().filter((candidate) => candidate.kind === 'yaml')) {
    const text = readFileSync(entry.path, 'utf8');
    bases.push({ name: entry.name, text, format: 'yaml' });
    try {
      const data = parse(text) as Record<string, unknown> | null;
      if (data && typeof data === 'object') {
        bases.push({
          name: `${entry.name} (as a dump)`,
          text: JSON.stringify({ resource_servers: data.resourceServers ?? [], clients: data.clients ?? [], client_grants: data.clientGrants ?? [] }, null, 2),
          format: 'api-dump',
        });
      }
    } catch {
      // Some real exports are not valid YAML until keywords are replaced; they stay as YAML bases only.
    }
  }
  return bases;
}

const HOSTILE_TOKENS = [
  '9'.repeat(400),
  '1e999',
  '-1e999',
  '-0',
  '0x7fffffff',
  'NaN',
  '.inf',
  'null',
  '~',
  'true',
  '[]',
  '{}',
  '[[[[[[[[',
  '}}}}',
  '"\\u0000"',
  '"\\ud800"',
  '&anchor',
  '*anchor',
  '<<: *anchor',
  '!!binary',
  '!!js/function "x"',
  '? ',
  '- ',
  '#',
  '%YAML 1.1',
  '__proto__',
  'constructor',
  'prototype',
  '"__proto__": {"polluted": true}',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\r',
  '\t',
  '"',
  "'",
  ':',
  ',',
  '##UNMAPPED_KEY##',
  '@@ARRAY_KEY@@',
  '-----BEGIN PRIVATE KEY-----',
];

const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...HOSTILE_TOKENS) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), token: fc.constantFrom(...HOSTILE_TOKENS) }),
);

type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, mutation: TextMutation): string {
  const lines = text.split('\n');
  const line = mutation.at % lines.length;
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'delete-line':
      return lines.filter((_, index) => index !== line).join('\n');
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), lines[line]!, ...lines.slice(line + 1)].join('\n');
    case 'swap-lines': {
      const other = mutation.other % lines.length;
      [lines[line], lines[other]] = [lines[other]!, lines[line]!];
      return lines.join('\n');
    }
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.token + text.slice(at);
    }
    case 'replace-value': {
      const values = [...text.matchAll(/: ?("[^"\n]*"|[^\n,}\]]+)/g)];
      if (values.length === 0) return text;
      const match = values[mutation.at % values.length]!;
      const start = match.index + match[0].length - match[1]!.length;
      return text.slice(0, start) + mutation.token + text.slice(start + match[1]!.length);
    }
  }
}

/** Data-level mutations: wrong types, deleted keys, huge numbers, Unicode, at a random place in the parsed tree. */
const dataMutation = fc.record({
  at: fc.nat(),
  replacement: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom<unknown>(null, 0, -1, Number.MAX_SAFE_INTEGER, 1e308, '', [], {}, [[]], true, 'allow_all', { policy: 'deny_all' }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.jsonValue({ maxDepth: 3 }),
  ),
});

/**
 * The parsed unmutated bases, by text: most chains start from one, and parsing a real export again for each case
 * cost more than the pipeline under test. Each case mutates a copy.
 */
const parsedBases = new Map<string, unknown>();
// Test files share their process: the parsed exports are not kept for the files after this one.
afterAll(() => parsedBases.clear());

function parseText(text: string, format: Format): unknown {
  return format === 'yaml' ? parse(text) : JSON.parse(text);
}

function applyData(text: string, format: Format, mutation: { at: number; replacement: unknown }, base?: string): string | undefined {
  let root: unknown;
  try {
    if (text !== base) root = parseText(text, format);
    else {
      if (!parsedBases.has(base)) parsedBases.set(base, parseText(base, format));
      root = structuredClone(parsedBases.get(base));
    }
  } catch {
    return undefined;
  }
  const slots: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const collect = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((child, index) => [index, child]) : Object.entries(value);
    for (const [key, child] of entries) {
      slots.push({ parent: value as Record<string, unknown>, key });
      collect(child);
    }
  };
  collect(root);
  if (slots.length === 0) return undefined;
  const { parent, key } = slots[mutation.at % slots.length]!;
  if (mutation.replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else (parent as Record<string, unknown>)[key as string] = mutation.replacement;
  return format === 'yaml' ? stringify(root) : JSON.stringify(root, null, 2);
}

describe.skipIf(!CORPUS)('mutated real exports', () => {
  const bases = corpusBases();

  it('end in findings or located input errors, the same on every run, never a crash', () => {
    expect(bases.length).toBeGreaterThan(20);
    const pollutionBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(
        fc.nat({ max: bases.length - 1 }),
        fc.array(
          fc.oneof(
            textMutation.map((text) => ({ text })),
            dataMutation.map((data) => ({ data })),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (pick, mutations) => {
          const base = bases[pick]!;
          let text = base.text;
          for (const mutation of mutations) {
            text = 'text' in mutation ? applyText(text, mutation.text) : (applyData(text, base.format, mutation.data, base.text) ?? text);
          }
          const file = base.format === 'yaml' ? 'tenant.yaml' : 'dump.json';
          const first = run(text, base.format);
          expectLocatedInside(text, first, file);
          expect(JSON.stringify(run(text, base.format))).toBe(JSON.stringify(first));
        },
      ),
      { seed: SEED + 3, numRuns: RUNS.mutations },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pollutionBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
