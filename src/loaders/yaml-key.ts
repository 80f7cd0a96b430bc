import { restoreMarkers } from './keywords.js';
import { plainKeyName } from './yaml-values.js';

export interface KeyRead {
  /** The property name the key gives, as the fast reading of values names it. */
  readonly name: string;
  /** The length of the `key:` part, up to and with its colon. */
  readonly length: number;
}

const QUOTED_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')[ \t]*:(?=[ \t]|$)/;
/** Characters that cannot start a plain key: indicators, and `-`, which the readers take for a sequence item. */
const NOT_FIRST = new Set([...'#\'"!&*|>%@`{}[],?:-'].map((ch) => ch.charCodeAt(0)));

/**
 * Reads the block mapping key written at `from` in a line whose text ends at `end` (before its line break): a
 * plain or quoted scalar followed by `:` and a blank or the line's end.
 */
export function keyAt(text: string, from: number, end: number): KeyRead | undefined {
  const length = keyLength(text, from, end);
  return length < 0 ? undefined : { name: keyName(text, from, length), length };
}

/**
 * The length of the `key:` part at `from`, or -1 when the line holds no key there. Called for most lines the
 * locators read, so a plain key is read by its characters: it ends at the first `:` followed by a blank or the
 * line's end, may hold `#` only right after a non-blank, and never holds a line break.
 */
export function keyLength(text: string, from: number, end: number): number {
  if (from >= end) return -1;
  const first = text.charCodeAt(from);
  if (first === 0x22 || first === 0x27) return quotedKey(text.slice(from, end))?.length ?? -1;
  if (NOT_FIRST.has(first) || isSpace(first) || (first > 0x7f && /\s/.test(text[from]!))) return -1;
  for (let at = from + 1; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x3a) {
      let colon = at;
      while (colon < end && isBlank(text.charCodeAt(colon))) colon++;
      if (colon < end && text.charCodeAt(colon) === 0x3a && (colon + 1 === end || isBlank(text.charCodeAt(colon + 1)))) return colon + 1 - from;
    } else if (code === 0x23) {
      if (isBlank(text.charCodeAt(at - 1))) return -1;
    } else if (code === 0x0a || code === 0x0d) return -1;
  }
  return -1;
}

/** The property name of a key that `keyLength` read, `length` long, at `from`. */
function keyName(text: string, from: number, length: number): string {
  const first = text.charCodeAt(from);
  if (first === 0x22 || first === 0x27) return quotedKey(text.slice(from, from + length))!.name;
  let end = from + length - 1;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  return restoreMarkers(plainKeyName(text.slice(from, end)));
}

/**
 * Whether the key that `keyLength` read, `length` long, at `from` gives the property `name`. Most keys are words
 * that name themselves, so only a key written as `name` or one that the reading may rename (a number, null or
 * boolean form, a quoted key, a keyword placeholder) is named in full.
 */
export function keyIs(text: string, from: number, length: number, name: string): boolean {
  const first = text.charCodeAt(from);
  if (first === 0x22 || first === 0x27) return keyName(text, from, length) === name;
  let end = from + length - 1;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  if ((end - from === name.length && written(text, from, name)) || mayRename(text, from, end)) return keyName(text, from, length) === name;
  return false;
}

/** Whether `text` holds `name` at `from`; compared in place, as `startsWith` at an offset of a long text costs more. */
function written(text: string, from: number, name: string): boolean {
  for (let index = 0; index < name.length; index++) if (text.charCodeAt(from + index) !== name.charCodeAt(index)) return false;
  return true;
}

/** Whether a plain key's name may differ from its text: see `plainKeyName` and `restoreMarkers`. */
function mayRename(text: string, from: number, end: number): boolean {
  const first = text.charCodeAt(from);
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e || first === 0x7e) return true;
  if ((end - from === 4 || end - from === 5) && 'nNtTfF'.includes(text[from]!)) return true;
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0xe000 || code === 0xe001) return true;
  }
  return false;
}

function quotedKey(line: string): KeyRead | undefined {
  const quoted = QUOTED_KEY.exec(line);
  if (!quoted) return undefined;
  if (quoted[2] !== undefined) return { name: restoreMarkers(quoted[2].replace(/''/g, "'")), length: quoted[0].length };
  try {
    // The escapes JSON knows mean the same in YAML; a key with any other escape is left to the parser.
    return { name: restoreMarkers(JSON.parse(`"${quoted[1]!}"`) as string), length: quoted[0].length };
  } catch {
    return undefined;
  }
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** ASCII white space as a regular expression's `\s` knows it. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
