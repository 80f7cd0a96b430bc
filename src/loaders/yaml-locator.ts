import { parseDocument, type Document } from 'yaml';
import { restoreMarkers } from './keywords.js';
import type { FoundValue } from './range-of.js';
import { hasLoneCarriageReturn, locateInItem } from './yaml-item.js';
import { keyAt } from './yaml-key.js';
import { LineIndex } from './text-index.js';

/** Finds the value at a path of keys and indexes in a parsed document; see yaml-file.ts. */
export type FindInDocument = (doc: Document, segments: readonly string[]) => FoundValue | undefined;

export const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false } as const;

/** Below this size a part of the file is parsed whole rather than cut further. */
const SMALL = 16 * 1024;
const CACHED_PARTS = 64;

interface TopKey {
  readonly name: string;
  /** Where the key stands. */
  readonly keyAt: number;
  /** Where its block starts (the first block also holds what precedes the first key) and ends (the next key). */
  readonly start: number;
  readonly end: number;
  readonly valueLine: string;
}

/**
 * Locates values in a large block-style YAML file without a position-keeping parse of the whole file.
 *
 * The `yaml` package's Document API keeps a node with a range for every value, which costs more than the rest of
 * a run together. A finding needs the range of one value, and deploy-cli exports are long block sequences of small
 * entities under a few top-level keys. So the file is cut along its lines into a top-level key's block and, for a
 * large block sequence, into one item, and only that part is parsed by the `yaml` package, at its offset: the
 * ranges are the ones the full parse would give. Each part is checked against the values read from the whole file;
 * anything unexpected (a layout the cut does not know, a part that reads differently) falls back to `full`, the
 * position-keeping parse of the whole file, so the result is exact either way.
 */
export function blockLocator(
  text: string,
  values: () => unknown,
  find: FindInDocument,
  full: () => Document,
  options: { wholeBelow?: number; lines?: () => LineIndex } = {},
): (segments: readonly string[]) => FoundValue | undefined {
  const wholeBelow = options.wholeBelow ?? SMALL;
  let own: LineIndex | undefined;
  // Where the lines start; any index of a text with the same line breaks will do (the caller's, of the file).
  const lines = options.lines ?? ((): LineIndex => (own ??= new LineIndex(text)));
  let top: Map<string, TopKey> | null | undefined;
  const items = new Map<string, number[] | null>();
  const parts = new Map<number, Document | null>();
  let linesAsYaml: boolean | undefined;
  const fromFull = (segments: readonly string[]): FoundValue | undefined => find(full(), segments);

  const part = (start: number, end: number, expected: (value: unknown) => boolean): Document | null => {
    let doc = parts.get(start);
    if (doc === undefined) {
      const parsed = parseDocument(text.slice(start, end), YAML_OPTIONS);
      doc = parsed.errors.length === 0 && readsAs(parsed, expected) ? parsed : null;
      if (parts.size >= CACHED_PARTS) parts.delete(parts.keys().next().value!);
    } else parts.delete(start);
    parts.set(start, doc);
    return doc;
  };
  const inPart = (doc: Document | null, start: number, segments: readonly string[]): FoundValue | undefined => {
    const found = doc ? find(doc, segments) : undefined;
    return (
      found && { ...found, start: found.start + start, end: found.end + start, keyStart: found.keyStart === undefined ? undefined : found.keyStart + start }
    );
  };

  return (segments) => {
    if (text.length < wholeBelow) return fromFull(segments);
    const data = values();
    top ??= topKeys(text, data, lines());
    if (!top) return fromFull(segments);
    const entry = segments.length > 0 ? top.get(segments[0]!) : undefined;
    if (!entry) {
      // The root, or a key the file does not have (the root then stands in): the first key's line.
      const first = top.values().next().value;
      return first && { start: first.keyAt, end: text.length, scalar: false };
    }
    const value = (data as Record<string, unknown>)[entry.name];
    const wholeBlock = (): FoundValue | undefined =>
      inPart(
        part(entry.start, entry.end, (read) => sameValue(read, { [entry.name]: value })),
        entry.start,
        segments,
      ) ?? fromFull(segments);
    if (entry.end - entry.start < wholeBelow || !Array.isArray(value) || !/^[ \t]*(?:#.*)?$/.test(entry.valueLine)) return wholeBlock();
    let starts = items.get(entry.name);
    if (starts === undefined) items.set(entry.name, (starts = sequenceItems(text, entry, value.length, lines())));
    if (!starts) return wholeBlock();
    const index = segments.length > 1 && /^(?:0|[1-9][0-9]*)$/.test(segments[1]!) ? Number(segments[1]) : -1;
    // The sequence itself (or a missing item, which it stands in for): reported by its key's line, unless it is
    // one line long and so reported whole.
    if ((index < 0 || index >= starts.length) && starts.length < 2) return wholeBlock();
    if (index < 0 || index >= starts.length) return { start: entry.keyAt, end: entry.end, keyStart: entry.keyAt, scalar: false };
    const start = starts[index]!;
    const itemEnd = starts[index + 1] ?? entry.end;
    linesAsYaml ??= !hasLoneCarriageReturn(text);
    const plain = linesAsYaml ? locateInItem(text, start, itemEnd, segments.slice(2), value[index]) : undefined;
    if (plain) return plain;
    const doc = part(start, itemEnd, (read) => Array.isArray(read) && read.length === 1 && sameValue(read[0], value[index]));
    return inPart(doc, start, ['0', ...segments.slice(2)]) ?? fromFull(segments);
  };
}

function readsAs(doc: Document, expected: (value: unknown) => boolean): boolean {
  try {
    return expected(doc.toJS({ maxAliasCount: 0 }));
  } catch {
    // An alias cut off from its anchor: this part cannot stand alone.
    return false;
  }
}

/** The top-level keys of a block mapping written from column 0, or null for any other layout. */
function topKeys(text: string, data: unknown, lines: LineIndex): Map<string, TopKey> | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const found: Array<{ name: string; keyAt: number; start: number; valueLine: string }> = [];
  for (let line = 1; line <= lines.lineCount; line++) {
    const at = line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : lines.offset(line, 1);
    if (at >= text.length) break;
    const ch = text.charCodeAt(at);
    // Only lines starting in column 0 matter, and in a deploy-cli export they are a handful among millions.
    if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d && ch !== 0x23) {
      const end = lineEnd(text, lines, line);
      const body = text.slice(at, end);
      if (/^-(?:[ \t]|$)/.test(body) || (/^---(?:[ \t]|$)/.test(body) && found.length === 0) || /^\.\.\.[ \t]*(?:#.*)?$/.test(body)) {
        // A sequence item of the previous key's value, the document start marker or the document end marker.
      } else {
        const key = keyAt(text, at, end);
        if (!key) return null;
        found.push({ name: key.name, keyAt: at, start: found.length === 0 ? 0 : at, valueLine: body.slice(key.length) });
      }
    }
  }
  const names = Object.keys(data);
  if (names.length !== found.length) return null;
  const written = new Set(found.map((key) => key.name));
  if (written.size !== found.length || names.some((name) => !written.has(name))) return null;
  const keys = new Map<string, TopKey>();
  found.forEach((key, index) => keys.set(key.name, { ...key, end: found[index + 1]?.start ?? text.length }));
  return keys;
}

/** Where the text of a line ends: before its `\n` or `\r\n`. */
function lineEnd(text: string, lines: LineIndex, line: number): number {
  const start = lines.offset(line, 1);
  const next = lines.offset(line + 1, 1);
  if (next === start || text.charCodeAt(next - 1) !== 0x0a) return next;
  return next - 2 >= start && text.charCodeAt(next - 2) === 0x0d ? next - 2 : next - 1;
}

/** Where each item of a block sequence under a top-level key starts, or null when the block is laid out otherwise. */
function sequenceItems(text: string, entry: TopKey, count: number, lines: LineIndex): number[] | null {
  // The value starts on the first line after the key's that is neither blank nor a comment.
  let line = lines.position(entry.keyAt).line + 1;
  let indent = -1;
  for (; line <= lines.lineCount && lines.offset(line, 1) < entry.end; line++) {
    const at = lines.offset(line, 1);
    let content = at;
    while (text.charCodeAt(content) === 0x20) content++;
    const ch = text.charCodeAt(content);
    if (content < text.length && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d && ch !== 0x23) {
      indent = content - at;
      break;
    }
  }
  if (indent < 0) return null;
  const first = lines.offset(line, 1);
  // Exactly `indent` spaces after a line break, then `-` and a blank, a line break or the end of the text: a
  // native search for the line break, spaces and `-` skips the deeper lines of the items without reading them.
  const marker = `\n${' '.repeat(indent)}-`;
  const starts: number[] = [];
  for (let at = text.indexOf(marker, first - 1); at !== -1 && at < entry.end; at = text.indexOf(marker, at + 1)) {
    const after = at + marker.length;
    const ch = text.charCodeAt(after);
    if (after >= text.length || ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) starts.push(at + 1);
  }
  return starts[0] === first && starts.length === count ? starts : null;
}

/** Equal as YAML data, with keyword placeholders of the part read back as markers (as the loader does). */
function sameValue(read: unknown, expected: unknown): boolean {
  if (typeof read === 'string') return restoreMarkers(read) === expected;
  if (typeof read === 'number') return typeof expected === 'number' && (read === expected || (Number.isNaN(read) && Number.isNaN(expected)));
  if (read === null || typeof read !== 'object') return read === expected;
  if (expected === null || typeof expected !== 'object' || Array.isArray(read) !== Array.isArray(expected)) return false;
  if (Array.isArray(read)) {
    const list = expected as unknown[];
    return read.length === list.length && read.every((item, index) => sameValue(item, list[index]));
  }
  const record = expected as Record<string, unknown>;
  const keys = Object.keys(read);
  if (keys.length !== Object.keys(record).length) return false;
  return keys.every((key) => {
    const name = restoreMarkers(key);
    return Object.hasOwn(record, name) && sameValue((read as Record<string, unknown>)[key], record[name]);
  });
}
