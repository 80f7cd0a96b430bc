/**
 * The fast reading of values must resolve plain scalars exactly as the `yaml` package's YAML 1.2 core schema does,
 * as values and as keys: checked on tricky scalars and on every short string over the characters that matter.
 */
import { isScalar, parseDocument, Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadValues, needsFullParse, plainKeyName } from '../../src/loaders/yaml-values.js';

const TRICKY = [
  '',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'nul',
  'nulls',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'fals',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '0',
  '-0',
  '+0',
  '007',
  '0o17',
  '0o8',
  '0O17',
  '0x1F',
  '0x1f',
  '0X1F',
  '0xg',
  '+0x1F',
  '-0x1F',
  '0b1010',
  '1_000',
  '1e3',
  '1E3',
  '1e+3',
  '1.e3',
  '.5e3',
  '1.5',
  '.5',
  '5.',
  '-.5',
  '+1.5',
  '.inf',
  '-.inf',
  '+.Inf',
  '.INF',
  '.iNf',
  '.nan',
  '.NaN',
  '.NAN',
  '-.nan',
  'nan',
  'inf',
  '1:2',
  '12:30:45',
  '2001-12-14',
  '0.1.2',
  '1e',
  'e3',
  '+',
  '-1',
  '+12',
  '9007199254740993',
  'https://example.com',
  'a b',
  '.',
  '..',
  '.5.5',
  '1e3x',
  'x1e3',
];
/** Every string of up to three of these characters. */
const ALPHABET = ['0', '1', '8', 'e', 'f', 'i', 'n', 'o', 'x', '.', '+', '-', '~', ' '];

function shortStrings(): string[] {
  const out: string[] = [];
  const grow = (prefix: string): void => {
    out.push(prefix);
    if (prefix.length < 3) for (const ch of ALPHABET) grow(prefix + ch);
  };
  grow('');
  return out;
}

/** The plain scalar's value in the `yaml` package's full parse, or undefined when it does not read as one. */
function reference(scalar: string): { value: unknown } | undefined {
  const doc = parseDocument(`v: ${scalar}\n`);
  if (doc.errors.length > 0) return undefined;
  const node = doc.get('v', true);
  if (!(scalar === '' && node === null) && !(isScalar(node) && node.type === Scalar.PLAIN)) return undefined;
  return { value: (doc.toJS() as { v: unknown }).v };
}

describe('fast YAML values', () => {
  it('resolve plain scalars as the YAML 1.2 core schema does', () => {
    let compared = 0;
    for (const scalar of [...TRICKY, ...shortStrings()]) {
      const expected = reference(scalar);
      const fast = loadValues(`v: ${scalar}\n`);
      if (!expected || !fast) continue;
      expect((fast.value as { v: unknown }).v, JSON.stringify(scalar)).toEqual(expected.value);
      compared++;
    }
    expect(compared).toBeGreaterThan(1500);
  });

  // Null keys are left to the full parse (see needsFullParse): the two libraries name them differently.
  it('name plain keys as the YAML 1.2 core schema does', () => {
    for (const scalar of [...TRICKY, ...shortStrings()]) {
      const doc = parseDocument(`${scalar}: v\n`);
      const key = doc.errors.length === 0 && (doc.contents as { items?: Array<{ key: unknown }> } | null)?.items?.[0]?.key;
      if (!isScalar(key) || key.type !== Scalar.PLAIN || key.value === null || scalar.trim() !== scalar) continue;
      expect(plainKeyName(scalar), JSON.stringify(scalar)).toBe(Object.keys(doc.toJS() as object)[0]);
    }
  });

  it('leave directives, anchors and keys the libraries name differently to the full parse', () => {
    for (const text of ['%YAML 1.1\n---\na: yes\n', '# c\n%YAML 1.1\n---\na: yes\n', 'a: &x 1\nb: *x\n', '? a\n: 1\n', '[a]: 1\n', '~: 1\n', 'Null : 1\n']) {
      expect(needsFullParse(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['a: 50%\n', 'a: "%x"\n', 'a: b&c\n', 'url: https://x.example.com/?q=1\n', 'a: [x]\n', 'nullable: 1\n']) {
      expect(needsFullParse(text), JSON.stringify(text)).toBe(false);
    }
  });
});
