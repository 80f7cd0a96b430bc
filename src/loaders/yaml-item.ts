import type { FoundValue } from './range-of.js';
import { keyIs, keyLength } from './yaml-key.js';

/**
 * Locates a value inside one item of a block sequence written in block style, the way deploy-cli writes every
 * entity, by reading only the lines on the way to it: reading those costs a small fraction of a YAML parse.
 *
 * Block indentation alone says which lines belong to which key or item: in a block mapping every key starts a
 * line at the mapping's indentation (a deeper line belongs to the value before it), and in a block sequence every
 * item starts with `-` at the sequence's. So along the path only the lines at each level's indentation are looked
 * at, and what lies deeper beside the path is skipped, whatever it holds. That reading is checked against the
 * item's values at every level: as many keys or items as the values have (a line at that indentation that is not
 * a key adds one too many), the path's key written once and only where the values have it. The value found must
 * be a one-line plain or quoted scalar, an empty `[]`/`{}`, or a block collection over several lines; anything
 * else on the path (tags, anchors, multi-line scalars, flow collections with content, empty values, a collection
 * on one line whose range the full parser decides) answers undefined, and the caller parses the item instead.
 */

interface Read {
  readonly kind: 'map' | 'seq' | 'scalar';
  readonly start: number;
  readonly end: number;
  /** How many lines with content it spans. */
  readonly lines: number;
  /** How many keys or items it holds. */
  readonly size: number;
  /** An empty flow collection, `[]` or `{}`. */
  readonly flow: boolean;
  /** Where the value of the path's key or item is, when the path goes on inside. */
  readonly next?: Next;
}

interface Next {
  readonly line: number;
  readonly column: number;
  /** The line after the value's last one. */
  readonly end: number;
  readonly keyStart?: number;
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
export function locateInItem(text: string, start: number, end: number, segments: readonly string[], value: unknown): FoundValue | undefined {
  const count = contentLines(text, start, end);
  if (count === 0) return undefined;
  try {
    return new PathReader(text, count).locate(segments, value);
  } catch (error) {
    if (error instanceof Unusual) return undefined;
    throw error;
  }
}

/** Whether YAML would break a line where this reader does not. */
export function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/.test(text);
}

/** Notes the lines of `text` from `start` to `end` that are neither blank nor comments; returns how many. */
function contentLines(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end;) {
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

function fits(node: Read, data: unknown): boolean {
  if (node.kind === 'map') return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === node.size;
  if (node.kind === 'seq') return Array.isArray(data) && data.length === node.size;
  return node.flow ? data !== null && typeof data === 'object' && Object.keys(data).length === 0 : data === null || typeof data !== 'object';
}

/** First characters of keys that the reading may name otherwise than they are written: see `keyIs`. */
const RENAMING = new Uint8Array(128);
for (const ch of '0123456789+-.~"\'nNtTfF') RENAMING[ch.charCodeAt(0)] = 1;
const renaming = (code: number): boolean => (code < 128 ? RENAMING[code] === 1 : code === 0xe000 || code === 0xe001);

class PathReader {
  constructor(
    private readonly text: string,
    private readonly count: number,
  ) {}

  locate(segments: readonly string[], value: unknown): FoundValue | undefined {
    // The item: a `-` at the first line's indentation, every other line deeper.
    const itemColumn = lineIndent[0]!;
    if (!this.dash(0, itemColumn)) return undefined;
    for (let line = 1; line < this.count; line++) if (lineIndent[line]! <= itemColumn) return undefined;
    const content = this.skipSpaces(lineAt[0]! + itemColumn + 1, lineEnd[0]!);
    if (content === lineEnd[0]) return undefined;
    let at: Next = { line: 0, column: content - lineAt[0]!, end: this.count };
    let parent = itemColumn;
    let data = value;
    let keyStart: number | undefined;
    for (let depth = 0; ; depth++) {
      const segment = segments[depth];
      const node = this.node(at, parent, segment, data);
      if (!fits(node, data)) return undefined;
      if (!node.next) {
        if (node.kind === 'scalar') return { start: node.start, end: node.end, keyStart, scalar: !node.flow };
        // A collection on one line is reported whole, with an end only the full parser knows exactly; one over
        // several lines is reported by its first line, so any end past its first line break does.
        return node.lines < 2 ? undefined : { start: node.start, end: node.end, keyStart, scalar: false };
      }
      data = node.kind === 'map' ? (data as Record<string, unknown>)[segment!] : (data as unknown[])[Number(segment)];
      keyStart = node.next.keyStart;
      parent = at.column;
      at = node.next;
    }
  }

  /** The node at `at`; `parent` is the indentation it must stay beyond, `segment` the key or index to find in it. */
  private node(at: Next, parent: number, segment: string | undefined, data: unknown): Read {
    const { line, column } = at;
    const offset = lineAt[line]! + column;
    if (this.dash(line, column)) return this.sequence(at, segment);
    if (keyLength(this.text, offset, lineEnd[line]!) >= 0) return this.mapping(at, segment, data);
    const scalar = this.scalar(line, column);
    // A deeper line right after a scalar would continue it (or be invalid): left to the full parser.
    if (line + 1 < this.count && lineIndent[line + 1]! > parent) fail();
    return scalar;
  }

  /** Whether a `-` item indicator (followed by a space or the line's end) stands at `column` of `line`. */
  private dash(line: number, column: number): boolean {
    const at = lineAt[line]! + column;
    const end = lineEnd[line]!;
    return at < end && this.text.charCodeAt(at) === 0x2d && (at + 1 === end || this.text.charCodeAt(at + 1) === 0x20);
  }

  /** The first line from `line` on that is not deeper than `column`, or `end`. */
  private skipDeeper(line: number, column: number, end: number): number {
    while (line < end && lineIndent[line]! > column) line++;
    return line;
  }

  private sequence(at: Next, segment: string | undefined): Read {
    const { line: first, column, end } = at;
    if (lineIndent[first] !== column) fail();
    const wanted = segment !== undefined && /^\d+$/.test(segment) ? Number(segment) : -1;
    let size = 0;
    let next: Next | undefined;
    let line = first;
    for (;;) {
      const stop = this.skipDeeper(line + 1, column, end);
      if (size === wanted) {
        const content = this.skipSpaces(lineAt[line]! + column + 1, lineEnd[line]!);
        if (content === lineEnd[line]) fail();
        next = { line, column: content - lineAt[line]!, end: stop };
      }
      size++;
      line = stop;
      if (line >= end || lineIndent[line] !== column || !this.dash(line, column)) break;
    }
    if (line < end) fail();
    return { kind: 'seq', start: lineAt[first]! + column, end: lineEnd[line - 1]!, lines: line - first, size, flow: false, next };
  }

  private mapping(at: Next, segment: string | undefined, data: unknown): Read {
    const { line: first, column, end } = at;
    const { text } = this;
    const firstChar = segment === undefined ? -1 : segment.charCodeAt(0);
    let size = 0;
    let next: Next | undefined;
    for (let line = first; ;) {
      const keyStart = lineAt[line]! + column;
      let stop = this.skipDeeper(line + 1, column, end);
      if (stop < end && lineIndent[stop] === column && this.dash(stop, column)) {
        // A sequence at the key's own indentation: the key's value, so the key must have none on its line.
        const length = keyLength(text, keyStart, lineEnd[line]!);
        if (length < 0) fail();
        const after = this.skipSpaces(keyStart + length, lineEnd[line]!);
        if (after < lineEnd[line]! && text.charCodeAt(after) !== 0x23) fail();
        do stop = this.skipDeeper(stop + 1, column, end);
        while (stop < end && lineIndent[stop] === column && this.dash(stop, column));
      }
      const initial = text.charCodeAt(keyStart);
      if (segment !== undefined && (initial === firstChar || renaming(initial))) {
        const length = keyLength(text, keyStart, lineEnd[line]!);
        if (length < 0) fail();
        if (keyIs(text, keyStart, length, segment)) {
          if (next) fail();
          next = this.valueOf(line, column, keyStart, length, stop);
        }
      }
      size++;
      line = stop;
      if (line >= end || lineIndent[line] !== column) {
        if (line < end) fail();
        break;
      }
    }
    // The path's key is read where the values have it, and only there.
    if (segment !== undefined && data !== null && typeof data === 'object' && !Array.isArray(data) && (next !== undefined) !== Object.hasOwn(data, segment))
      fail();
    return { kind: 'map', start: lineAt[first]! + column, end: lineEnd[end - 1]!, lines: end - first, size, flow: false, next };
  }

  /** Where the value of the key on `line` starts: after it on the line, or on the next line (deeper, or a `-`). */
  private valueOf(line: number, column: number, keyStart: number, length: number, stop: number): Next {
    const after = this.skipSpaces(keyStart + length, lineEnd[line]!);
    if (after === lineEnd[line] || this.text.charCodeAt(after) === 0x23) {
      // Nothing before the next key: an empty value, left to the parser.
      if (line + 1 >= stop) fail();
      return { line: line + 1, column: lineIndent[line + 1]!, end: stop, keyStart };
    }
    if (after === keyStart + length) fail();
    return { line, column: after - lineAt[line]!, end: stop, keyStart };
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 0x20) at++;
    return at;
  }

  private scalar(line: number, column: number): Read {
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
      return { kind: 'scalar', start, end: stop, lines: 1, size: 0, flow: true };
    } else {
      if (start >= end || PLAIN_NOT_FIRST.has(ch)) fail();
      stop = this.plainEnd(start, end);
    }
    this.trailing(stop, end);
    return { kind: 'scalar', start, end: stop, lines: 1, size: 0, flow: false };
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
