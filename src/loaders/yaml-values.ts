import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/**
 * A fast reading of YAML values, without positions, for the common case of a plain block document.
 *
 * js-yaml builds values several times faster than the `yaml` package's Document API, which keeps every node with
 * its range. Its schema below resolves plain scalars exactly as the `yaml` package's YAML 1.2 core schema does
 * (js-yaml's own core schema also reads `0b1010` and `+0x1F` as numbers). Anything this reading might treat
 * differently, or that needs the `yaml` package's guards, is left to the full parse: see `needsFullParse`.
 */

const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/**
 * js-yaml tries every implicit type on every plain scalar, and most plain scalars are words and URLs. So each test
 * first rules out by length or first character what its expression could never match; the expression decides.
 */
const isNull = (text: string | null): boolean => text === null || (text.length <= 4 && CORE_NULL.test(text));
const isBool = (text: string | null): boolean => text !== null && (text.length === 4 || text.length === 5) && CORE_BOOL.test(text);
const isInt = (text: string | null): boolean => text !== null && startsNumber(text, false) && CORE_INT.test(text);
const isFloat = (text: string | null): boolean => text !== null && startsNumber(text, true) && CORE_FLOAT.test(text);

/** A digit, a sign, or (for floats) a dot: every core-schema number starts with one. */
function startsNumber(text: string, dot: boolean): boolean {
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || (dot && first === 0x2e);
}

const IMPLICIT: Type[] = [
  new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: isNull, construct: () => null }),
  new Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: isBool,
    construct: (text: string) => text[0] === 't' || text[0] === 'T',
  }),
  new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: isInt,
    construct: (text: string) =>
      text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
  }),
  new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: isFloat,
    construct: (text: string) => {
      if (/nan$/i.test(text)) return Number.NaN;
      if (/inf$/i.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      return parseFloat(text);
    },
  }),
];
const CORE_SCHEMA_12 = FAILSAFE_SCHEMA.extend({ implicit: IMPLICIT });

/**
 * Constructs the fast reading cannot take on as the `yaml` package would: anchors (aliases share values, and the
 * alias-expansion limit lives in the full parse), directives (`%YAML 1.1` changes the schema), merge keys (`<<`,
 * which the full parse refuses), explicit keys,
 * collection keys and null keys (the two libraries name such properties differently). The checks are loose (a
 * false alarm only costs speed) and start from a native substring search: a regular expression over a 100 MB file
 * costs more than the fast parse saves. One divergence is left, as not worth a scan of its own: an empty key
 * (`: value`) is the property `null` here and `` in the full parse; Auth0 has no such field.
 */
export function needsFullParse(text: string): boolean {
  const before = (at: number): string => (at === 0 ? '\n' : text[at - 1]!);
  return (
    occurs(text, '%', (at) => at === 0 || text[at - 1] === '\n') ||
    occurs(text, '<<', (at) => COLON_AFTER.test(text.slice(at + 2, at + 80))) ||
    occurs(text, '&', (at) => /[\s,[{:]/.test(before(at)) && /\S/.test(text[at + 1] ?? ' ')) ||
    occurs(text, '?', (at) => /^[ \t]*(?:-[ \t]+)*$/.test(text.slice(text.lastIndexOf('\n', at) + 1, at)) && /[ \t\r\n]/.test(text[at + 1] ?? '\n')) ||
    occurs(text, ']', (at) => COLON_AFTER.test(text.slice(at + 1, at + 80))) ||
    occurs(text, '}', (at) => COLON_AFTER.test(text.slice(at + 1, at + 80))) ||
    occurs(text, '~', (at) => COLON_AFTER.test(text.slice(at + 1, at + 80))) ||
    occurs(text, 'ull', (at) => /[Nn]/.test(before(at)) && COLON_AFTER.test(text.slice(at + 3, at + 80))) ||
    occurs(text, 'NULL', (at) => COLON_AFTER.test(text.slice(at + 4, at + 80)))
  );
}

const COLON_AFTER = /^[ \t]*:(?:[ \t\r\n]|$)/;

function occurs(text: string, needle: string, check: (at: number) => boolean): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (check(at)) return true;
  }
  return false;
}

/** The document's value, or undefined when the fast reading cannot vouch for it (then the full parse decides). */
export function loadValues(text: string): { value: unknown } | undefined {
  if (needsFullParse(text)) return undefined;
  try {
    return { value: load(text, { schema: CORE_SCHEMA_12 }) ?? null };
  } catch {
    // Syntax errors, duplicate keys, unknown tags, deep nesting: the full parse reports them with its own wording.
    return undefined;
  }
}

/** The property name a plain (unquoted) key gets in the fast reading: `0x10:` names the property `16`. */
export function plainKeyName(text: string): string {
  for (const type of IMPLICIT) {
    if (type.resolve(text)) return String(type.construct(text));
  }
  return text;
}
