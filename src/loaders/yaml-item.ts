import type { FoundValue } from './range-of.js';
import { keyIs, keyLength } from './yaml-key.js';

/**
 * Locates a value inside one item of a block sequence written in the plainest block style: block mappings and
 * sequences, one-line plain or quoted scalars, empty `[]`/`{}`, comments on their own lines or after values.
 * That is how deploy-cli writes every entity, and reading those lines costs a small fraction of a YAML parse.
 * Anything else (multi-line or block scalars, flow collections with content, anchors, tags, empty values,
 * one-line nested collections whose range the full parser decides) answers undefined, and the caller parses the
 * item with the `yaml` package instead. The layout read here is checked against the item's values along the path.
 */

type Node =
  | { readonly kind: 'map'; readonly start: number; readonly end: number; readonly lines: number; readonly size: number; readonly entry?: Entry }
  | { readonly kind: 'seq'; readonly start: number; readonly end: number; readonly lines: number; readonly size: number; readonly item?: Node }
  | { readonly kind: 'scalar'; readonly start: number; readonly end: number; readonly lines: 1; readonly flow: boolean };

/** The entry of a mapping that the path goes through. */
interface Entry {
  readonly keyStart: number;
  readonly value: Node;
}

/**
 * The item's lines that hold content: where each starts, where its text ends (before the line break), its indent.
 * Reused from item to item: a run locates thousands of values.
 */
let lineAt: Int32Array = new Int32Array(256);
let lineEnd: Int32Array = new Int32Array(256);
let lineIndent: Int32Array = new Int32Array(256);

class Unusual extends Error {}

/**
 * `text` must hold no carriage return that does not end a line (YAML breaks the line there, this reader does
 * not): see `hasLoneCarriageReturn`.
 */
export function locateInItem(
  text: string,
  start: number,
  end: number,
  segments: readonly string[],
  value: unknown,
): FoundValue | undefined {
  const count = contentLines(text, start, end);
  let root: Node;
  try {
    const reader = new ItemReader(text, count);
    root = reader.node(0, lineIndent[0] ?? 0, -1, ['0', ...segments], 0);
    if (reader.line !== count || root.kind !== 'seq' || root.size !== 1) return undefined;
  } catch (error) {
    if (error instanceof Unusual) return undefined;
    throw error;
  }
  let node = root.item!;
  let data = value;
  let keyStart: number | undefined;
  for (const segment of segments) {
    if (!fits(node, data)) return undefined;
    let next: Node | undefined;
    if (node.kind === 'map' && node.entry) {
      next = node.entry.value;
      keyStart = node.entry.keyStart;
      data = (data as Record<string, unknown>)[segment];
    } else if (node.kind === 'seq' && node.item) {
      next = node.item;
      keyStart = undefined;
      data = (data as unknown[])[Number(segment)];
    }
    if (!next) break;
    node = next;
  }
  if (!fits(node, data)) return undefined;
  if (node.kind === 'scalar') return { start: node.start, end: node.end, keyStart, scalar: !node.flow };
  // A collection on one line is reported whole, with an end only the full parser knows exactly; one over several
  // lines is reported by its first line, so any end past its first line break does.
  if (node.lines < 2) return undefined;
  return { start: node.start, end: node.end, keyStart, scalar: false };
}

/** Whether YAML would break a line where this reader does not. */
export function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/.test(text);
}

/** Notes the lines of `text` from `start` to `end` that are neither blank nor comments; returns how many. */
function contentLines(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end; ) {
    const next = text.indexOf('\n', at);
    const stop = next === -1 || next >= end ? end : next + 1;
    const bodyEnd = stop > at && text.charCodeAt(stop - 1) === 0x0a ? (stop - 2 >= at && text.charCodeAt(stop - 2) === 0x0d ? stop - 2 : stop - 1) : stop;
    let content = at;
    while (content < bodyEnd && text.charCodeAt(content) === 0x20) content++;
    if (content < bodyEnd && text.charCodeAt(content) !== 0x23) {
      if (count === lineAt.length) grow();
      lineAt[count] = at;
      lineEnd[count] = bodyEnd;
      lineIndent[count] = content - at;
      count++;
    }
    at = stop;
  }
  return count;
}

function grow(): void {
  const bigger = (from: Int32Array): Int32Array => {
    const to = new Int32Array(from.length * 2);
    to.set(from);
    return to;
  };
  lineAt = bigger(lineAt);
  lineEnd = bigger(lineEnd);
  lineIndent = bigger(lineIndent);
}

function fits(node: Node, data: unknown): boolean {
  if (node.kind === 'map') return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === node.size;
  if (node.kind === 'seq') return Array.isArray(data) && data.length === node.size;
  return node.flow ? data !== null && typeof data === 'object' && Object.keys(data).length === 0 : data === null || typeof data !== 'object';
}

/**
 * Reads the nodes of the item from its lines, by offsets into the whole text. Every line is read, not only the
 * ones on the path: a line that does not fit the plain layout anywhere in the item sends the item to the parser,
 * so nothing the layout does not cover can shift what is found. Keys are named only as far as it takes to find the
 * one on the path (found twice, it sends the item to the parser too); elsewhere their lengths give the layout.
 */
class ItemReader {
  line = 0;
  constructor(
    private readonly text: string,
    private readonly count: number,
  ) {}

  /**
   * The node starting at `column` of line `line` (the current one); `parent` is the indentation it must stay
   * beyond. `path[depth]` is the key or index to follow inside it, if any.
   */
  node(line: number, column: number, parent: number, path: readonly string[] | undefined, depth: number): Node {
    if (line >= this.count) fail();
    const at = lineAt[line]! + column;
    const end = lineEnd[line]!;
    if (this.dash(at, end)) return this.sequence(column, path, depth);
    if (keyLength(this.text, at, end) >= 0) return this.mapping(column, path, depth);
    const scalar = this.scalar(line, column);
    this.line = line + 1;
    this.noContinuation(parent);
    return scalar;
  }

  /** A `-` item indicator: followed by a space or the line's end. */
  private dash(at: number, end: number): boolean {
    return at < end && this.text.charCodeAt(at) === 0x2d && (at + 1 === end || this.text.charCodeAt(at + 1) === 0x20);
  }

  private sequence(column: number, path: readonly string[] | undefined, depth: number): Node {
    const first = this.line;
    if (lineIndent[first] !== column) fail();
    const segment = path?.[depth];
    const wanted = segment !== undefined && /^\d+$/.test(segment) ? Number(segment) : -1;
    let size = 0;
    let item: Node | undefined;
    while (this.line < this.count) {
      const line = this.line;
      if (lineIndent[line] !== column || !this.dash(lineAt[line]! + column, lineEnd[line]!)) break;
      const content = this.skipSpaces(lineAt[line]! + column + 1, lineEnd[line]!);
      if (content === lineEnd[line]) fail();
      const read = size === wanted ? this.node(line, content - lineAt[line]!, column, path, depth + 1) : this.node(line, content - lineAt[line]!, column, undefined, 0);
      if (size === wanted) item = read;
      size++;
    }
    if (this.line < this.count && lineIndent[this.line]! > column) fail();
    return { kind: 'seq', start: lineAt[first]! + column, end: this.endOfLast(), lines: this.line - first, size, item };
  }

  private mapping(column: number, path: readonly string[] | undefined, depth: number): Node {
    const first = this.line;
    const segment = path?.[depth];
    let size = 0;
    let entry: Entry | undefined;
    for (let own = true; this.line < this.count; own = false) {
      const line = this.line;
      if (!own && lineIndent[line] !== column) break;
      const keyStart = lineAt[line]! + column;
      const length = keyLength(this.text, keyStart, lineEnd[line]!);
      if (length < 0) fail();
      const onPath = segment !== undefined && keyIs(this.text, keyStart, length, segment);
      if (onPath && entry) fail();
      const after = this.skipSpaces(keyStart + length, lineEnd[line]!);
      let valueLine = line;
      let valueColumn = after - lineAt[line]!;
      if (after === lineEnd[line] || this.text.charCodeAt(after) === 0x23) {
        // The value is a block on the next lines: deeper, or a sequence at the key's own indentation.
        valueLine = line + 1;
        if (valueLine >= this.count || lineIndent[valueLine]! < column) fail();
        valueColumn = lineIndent[valueLine]!;
        if (valueColumn === column && !this.dash(lineAt[valueLine]! + column, lineEnd[valueLine]!)) fail();
        this.line++;
      } else if (after === keyStart + length) fail();
      const value = onPath ? this.node(valueLine, valueColumn, column, path, depth + 1) : this.node(valueLine, valueColumn, column, undefined, 0);
      if (onPath) entry = { keyStart, value };
      size++;
    }
    if (this.line < this.count && lineIndent[this.line]! > column) fail();
    return { kind: 'map', start: lineAt[first]! + column, end: this.endOfLast(), lines: this.line - first, size, entry };
  }

  private endOfLast(): number {
    return lineEnd[this.line - 1]!;
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 0x20) at++;
    return at;
  }

  private scalar(line: number, column: number): Node {
    const { text } = this;
    const end = lineEnd[line]!;
    const start = lineAt[line]! + column;
    const ch = text.charCodeAt(start);
    let stop: number;
    if (ch === 0x22 /* " */) {
      stop = start + 1;
      while (stop < end && text.charCodeAt(stop) !== 0x22) stop += unusual(text.charCodeAt(stop)) ? fail() : text.charCodeAt(stop) === 0x5c ? 2 : 1;
      if (stop >= end) fail();
      stop++;
    } else if (ch === 0x27 /* ' */) {
      stop = start + 1;
      while (stop < end && (text.charCodeAt(stop) !== 0x27 || (stop + 1 < end && text.charCodeAt(stop + 1) === 0x27))) {
        stop += unusual(text.charCodeAt(stop)) ? fail() : text.charCodeAt(stop) === 0x27 ? 2 : 1;
      }
      if (stop >= end) fail();
      stop++;
    } else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      if (start + 1 >= end || text.charCodeAt(start + 1) !== ch + 2) fail();
      stop = start + 2;
      this.trailing(stop, end);
      return { kind: 'scalar', start, end: stop, lines: 1, flow: true };
    } else {
      if (start >= end || PLAIN_NOT_FIRST.has(ch)) fail();
      stop = this.plainEnd(start, end);
    }
    this.trailing(stop, end);
    return { kind: 'scalar', start, end: stop, lines: 1, flow: false };
  }

  /** Where a one-line plain scalar ends: before its trailing spaces and comment. `: ` in it is left to the parser. */
  private plainEnd(start: number, end: number): number {
    const { text } = this;
    let stop = start + 1;
    for (let at = start; at < end; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x20) continue;
      if (code === 0x23 /* # */ && at > start && text.charCodeAt(at - 1) === 0x20) break;
      if ((code === 0x3a /* : */ && (at + 1 === end || text.charCodeAt(at + 1) === 0x20)) || unusual(code)) fail();
      stop = at + 1;
    }
    return stop;
  }

  /** After a quoted or empty flow value: nothing but spaces, or a comment after at least one. */
  private trailing(stop: number, end: number): void {
    const after = this.skipSpaces(stop, end);
    if (after < end && (after === stop || this.text.charCodeAt(after) !== 0x23)) fail();
  }

  /** A deeper line right after a scalar would continue it (or be invalid): left to the full parser. */
  private noContinuation(parent: number): void {
    if (this.line < this.count && lineIndent[this.line]! > parent) fail();
  }
}

/** Indicators that cannot start a one-line plain scalar here (or that start something else). */
const PLAIN_NOT_FIRST = new Set([...'|>&*!%@`?,]}#'].map((ch) => ch.charCodeAt(0)));

/**
 * Characters in a scalar that the line reading does not take on: tabs (separation here is spaces only), other
 * control characters, and the ones some readers take for line breaks or a byte order mark.
 */
function unusual(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && (code <= 0x9f || code === 0x2028 || code === 0x2029 || code === 0xfeff));
}

function fail(): never {
  throw new Unusual();
}
