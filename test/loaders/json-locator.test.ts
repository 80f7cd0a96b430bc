import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonLocator } from '../../src/loaders/json-locator.js';
import { parsePointer } from '../../src/model/pointer.js';

/**
 * The locator scans text JSON.parse accepted, skipping what it can. The oracle is independent of it: the text
 * between the offsets found for a pointer must parse to the value the pointer names, and the key found must parse
 * to the pointer's last segment.
 */
const SEED = 20_261_127;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const keyArbitrary = fc.oneof(
  fc.constantFrom('name', 'client_id', 'scope', 'a/b', 'x~y', 'é', '"quoted"', 'back\\slash', '', '0'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

const valueArbitrary: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 5 }),
    fc.constantFrom('{', '}', '[', ']', ':', ',', '"', '\\', '\\"', 'https://x:1/cb'),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(keyArbitrary, tie('value'), { maxKeys: 5 }),
  ),
})).value;

const documentArbitrary = fc.record({
  value: fc.dictionary(keyArbitrary, valueArbitrary, { maxKeys: 6 }),
  indent: fc.constantFrom(0, 1, 2, '\t', ' \r\n'),
});

function render(value: Json, indent: number | string): string {
  // ' \r\n' as an indent string is not valid JSON.stringify spacing, so CRLF layouts are made by hand.
  return indent === ' \r\n' ? JSON.stringify(value, null, 2).replace(/\n/g, '\r\n') : JSON.stringify(value, null, indent);
}

function pointersOf(value: Json, base = ''): Array<{ pointer: string; value: Json }> {
  const here = [{ pointer: base, value }];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => pointersOf(item, `${base}/${index}`)));
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([key, item]) => pointersOf(item, `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)));
  }
  return here;
}

function checkEveryPointer(text: string, ascii?: Uint8Array): void {
  const parsed = JSON.parse(text) as Json;
  const locator = new JsonLocator(text, ascii);
  for (const { pointer, value } of pointersOf(parsed)) {
    const segments = parsePointer(pointer);
    const found = locator.find(segments);
    expect(JSON.parse(text.slice(found.start, found.end)), pointer).toEqual(value);
    if (found.keyStart !== undefined) {
      // The documents are written by JSON.stringify, so a key is spelled as JSON.stringify spells it.
      const key = segments.at(-1)!;
      expect(JSON.parse(text.slice(found.keyStart, found.keyStart + JSON.stringify(key).length)), pointer).toBe(key);
    }
  }
}

describe('JsonLocator', () => {
  it('finds every value of generated documents, scanning the string', () => {
    fc.assert(
      fc.property(documentArbitrary, ({ value, indent }) => checkEveryPointer(render(value, indent))),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('finds the same places scanning the bytes of ASCII documents', () => {
    fc.assert(
      fc.property(documentArbitrary, ({ value, indent }) => {
        const text = render(value, indent);
        const bytes = Buffer.from(text, 'utf8');
        fc.pre(bytes.length === text.length);
        checkEveryPointer(text, bytes);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('skips numbers and literals however they are written', () => {
    checkEveryPointer('{"a": 1E5, "b": [-2.5E-3, 0e+1, true, false, null], "c": {"d": 1.0e10}, "e": "x"}');
    checkEveryPointer('{ "a" :1E5 ,"b":[ -2.5E-3 ,null ] ,"c":"\\u0041\\"" }');
  });

  it('counts the colons outside strings, which the duplicate-key check compares with the keys', () => {
    const text = '{"a:b": "c:d", "e": {"f": [1, {"g": "h"}]}, "i\\":": ":"}';
    expect(new JsonLocator(text).colons).toBe(5);
    expect(new JsonLocator(text, Buffer.from(text)).colons).toBe(5);
  });

  it('stands the closest existing parent in for a missing member', () => {
    const text = '{"clients": [{"name": "A", "callbacks": ["https://a"]}]}';
    const locator = new JsonLocator(text);
    const found = locator.find(['clients', '0', 'missing']);
    expect(text.slice(found.start, found.end)).toBe('{"name": "A", "callbacks": ["https://a"]}');
    expect(locator.find(['clients', '5']).start).toBe(text.indexOf('['));
  });
});
