import type { Source, TextRange } from '../model/types.js';
import { parsePointer } from '../model/pointer.js';
import { InputError } from './errors.js';
import { prepareText, type KeywordMappings, type PreparedText } from './keywords.js';
import { narrowTo, rangeOf, writtenAsKeyword, type FoundValue } from './range-of.js';
import { LineIndex } from './text-index.js';
import { MAX_DEPTH, MAX_VALUES, walkValues } from './walk.js';
import type { ParsedFile } from './yaml-file.js';

/**
 * JSON is parsed with the engine's own JSON.parse (fast, no positions). Positions are found only when a finding
 * or an error needs one, by scanning the text along a pointer.
 */
export function parseJsonFile(file: string, original: string, mappings: KeywordMappings): ParsedFile {
  const text = original.charCodeAt(0) === 0xfeff ? ` ${original.slice(1)}` : original;
  const prepared = prepareText(text, mappings, 'json');
  let lines: LineIndex | undefined;
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(text));
  let data: unknown;
  try {
    data = JSON.parse(prepared.text);
  } catch {
    const problem = new JsonScanner(prepared.text).validate();
    const { line, column } = lineIndex().position(prepared.toOriginal(problem.offset));
    throw new InputError(`invalid JSON: ${problem.message}`, file, line, column);
  }
  // Outside strings, every ':' in JSON separates a key from its value; when the parsed data holds as many keys as
  // the text has colons, no object repeats a key, and the slow scan that says where is not needed.
  const outline = outlineJson(prepared.text);
  const duplicate = outline.colons === countKeys(data) ? undefined : new JsonScanner(prepared.text).findDuplicateKey();
  if (duplicate) {
    const { line, column } = lineIndex().position(prepared.toOriginal(duplicate.offset));
    throw new InputError(`duplicate key: "${duplicate.key}" appears twice in one object`, file, line, column);
  }
  // JSON shares nothing, so the text's length bounds the number of values; large dumps hold millions.
  const walk = walkValues(data, file, (pointer) => {
    // Following a very deep pointer rescans the deep value at every level; one pass finds where the limit is crossed.
    if (parsePointer(pointer).length < MAX_DEPTH) return locateJson(prepared, lineIndex(), pointer, outline);
    const offset = prepared.toOriginal(openingAtDepth(prepared.text, MAX_DEPTH));
    return lineIndex().range(offset, offset + 1);
  }, Math.max(MAX_VALUES, text.length));
  const source: Source = { file, locate: (pointer, needle) => narrowTo(locateJson(prepared, lineIndex(), pointer, outline), needle, lineIndex()) };
  if (prepared.text !== text) walk.secrets = walk.secrets.filter((hit) => !writtenAsKeyword(source.locate!(hit.pointer), lineIndex()));
  return { data, source, walk };
}

/**
 * One pass in place of a scanner's: the colons outside strings, and where each object or array of the top three
 * levels ends, so that locating an entity in a large dump skips its neighbours instead of rescanning them.
 */
interface Outline {
  readonly colons: number;
  readonly ends: Map<number, number>;
  /** Item offsets of arrays located into so far. */
  readonly items: Map<number, number[]>;
}

function outlineJson(text: string): Outline {
  const ends = new Map<number, number>();
  const opened: number[] = [];
  let colons = 0;
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      for (i++; i < length; i++) {
        const inside = text.charCodeAt(i);
        if (inside === 34) break;
        if (inside === 92 /* \ */) i++;
      }
    } else if (ch === 58 /* : */) colons++;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (depth < 3) opened[depth] = i;
      depth++;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      depth--;
      if (depth < 3) ends.set(opened[depth]!, i + 1);
    }
  }
  return { colons, ends, items: new Map() };
}

function countKeys(root: unknown): number {
  let keys = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else {
      for (const key of Object.keys(value)) {
        keys++;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return keys;
}

function locateJson(prepared: PreparedText, lines: LineIndex, pointer: string, outline?: Outline): TextRange | undefined {
  const scanner = new JsonScanner(prepared.text, outline?.ends, outline?.items);
  scanner.skipSpace();
  let found: FoundValue = { start: scanner.pos, end: scanner.skipValueFrom(scanner.pos), scalar: false };
  for (const segment of parsePointer(pointer)) {
    const child = scanner.child(found.start, segment);
    if (!child) break;
    found = child;
  }
  return rangeOf({ ...found, scalar: !'{['.includes(prepared.text[found.start] ?? '') }, prepared, lines);
}

/** Offset of the first `{` or `[` that opens a value nested `depth` levels deep (0 when there is none). */
function openingAtDepth(text: string, depth: number): number {
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (level === depth) return i;
      level++;
    } else if (ch === '}' || ch === ']') level--;
  }
  return 0;
}

interface Problem {
  readonly offset: number;
  readonly message: string;
}

class ScanError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

/** A small JSON scanner that knows where things are; it builds no values. */
class JsonScanner {
  pos = 0;
  /** `ends`: where values starting at given offsets end, known beforehand; skipping them is then free. */
  constructor(
    private readonly text: string,
    private readonly ends?: ReadonlyMap<number, number>,
    private readonly items = new Map<number, number[]>(),
  ) {}

  validate(): Problem {
    try {
      this.pos = 0;
      this.skipSpace();
      this.pos = this.skipValueFrom(this.pos);
      this.skipSpace();
      if (this.pos < this.text.length) throw new ScanError(this.pos, 'unexpected text after the end of the document');
      return { offset: 0, message: 'unreadable JSON' };
    } catch (error) {
      if (error instanceof ScanError) return { offset: error.offset, message: error.message };
      throw error;
    }
  }

  findDuplicateKey(): { offset: number; key: string } | undefined {
    let duplicate: { offset: number; key: string } | undefined;
    this.onObjectKeys = (keys) => {
      const seen = new Set<string>();
      for (const { key, offset } of keys) {
        if (seen.has(key)) {
          duplicate ??= { key, offset };
          return;
        }
        seen.add(key);
      }
    };
    this.pos = 0;
    this.skipSpace();
    this.skipValueFrom(this.pos);
    return duplicate;
  }

  private onObjectKeys: ((keys: Array<{ key: string; offset: number }>) => void) | undefined;

  /** The member `segment` of the object or array starting at `start`. */
  child(start: number, segment: string): FoundValue | undefined {
    const open = this.text[start];
    this.pos = start + 1;
    if (open === '{') {
      for (;;) {
        this.skipSpace();
        if (this.text[this.pos] !== '"') return undefined;
        const keyStart = this.pos;
        const key = this.readString();
        this.skipSpace();
        this.pos++; // ':'
        this.skipSpace();
        const valueStart = this.pos;
        const valueEnd = this.skipValueFrom(valueStart);
        if (key === segment) return { start: valueStart, end: valueEnd, keyStart, scalar: true };
        this.skipSpace();
        if (this.text[this.pos] !== ',') return undefined;
        this.pos++;
      }
    }
    if (open === '[' && /^\d+$/.test(segment)) {
      const item = this.itemsOf(start)[Number(segment)];
      return item === undefined ? undefined : { start: item, end: this.skipValueFrom(item), scalar: true };
    }
    return undefined;
  }

  /** Where each item of the array at `start` begins; remembered, so that a dump's entities are listed once. */
  private itemsOf(start: number): readonly number[] {
    const known = this.items.get(start);
    if (known) return known;
    const items: number[] = [];
    this.pos = start + 1;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') break;
      items.push(this.pos);
      this.skipValueFrom(this.pos);
      this.skipSpace();
      if (this.text[this.pos] !== ',') break;
      this.pos++;
    }
    this.items.set(start, items);
    return items;
  }

  skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) break;
      this.pos++;
    }
  }

  /** Skips one value without recursion, so deep nesting cannot overflow the stack; returns its end. */
  skipValueFrom(start: number): number {
    const { text } = this;
    const known = this.ends?.get(start);
    if (known !== undefined) return (this.pos = known);
    this.pos = start;
    const stack: Frame[] = [];
    this.readValue(stack);
    while (stack.length > 0) {
      this.skipSpace();
      const top = stack[stack.length - 1]!;
      const close = top.kind === '{' ? '}' : ']';
      const ch = text[this.pos];
      if (ch === ',') {
        this.pos++;
        if (top.kind === '{') this.readKey(stack);
        this.readValue(stack);
      } else if (ch === close) {
        this.pos++;
        this.closeTop(stack);
      } else {
        throw new ScanError(this.pos, ch === undefined ? 'unexpected end of the document' : `expected ',' or '${close}' but found '${ch}'`);
      }
    }
    return this.pos;
  }

  /** Reads a scalar, or opens containers (and their first key) until a scalar or an empty container is read. */
  private readValue(stack: Frame[]): void {
    const { text } = this;
    for (;;) {
      this.skipSpace();
      const ch = text[this.pos];
      if (ch !== '{' && ch !== '[') break;
      stack.push({ kind: ch, keys: ch === '{' && this.onObjectKeys ? [] : undefined });
      this.pos++;
      this.skipSpace();
      if (text[this.pos] === (ch === '{' ? '}' : ']')) {
        this.pos++;
        this.closeTop(stack);
        return;
      }
      if (ch === '{') this.readKey(stack);
    }
    if (text[this.pos] === '"') this.readString();
    else this.readLiteral();
  }

  private readKey(stack: Frame[]): void {
    this.skipSpace();
    if (this.text[this.pos] !== '"') throw new ScanError(this.pos, 'expected a property name in double quotes');
    const offset = this.pos;
    const key = this.readString();
    stack[stack.length - 1]!.keys?.push({ key, offset });
    this.skipSpace();
    if (this.text[this.pos] !== ':') throw new ScanError(this.pos, "expected ':' after the property name");
    this.pos++;
  }

  private closeTop(stack: Frame[]): void {
    const top = stack.pop();
    if (top?.keys) this.onObjectKeys?.(top.keys);
  }

  readString(): string {
    const { text } = this;
    const start = this.pos;
    this.pos++;
    let hasEscape = false;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (ch === 34) {
        this.pos++;
        const raw = text.slice(start, this.pos);
        return hasEscape ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      }
      if (ch === 92) {
        hasEscape = true;
        this.pos += 2;
        continue;
      }
      if (ch < 32) throw new ScanError(this.pos, 'control character inside a string');
      this.pos++;
    }
    throw new ScanError(start, 'unterminated string');
  }

  readLiteral(): void {
    const match = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) {
      throw new ScanError(this.pos, this.pos >= this.text.length ? 'unexpected end of the document' : `unexpected character '${this.text[this.pos]}'`);
    }
    this.pos += match[0].length;
  }
}

type Frame = { kind: '{' | '['; keys?: Array<{ key: string; offset: number }> };
