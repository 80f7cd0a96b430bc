import { stat } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError, throwAll } from '../shared/errors.js';
import { suggestion } from '../engine/did-you-mean.js';
import { readTextFile } from '../loaders/read-file.js';
import { parseJsonFile } from '../loaders/json-file.js';
import { joinPointer, parsePointer } from '../model/pointer.js';
import type { TextRange } from '../model/types.js';

/** A parsed settings file (configuration, rule file, baseline) that can say where any of its values is. */
export interface LocatedDocument {
  /** Path for messages, relative to the working directory. */
  readonly file: string;
  readonly data: unknown;
  locate(pointer: string): TextRange | undefined;
  /** Where the key of the value at `pointer` is written (a mistake in a key is marked at the key). */
  locateKey(pointer: string): TextRange | undefined;
}

/** Settings files are small; a bigger one is a mistake or an attack, not a configuration. */
const MAX_SETTINGS_FILE_SIZE = 1024 * 1024;

/** What a settings file is, for the error when it is missing: the path alone does not say which option named it. */
const MISSING: Readonly<Record<'configuration' | 'baseline' | 'rules', string>> = {
  configuration: 'no such configuration file',
  baseline: 'no such baseline file; write one with --update-baseline',
  rules: 'no such rule file',
};

export async function readLocatedDocument(absolute: string, display: string, kind: keyof typeof MISSING): Promise<LocatedDocument> {
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new InputError(MISSING[kind], display);
  if (info.size > MAX_SETTINGS_FILE_SIZE) throw new InputError(`file is ${info.size} bytes; settings files are limited to ${MAX_SETTINGS_FILE_SIZE}`, display);
  const text = readTextFile(absolute, display, MAX_SETTINGS_FILE_SIZE);
  return parseLocatedDocument(display, text, /\.json$/i.test(absolute) ? 'json' : 'yaml');
}

/**
 * Parses with the input loaders (same limits, same positions), without keyword replacement. The YAML parser is
 * imported when a YAML file is read, so that it stays out of start-up for runs that need none.
 */
async function parseLocatedDocument(file: string, text: string, syntax: 'yaml' | 'json'): Promise<LocatedDocument> {
  const parsed = syntax === 'json' ? parseJsonFile(file, text, {}) : (await import('../loaders/yaml-file.js')).parseYamlFile(file, text, {});
  // A YAML file of comments only holds no document: the same as an empty mapping.
  const data = (parsed.data === null || parsed.data === undefined) && syntax === 'yaml' ? {} : parsed.data;
  const locate = (pointer: string): TextRange | undefined => parsed.source.locate?.(pointer);
  return { file, data, locate, locateKey: (pointer) => keyBefore(text, locate(pointer), parsePointer(pointer).at(-1)) };
}

/**
 * A value on its key's line is located at the value: its key is the last `key:` written before it on that line
 * (quoted or not, block or flow style). A value on lines of its own is already located at its key.
 */
function keyBefore(text: string, value: TextRange | undefined, key: string | undefined): TextRange | undefined {
  if (!value || key === undefined) return value;
  let lineStart = 0;
  for (let line = 1; line < value.startLine; line++) lineStart = text.indexOf('\n', lineStart) + 1;
  const before = text.slice(lineStart, lineStart + value.startColumn - 1);
  const written = [key, JSON.stringify(key), `'${key.replace(/'/g, "''")}'`];
  const at = Math.max(...written.map((form) => matchAt(before, form)));
  return at < 0 ? value : { startLine: value.startLine, startColumn: at + 1, endLine: value.startLine, endColumn: at + 1 + key.length };
}

/** Where the last `form:` stands in the line, not as the end of a longer key; -1 if nowhere. */
function matchAt(line: string, form: string): number {
  for (let at = line.lastIndexOf(form); at >= 0; at = at === 0 ? -1 : line.lastIndexOf(form, at - 1)) {
    const startsKey = at === 0 || /[\s{,?-]/.test(line[at - 1]!);
    if (startsKey && /^\s*:/.test(line.slice(at + form.length))) return at;
  }
  return -1;
}

/** An error about the value at `pointer` (or, with `atKey`, its key), located in the document. */
export function errorAt(document: LocatedDocument, pointer: string, message: string, label = pointer, atKey = false): InputError {
  const range = (atKey ? document.locateKey(pointer) : document.locate(pointer)) ?? document.locate('');
  const where = describePointer(label);
  return new InputError(where ? `${where}: ${message}` : message, document.file, range?.startLine ?? 1, range?.startColumn ?? 1);
}

/** Validates and throws every schema error, located, in words a person can act on. */
export function assertValid(validate: ValidateFunction, document: LocatedDocument, data: unknown = document.data, base = ''): void {
  throwAll(schemaErrors(validate, document, data, base));
}

/**
 * Every problem the validator found (it must be compiled with allErrors to find more than one, and verbose for the
 * did-you-mean of unknown keys), one error each, located. Empty when the data is valid.
 */
export function schemaErrors(validate: ValidateFunction, document: LocatedDocument, data: unknown = document.data, base = ''): InputError[] {
  if (validate(data)) return [];
  return problems(validate.errors ?? []).map((error) => {
    const { pointer, message } = explain(error);
    // An unknown property is marked at its key, but named by the object that holds it.
    const unknownKey = error.keyword === 'additionalProperties';
    return errorAt(document, base + pointer, message, base + (unknownKey ? error.instancePath : pointer), unknownKey);
  });
}

/** `overrides[0].rules.foo` for `/overrides/0/rules/foo`. */
function describePointer(pointer: string): string {
  return parsePointer(pointer)
    .map((segment, index) =>
      /^\d+$/.test(segment) ? `[${segment}]` : /^[A-Za-z_$][\w$-]*$/.test(segment) ? `${index ? '.' : ''}${segment}` : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

const ALTERNATIVES = new Set(['oneOf', 'anyOf']);
const VAGUE = new Set(['oneOf', 'anyOf', 'if', 'not']);

/**
 * One error per problem. The errors below a oneOf/anyOf are its branches' complaints about one value: the most
 * specific of them stands for it. Other errors are separate problems. A missing required key that an unknown
 * key beside it misspells is the same mistake, said once (by the unknown key's did-you-mean).
 */
function problems(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((error) => ALTERNATIVES.has(error.keyword)).map((error) => error.instancePath);
  const owner = (error: ErrorObject): string | undefined => alternatives.filter((at) => within(error.instancePath, at)).sort((a, b) => a.length - b.length)[0];
  const groups = new Map<string, ErrorObject[]>();
  const chosen: ErrorObject[] = [];
  for (const error of errors) {
    const at = owner(error);
    if (at === undefined) {
      if (error.keyword !== 'if') chosen.push(error);
    } else if (groups.has(at)) groups.get(at)!.push(error);
    else groups.set(at, [error]);
  }
  for (const group of groups.values()) chosen.push(mostSpecific(group));
  const misspelt = new Set(
    chosen.filter((error) => error.keyword === 'additionalProperties').map((error) => `${error.instancePath}\0${closestKey(error) ?? ''}`),
  );
  return chosen.filter(
    (error) => error.keyword !== 'required' || !misspelt.has(`${error.instancePath}\0${String((error.params as { missingProperty: string }).missingProperty)}`),
  );
}

function within(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** The deepest error wins; between equals, one that names a concrete problem beats a combinator's summary. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject {
  const score = (error: ErrorObject): number => parsePointer(error.instancePath).length * 2 + (VAGUE.has(error.keyword) ? 0 : 1);
  return errors.reduce((best, error) => (score(error) > score(best) ? error : best), errors[0]!);
}

/** The key the schema knows that an unknown key most likely misspells (needs the validator's verbose errors). */
function closestKey(error: ErrorObject): string | undefined {
  const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const hint = suggestion(String((error.params as { additionalProperty: string }).additionalProperty), known);
  return /"(.*)"/.exec(hint)?.[1];
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

/**
 * What each pattern in a0lint's schemas asks for, in words: a regular expression is not a message. A pattern
 * missing here (a test keeps the table complete for the shipped schemas) is still named, as a last resort.
 */
const PATTERN_WORDS: Readonly<Record<string, string>> = {
  '^custom/[a-z0-9]+(-[a-z0-9]+)*$': 'must be "custom/" and a name of lowercase letters and digits, words joined by single hyphens (custom/no-spa-grants)',
  '^https://': 'must be an https:// link',
  '^[a-z0-9-]{1,40}$': 'must be 1 to 40 lowercase letters, digits or hyphens',
  '\\S': 'must not be blank',
  '^\\d{4}-\\d{2}-\\d{2}$': 'must be a date written YYYY-MM-DD',
  '^[A-Za-z0-9.-]+$': 'must be a host name such as example.eu.auth0.com (no scheme, port or path)',
  '^[0-9a-f]{32}$': 'must be 32 lowercase hexadecimal digits, as a0lint writes fingerprints',
};

export function patternWords(pattern: string): string {
  return PATTERN_WORDS[pattern] ?? `does not have the expected form (pattern ${pattern})`;
}

function explain(error: ErrorObject): { pointer: string; message: string } {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const plural = (count: unknown, noun: string): string => `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const close = closestKey(error);
      return { pointer: joinPointer(at, key), message: `unknown property "${key}"${close !== undefined ? ` (did you mean "${close}"?)` : ''}` };
    }
    case 'required':
      return { pointer: at, message: `missing required property "${String(params.missingProperty)}"` };
    case 'enum': {
      const allowed = params.allowedValues as unknown[];
      const hint =
        typeof error.data === 'string'
          ? suggestion(
              error.data,
              allowed.filter((value) => typeof value === 'string'),
            )
          : '';
      return { pointer: at, message: `must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}${hint}` };
    }
    case 'const':
      return { pointer: at, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return {
        pointer: at,
        message: `must be ${String(params.type)
          .split(',')
          .map((type) => TYPE_WORDS[type] ?? type)
          .join(' or ')}`,
      };
    case 'pattern':
      return { pointer: at, message: patternWords(String(params.pattern)) };
    case 'minLength':
      return { pointer: at, message: params.limit === 1 ? 'must not be empty' : `must be at least ${plural(params.limit, 'character')} long` };
    case 'maxLength':
      return { pointer: at, message: `must be at most ${plural(params.limit, 'character')} long` };
    case 'minItems':
      return { pointer: at, message: params.limit === 1 ? 'must not be an empty list' : `must hold at least ${plural(params.limit, 'item')}` };
    case 'maxItems':
      return { pointer: at, message: `must hold at most ${plural(params.limit, 'item')}` };
    case 'minimum':
      return { pointer: at, message: `must be at least ${String(params.limit)}` };
    case 'maximum':
      return { pointer: at, message: `must be at most ${String(params.limit)}` };
    case 'uniqueItems':
      return { pointer: at, message: `holds the same item twice (items ${String(params.j)} and ${String(params.i)})` };
    case 'oneOf':
    case 'anyOf':
      return { pointer: at, message: 'does not have any of the accepted forms' };
    default:
      return { pointer: at, message: error.message ?? `fails ${error.keyword}` };
  }
}
