/**
 * deploy-cli keyword replacement, done the way deploy-cli does it: on the raw text, before parsing.
 * `##KEY##` is replaced by the value as text, `@@KEY@@` (optionally quoted) by the value as JSON.
 *
 * Markers without a mapping must survive parsing so they can be reported where they stand: unquoted markers
 * would otherwise make YAML invalid (`@@`) or turn the rest of the line into a comment (`##` after white space or at
 * the start of a line; elsewhere a `#` is part of the scalar and the marker stays as written). They are swapped for
 * private-use characters of the same length, so every offset in the parsed text still matches the file, and
 * swapped back after parsing. JSON needs that only for a bare `@@KEY@@` outside a string; every other marker in
 * JSON is left as written.
 */

import { InputError } from '../shared/errors.js';

export type KeywordMappings = Readonly<Record<string, unknown>>;

const HASH = '\uE000';
const AT = '\uE001';
const MARKER = /"@@([A-Za-z0-9_]+)@@"|'@@([A-Za-z0-9_]+)@@'|@@([A-Za-z0-9_]+)@@|##([A-Za-z0-9_]+)##/g;
/** deploy-cli's own detection only knows upper-case keys; `##foo##` in prose is not a marker. */
const UNRESOLVED_KEY = /^[A-Z0-9_]+$/;
const PLACEHOLDER = new RegExp(`${HASH}${HASH}([A-Za-z0-9_]+)${HASH}${HASH}|${AT}${AT}?([A-Za-z0-9_]+)${AT}?${AT}`, 'g');

const MARKER_TEXT = /##[A-Z0-9_]+##|@@[A-Z0-9_]+@@/g;

export interface PreparedText {
  readonly text: string;
  /**
   * Maps an offset in `text` back to the offset in the original file. An offset inside replaced text maps to the
   * marker's start, or, for the `end` of a range, to the marker's end, so a value from a mapping is located at the
   * whole marker that produced it.
   */
  toOriginal(offset: number, side?: 'start' | 'end'): number;
  /**
   * True when the only changes turned marker characters (`#`, `@`) into placeholders one for one: every offset,
   * quote, colon and bracket is then where the file has it, and the file's bytes can be scanned instead.
   */
  readonly sameStructure: boolean;
}

interface Edit {
  readonly at: number;
  readonly length: number;
  readonly originalAt: number;
  readonly originalLength: number;
}

/**
 * How long the text may grow by replacement: the file size limit applies to what is parsed, not only to what is
 * read, so that a small export with a large mapping value used many times cannot exhaust memory.
 */
export interface ReplacementLimit {
  readonly maxLength: number;
  readonly file: string;
}

/**
 * `text`: a file deploy-cli reads as text (action code, scripts, HTML): mapped markers are replaced, unmapped ones
 * stay as written, since nothing parses the text afterwards.
 */
export function prepareText(original: string, mappings: KeywordMappings, syntax: 'yaml' | 'json' | 'text', limit?: ReplacementLimit): PreparedText {
  const withoutMappings = Object.keys(mappings).length === 0;
  if (syntax === 'text' && withoutMappings) return unchanged(original);
  // JSON leaves unmapped `##` markers as written; only mappings and bare `@@` markers need the full pass.
  const jsonWithoutMappings = syntax === 'json' && withoutMappings;
  if ((jsonWithoutMappings || !original.includes('##')) && !original.includes('@@')) return unchanged(original);
  const edits: Edit[] = [];
  // Only bare `@@KEY@@` markers in JSON need to know whether they stand inside a string; most files have none.
  let inJsonString: ((offset: number) => boolean) | undefined;
  const insideJsonString = (offset: number): boolean => (inJsonString ??= jsonStringState(original))(offset);
  let shift = 0;
  let sameStructure = true;
  let changed = false;
  const text = original.replace(MARKER, (match: string, dq?: string, sq?: string, bare?: string, hash?: string, at?: number) => {
    const offset = at as unknown as number;
    const key = (dq ?? sq ?? bare ?? hash)!;
    let replacement: string;
    if (Object.hasOwn(mappings, key)) {
      const value = mappings[key];
      replacement = hash !== undefined ? String(value) : (JSON.stringify(value) ?? 'null');
      sameStructure = false;
    } else if (!UNRESOLVED_KEY.test(key) || syntax === 'text') {
      return match;
    } else if (syntax === 'json') {
      // JSON has no comments, and a marker inside a string is plain text: only a bare `@@KEY@@` must change.
      if (bare === undefined || insideJsonString(offset)) return match;
      replacement = `"${AT}${key}${AT}"`;
      sameStructure = false;
    } else if (hash !== undefined && continuesScalar(original.charCodeAt(offset - 1))) {
      // A `#` right after a scalar's own character cannot start a YAML comment (`https://app.##ENV##.example`):
      // the marker parses as written, and the text stays one-byte and unmoved.
      return match;
    } else if (hash !== undefined) {
      replacement = `${HASH}${HASH}${key}${HASH}${HASH}`;
    } else {
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
      replacement = `${quote}${AT}${AT}${key}${AT}${AT}${quote}`;
    }
    if (limit && original.length + shift + replacement.length - match.length > limit.maxLength) {
      throw new InputError(
        `keyword replacement makes the text longer than the file size limit of ${limit.maxLength} (raise it with --max-file-size)`,
        limit.file,
      );
    }
    if (replacement.length !== match.length) {
      edits.push({ at: offset + shift, length: replacement.length, originalAt: offset, originalLength: match.length });
      shift += replacement.length - match.length;
    }
    changed = true;
    return replacement;
  });
  // Unchanged text stays the same string, so callers can tell nothing moved.
  if (!changed) return unchanged(original);
  return { text, toOriginal: (offset, side = 'start') => toOriginal(edits, offset, side), sameStructure };
}

/** Letters, digits, `.`, `_`, `/` and `-`: characters after which YAML reads a `#` as part of the scalar. */
function continuesScalar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 47 || code === 45;
}

const unchanged = (text: string): PreparedText => ({ text, toOriginal: (offset) => offset, sameStructure: true });

function toOriginal(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  let low = 0;
  let high = edits.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (edits[mid]!.at <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found === -1) return offset;
  const edit = edits[found]!;
  if (offset < edit.at + edit.length) return side === 'end' && offset > edit.at ? edit.originalAt + edit.originalLength : edit.originalAt;
  return edit.originalAt + edit.originalLength + (offset - edit.at - edit.length);
}

/** Tells for each offset of JSON text whether it lies inside a string literal. */
function jsonStringState(text: string): (offset: number) => boolean {
  const boundaries: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString && ch === 92 /* \ */) i++;
    else if (ch === 34 /* " */) {
      inString = !inString;
      boundaries.push(i);
    }
  }
  return (offset) => {
    let low = 0;
    let high = boundaries.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (boundaries[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low % 2 === 1;
  };
}

/** Turns placeholders back into the markers the user wrote. */
export function restoreMarkers(value: string): string {
  if (!value.includes(HASH) && !value.includes(AT)) return value;
  return value.replace(PLACEHOLDER, (_match, hashKey?: string, atKey?: string) => (hashKey !== undefined ? `##${hashKey}##` : `@@${atKey}@@`));
}

export function hasPlaceholder(value: string): boolean {
  return value.includes(HASH) || value.includes(AT);
}

export function findMarkers(value: string): string[] {
  return value.match(MARKER_TEXT) ?? [];
}
