/**
 * Generated block YAML, laid out every way the item reader may meet (multi-line, block, flow and quoted scalars,
 * empty values, comments, compact and indentless sequences, keys the reading renames): every pointer into it,
 * and pointers to missing places, must be located exactly where the `yaml` package's full parse puts them.
 */
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/loaders/keywords.js';
import { rangeOf } from '../../src/loaders/range-of.js';
import { LineIndex } from '../../src/loaders/text-index.js';
import { findInDocument } from '../../src/loaders/yaml-file.js';
import { blockLocator, YAML_OPTIONS } from '../../src/loaders/yaml-locator.js';
import { loadValues } from '../../src/loaders/yaml-values.js';
import { joinPointer, parsePointer } from '../../src/model/pointer.js';

const SEED = 20_261_127;

const KEYS = ['name', 'app_type', 'a', 'b', 'x y', 'url:x', '0x10', '1e3', 'true', 'True', '"quoted"', "'single'", '"a: b"', '##KEY##'];
const SCALARS = [
  'plain',
  'two words',
  'https://a.example.com/cb',
  '12',
  '0x1F',
  'true',
  '~',
  '"dq \\" x"',
  "'sq '' x'",
  '"#not comment"',
  '[]',
  '{}',
  '[a, b]',
  '{a: 1}',
  'text # comment',
  '"q" # comment',
  'a#b',
  '@@VALUE@@',
  '!!str tagged',
  'tab\tinside',
  'nbsp\u00a0',
  '"tab\tquoted"',
];

/** A small deterministic generator, so that one integer from fast-check stands for a whole document. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

function documentFrom(seed: number): string {
  const pick = random(seed);
  const lines: string[] = [];
  const pad = (n: number): string => ' '.repeat(n);
  const noise = (indent: number): void => {
    const roll = pick(12);
    if (roll === 0) lines.push(`${pad(pick(2) === 0 ? indent : 0)}# a comment`);
    else if (roll === 1) lines.push('');
  };
  /** Writes a value after `head` (a key or `-` already on the line); its block content goes at `indent`. */
  const value = (head: string, indent: number, depth: number): void => {
    const roll = depth > 2 ? pick(10) : pick(16);
    if (roll < 6) lines.push(`${head}${pick(8) === 0 ? '\t' : ' '}${SCALARS[pick(SCALARS.length)]}${pick(8) === 0 ? ' \t ' : ''}`);
    else if (roll === 6) lines.push(`${head} multi line`, `${pad(indent + 1)}plain text`);
    else if (roll === 7) lines.push(`${head} ${pick(2) === 0 ? '|' : '>-'}`, `${pad(indent + 1)}block`, `${pad(indent + 3)}- text: x`);
    else if (roll === 8) lines.push(`${head} [a,`, `${pad(indent + 1)}b]`);
    else if (roll === 9) lines.push(head);
    else if (roll < 13) {
      lines.push(head);
      mapping(indent + 1 + pick(2), depth + 1, undefined);
    } else {
      lines.push(head);
      sequence(head.trimStart().startsWith('-') ? indent + 1 : indent + pick(2) * 2, depth + 1);
    }
  };
  const mapping = (indent: number, depth: number, first: string | undefined): void => {
    const used = new Set<string>();
    const count = 1 + pick(3);
    for (let i = 0; i < count; i++) {
      let key = KEYS[pick(KEYS.length)]!;
      while (used.has(key)) key = KEYS[pick(KEYS.length)]!;
      used.add(key);
      noise(indent);
      value(i === 0 && first !== undefined ? `${first}${key}:` : `${pad(indent)}${key}:`, indent, depth);
    }
  };
  const sequence = (indent: number, depth: number): void => {
    const count = 1 + pick(3);
    for (let i = 0; i < count; i++) {
      noise(indent);
      const roll = pick(5);
      if (roll < 2) mapping(indent + 2, depth + 1, `${pad(indent)}- `);
      else value(`${pad(indent)}-`, indent, depth);
    }
  };
  lines.push('tenant: x', 'items:');
  const indent = pick(2) * 2;
  for (let i = 0; i < 3; i++) {
    noise(indent);
    mapping(indent + 2, 0, `${pad(indent)}- `);
  }
  lines.push('last: 1', '');
  return lines.join(pick(6) === 0 ? '\r\n' : '\n');
}

function pointersOf(value: unknown, pointer = '', out: string[] = []): string[] {
  out.push(pointer, joinPointer(pointer, 'missing'), joinPointer(pointer, 7));
  if (Array.isArray(value)) value.forEach((item, index) => pointersOf(item, joinPointer(pointer, index), out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pointersOf(item, joinPointer(pointer, key), out);
  return out;
}

describe('block YAML locator on generated layouts', () => {
  it('locates every pointer where the full parse does', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const original = documentFrom(seed);
        const prepared = prepareText(original, {}, 'yaml');
        const full = parseDocument(prepared.text, YAML_OPTIONS);
        const values = loadValues(prepared.text);
        if (full.errors.length > 0 || !values) return;
        fast++;
        const lines = new LineIndex(original);
        const locate = blockLocator(
          prepared.text,
          () => values.value,
          findInDocument,
          () => full,
          { wholeBelow: 0, lines: () => lines },
        );
        const range = (found: ReturnType<typeof locate>) => found && rangeOf(found, prepared, lines);
        for (const pointer of pointersOf(values.value)) {
          const segments = parsePointer(pointer);
          expect(range(locate(segments)), `${pointer} in\n${original}`).toEqual(range(findInDocument(full, segments)));
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(fast, 'documents read the fast way').toBeGreaterThan(60);
  });
});
