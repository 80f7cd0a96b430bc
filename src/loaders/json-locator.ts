import type { FoundValue } from './range-of.js';

/** How deep containers get their end noted up front: the document, its collections and their entities. */
const NOTED_DEPTH = 3;

/**
 * Finds values by pointer in JSON text that JSON.parse has already accepted, so nothing is validated twice.
 * One pass over the text (its bytes when it is ASCII, else its UTF-16 code units: scanning numbers is several
 * times faster than charCodeAt) counts the colons outside strings, for the duplicate-key check, and notes where the
 * top levels' containers end, so locating an entity in a large dump skips its neighbours instead of scanning them.
 */
export class JsonLocator {
  /** Colons outside strings: each separates a key from its value. */
  readonly colons: number;
  private readonly ends = new Map<number, number>();
  /** Where the items of arrays located into so far begin: a dump's entities are listed once. */
  private readonly items = new Map<number, readonly number[]>();
  /** Whether the string read last held an escape sequence. */
  private escaped = false;

  /** `ascii`: the bytes of `text` when it is pure ASCII (each byte is then one character). */
  constructor(
    private readonly text: string,
    ascii?: Uint8Array,
  ) {
    this.colons = outline(ascii ?? codeUnits(text), this.ends);
  }

  /** The value at a path of keys and indexes; when a segment is missing, the closest existing parent stands in. */
  find(segments: readonly string[]): FoundValue {
    const start = this.skipSpace(0);
    let found: FoundValue = { start, end: this.skip(start), scalar: false };
    for (const segment of segments) {
      const child = this.child(found.start, segment);
      if (!child) break;
      found = child;
    }
    const open = this.text.charCodeAt(found.start);
    return { ...found, scalar: open !== 123 /* { */ && open !== 91 /* [ */ };
  }

  private child(start: number, segment: string): FoundValue | undefined {
    const { text } = this;
    const open = text.charCodeAt(start);
    if (open === 123 /* { */) {
      for (let pos = start + 1; ; pos++) {
        pos = this.skipSpace(pos);
        if (text.charCodeAt(pos) !== 34 /* " */) return undefined;
        const keyStart = pos;
        const keyEnd = this.stringEnd(pos);
        const matches = this.escaped
          ? JSON.parse(text.slice(keyStart, keyEnd)) === segment
          : keyEnd - keyStart - 2 === segment.length && text.startsWith(segment, keyStart + 1);
        const valueStart = this.skipSpace(this.skipSpace(keyEnd) + 1);
        const valueEnd = this.skip(valueStart);
        if (matches) return { start: valueStart, end: valueEnd, keyStart, scalar: true };
        pos = this.skipSpace(valueEnd);
        if (text.charCodeAt(pos) !== 44 /* , */) return undefined;
      }
    }
    if (open === 91 /* [ */ && /^\d+$/.test(segment)) {
      const item = this.itemsOf(start)[Number(segment)];
      return item === undefined ? undefined : { start: item, end: this.skip(item), scalar: true };
    }
    return undefined;
  }

  private itemsOf(start: number): readonly number[] {
    const known = this.items.get(start);
    if (known) return known;
    const { text } = this;
    const items: number[] = [];
    let pos = this.skipSpace(start + 1);
    if (text.charCodeAt(pos) !== 93 /* ] */) {
      for (;;) {
        items.push(pos);
        pos = this.skipSpace(this.skip(pos));
        if (text.charCodeAt(pos) !== 44 /* , */) break;
        pos = this.skipSpace(pos + 1);
      }
    }
    this.items.set(start, items);
    return items;
  }

  /** The end of the value starting at `start`. */
  private skip(start: number): number {
    const { text } = this;
    const first = text.charCodeAt(start);
    if (first === 34 /* " */) return this.stringEnd(start);
    if (first === 123 /* { */ || first === 91 /* [ */) {
      const known = this.ends.get(start);
      if (known !== undefined) return known;
      let depth = 0;
      for (let i = start; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 34) i = this.stringEnd(i) - 1;
        else if (ch === 123 || ch === 91) depth++;
        else if ((ch === 125 || ch === 93) && --depth === 0) return i + 1;
      }
      return text.length;
    }
    // A number, true, false or null.
    let end = start;
    while (end < text.length && isLiteralCharacter(text.charCodeAt(end))) end++;
    return end;
  }

  private stringEnd(start: number): number {
    const { text } = this;
    this.escaped = false;
    for (let i = start + 1; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34 /* " */) return i + 1;
      if (ch === 92 /* \ */) {
        this.escaped = true;
        i++;
      }
    }
    return text.length;
  }

  private skipSpace(pos: number): number {
    const { text } = this;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) return pos;
      pos++;
    }
  }
}

function isLiteralCharacter(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 97 && ch <= 122) || ch === 45 || ch === 43 || ch === 46 || ch === 69;
}

/** The text's UTF-16 code units, to scan as numbers rather than through charCodeAt. */
function codeUnits(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'utf16le');
  // A small Buffer may share a pool at an odd offset; a typed array view needs an even one.
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : Buffer.from(bytes);
  return new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.length / 2);
}

/** The colons outside strings, without noting anything else. */
export function countColons(text: string, ascii?: Uint8Array): number {
  return outline(ascii ?? codeUnits(text));
}

/** Counts the colons outside strings and, given `ends`, notes where the top levels' containers end. */
function outline(codes: Uint8Array | Uint16Array, ends?: Map<number, number>): number {
  const noted = ends ? NOTED_DEPTH : 0;
  const opened: number[] = [];
  let colons = 0;
  let depth = 0;
  const length = codes.length;
  for (let i = 0; i < length; i++) {
    const ch = codes[i];
    if (ch === 34 /* " */) {
      for (i++; i < length; i++) {
        const inside = codes[i];
        if (inside === 34) break;
        if (inside === 92 /* \ */) i++;
      }
    } else if (ch === 58 /* : */) colons++;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (depth < noted) opened[depth] = i;
      depth++;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      depth--;
      if (depth < noted) ends!.set(opened[depth]!, i + 1);
    }
  }
  return colons;
}
