import type { Source, TextRange } from '../model/types.js';
import { parsePointer } from '../model/pointer.js';
import { InputError } from '../shared/errors.js';
import { prepareText, type KeywordMappings, type PreparedText } from './keywords.js';
import { narrowTo, rangeOf, writtenAsKeyword } from './range-of.js';
import { countColons, JsonLocator } from './json-locator.js';
import { LineIndex } from './text-index.js';
import { MAX_DEPTH, walkValues } from './walk.js';
import type { ParsedFile } from './yaml-file.js';

/** Past this size a file's outline is taken while loading; below it, only if a finding or an error needs it. */
const EAGER_OUTLINE = 64 * 1024;

/**
 * JSON is parsed with the engine's own JSON.parse (fast, no positions). Positions are found only when a finding
 * or an error needs one, by scanning the text along a pointer.
 *
 * `ascii`: the file's bytes when every one is ASCII (then byte and character offsets agree); scanning them is
 * several times faster than scanning the string.
 */
export function parseJsonFile(file: string, original: string, mappings: KeywordMappings, ascii?: Uint8Array, maxLength = Infinity): ParsedFile {
  const text = original.charCodeAt(0) === 0xfeff ? ` ${original.slice(1)}` : original;
  const prepared = prepareText(text, mappings, 'json', { maxLength, file });
  const source = new JsonSource(file, text, prepared);
  let data: unknown;
  try {
    data = JSON.parse(prepared.text);
  } catch {
    const problem = new JsonScanner(prepared.text).validate();
    const { line, column } = source.lines().position(prepared.toOriginal(problem.offset));
    throw new InputError(`invalid JSON: ${problem.message}`, file, line, column);
  }
  const bytes = ascii && prepared.sameStructure && text === original ? ascii : undefined;
  // A directory export is tens of thousands of small files: their outlines are not kept unless needed.
  const colons = text.length > EAGER_OUTLINE ? source.outline(bytes).colons : countColons(prepared.text, bytes);
  const walk = walkValues(data, file, { locate: (pointer) => source.rangeBounded(pointer), text: prepared.text, shared: false });
  // Outside strings, every ':' in JSON separates a key from its value; when the parsed data holds as many keys as
  // the text has colons, no object repeats a key, and the slow scan that says where is not needed.
  const duplicate = colons === walk.keys ? undefined : new JsonScanner(prepared.text).findDuplicateKey();
  if (duplicate) {
    const { line, column } = source.lines().position(prepared.toOriginal(duplicate.offset));
    throw new InputError(`duplicate key: "${duplicate.key}" appears twice in one object`, file, line, column);
  }
  if (prepared.text !== text) walk.secrets = walk.secrets.filter((hit) => !writtenAsKeyword(source.locate(hit.pointer), source.lines()));
  return { data, source, walk };
}

/** Where things are in one JSON file; what it needs for that is built on the first question. */
class JsonSource implements Source {
  private lineIndex: LineIndex | undefined;
  private locator: JsonLocator | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly prepared: PreparedText,
  ) {}

  locate(pointer: string, needle?: string): TextRange | undefined {
    return narrowTo(this.range(pointer), needle, this.lines());
  }

  lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  outline(ascii?: Uint8Array): JsonLocator {
    return (this.locator ??= new JsonLocator(this.prepared.text, ascii));
  }

  range(pointer: string): TextRange {
    return rangeOf(this.outline().find(parsePointer(pointer)), this.prepared, this.lines());
  }

  /** For errors about nesting: following a very deep pointer would rescan the deep value at every level. */
  rangeBounded(pointer: string): TextRange {
    if (parsePointer(pointer).length < MAX_DEPTH) return this.range(pointer);
    const offset = this.prepared.toOriginal(openingAtDepth(this.prepared.text, MAX_DEPTH));
    return this.lines().range(offset, offset + 1);
  }
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
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** A small validating JSON scanner, for what JSON.parse does not say: where an error or a repeated key is. */
class JsonScanner {
  pos = 0;
  constructor(private readonly text: string) {}

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
