/**
 * The line readers find keys by their characters. Whatever they read as a key must be the key the `yaml` package
 * reads, with the same name, and must end where its value's separation starts.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { keyAt, keyIs, keyLength } from '../../src/loaders/yaml-key.js';

const KEYS = [
  'a',
  'name',
  'a b',
  'a:b',
  'a::b',
  'a#b',
  'a #b',
  'a\t#b',
  'http://x',
  'a\tb',
  '0x10',
  '0o17',
  '1e3',
  '+12',
  '-1',
  '.5',
  '.inf',
  '~',
  'null',
  'true',
  'True',
  'FALSE',
  'nope',
  'tree',
  '"q\\"x"',
  '"a: b"',
  "'it''s'",
  "'a'",
  '"\\x41"',
  '"\\u0041"',
  '"a\\tb"',
  '!x',
  '&a',
  '*a',
  '-x',
  '?x',
  '[a]',
  '{a}',
  '@x',
  '`x',
  '%x',
  ',x',
  '|x',
  '>x',
  '#x',
  ' a',
  'é',
  'a\u00a0',
  '\u00a0a',
  'a\rb',
];
const SEPARATORS = [':', ' :', '\t:', '  :', ':x', '::', ':#'];
const VALUES = ['', ' v', '\tv', ' # c', '  v # c', ' "v"'];

describe('YAML key reading', () => {
  it('reads keys as the yaml package does', () => {
    let keys = 0;
    for (const key of KEYS) {
      for (const separator of SEPARATORS) {
        for (const value of VALUES) {
          const line = `${key}${separator}${value}`;
          const read = keyAt(line, 0, line.length);
          expect(keyLength(line, 0, line.length), line).toBe(read ? read.length : -1);
          if (!read) continue;
          keys++;
          const doc = parseDocument(`${line}\n`);
          expect(doc.errors, line).toEqual([]);
          expect(isMap(doc.contents), line).toBe(true);
          const pair = isMap(doc.contents) ? doc.contents.items[0] : undefined;
          expect(isScalar(pair?.key) && pair.key.range[0], line).toBe(0);
          // The reading names keys as the fast reading of values does; both libraries agree but on null keys.
          const name = Object.keys(doc.toJS() as object)[0];
          if (name !== '') expect(read.name, line).toBe(name);
          expect(line[read.length - 1], line).toBe(':');
          expect(line.slice(read.length), line).toMatch(/^(?:[ \t].*)?$/);
          expect(keyIs(line, 0, read.length, read.name), line).toBe(true);
          expect(keyIs(line, 0, read.length, `${read.name}x`), line).toBe(false);
          expect(keyIs(line, 0, read.length, read.name.slice(1)), line).toBe(false);
        }
      }
    }
    expect(keys).toBeGreaterThan(500);
  });

  it('reads keys inside a longer text, from an offset to the end of their line', () => {
    const text = 'x\n  0x10: a\n  name : b # c\n';
    expect(keyAt(text, 4, 11)).toEqual({ name: '16', length: 5 });
    expect(keyIs(text, 4, 5, '16')).toBe(true);
    expect(keyIs(text, 4, 5, '0x10')).toBe(false);
    expect(keyAt(text, 14, 26)).toEqual({ name: 'name', length: 6 });
    expect(keyAt(text, 14, 18), 'the line ends before the colon').toBeUndefined();
  });
});
