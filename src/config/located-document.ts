import { stat } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError } from '../shared/errors.js';
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
}

/** Settings files are small; a bigger one is a mistake or an attack, not a configuration. */
export const MAX_SETTINGS_FILE_SIZE = 1024 * 1024;

export async function readLocatedDocument(absolute: string, display: string): Promise<LocatedDocument> {
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new InputError('no such file or folder', display);
  if (info.size > MAX_SETTINGS_FILE_SIZE) throw new InputError(`file is ${info.size} bytes; settings files are limited to ${MAX_SETTINGS_FILE_SIZE}`, display);
  const text = readTextFile(absolute, display, MAX_SETTINGS_FILE_SIZE);
  return parseLocatedDocument(display, text, /\.json$/i.test(absolute) ? 'json' : 'yaml');
}

/**
 * Parses with the input loaders (same limits, same positions), without keyword replacement. The YAML parser is
 * imported when a YAML file is read, so that it stays out of start-up for runs that need none.
 */
export async function parseLocatedDocument(file: string, text: string, syntax: 'yaml' | 'json'): Promise<LocatedDocument> {
  const parsed = syntax === 'json' ? parseJsonFile(file, text, {}) : (await import('../loaders/yaml-file.js')).parseYamlFile(file, text, {});
  // A YAML file of comments only holds no document: the same as an empty mapping.
  const data = (parsed.data === null || parsed.data === undefined) && syntax === 'yaml' ? {} : parsed.data;
  return { file, data, locate: (pointer) => parsed.source.locate?.(pointer) };
}

/** An error about the value at `pointer`, located in the document. */
export function errorAt(document: LocatedDocument, pointer: string, message: string, label = pointer): InputError {
  const range = document.locate(pointer) ?? document.locate('');
  const where = describePointer(label);
  return new InputError(where ? `${where}: ${message}` : message, document.file, range?.startLine ?? 1, range?.startColumn ?? 1);
}

/** Validates and throws the most specific schema error, located, in words a person can act on. */
export function assertValid(validate: ValidateFunction, document: LocatedDocument, data: unknown = document.data, base = ''): void {
  if (validate(data)) return;
  const error = mostSpecific(validate.errors ?? []);
  const { pointer, message } = explain(error);
  // An unknown property is marked where it is written, but named by the object that holds it.
  const label = error.keyword === 'additionalProperties' ? error.instancePath : pointer;
  throw errorAt(document, base + pointer, message, base + label);
}

/** `overrides[0].rules.foo` for `/overrides/0/rules/foo`. */
export function describePointer(pointer: string): string {
  return parsePointer(pointer)
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : /^[A-Za-z_$][\w$-]*$/.test(segment) ? `${index ? '.' : ''}${segment}` : `[${JSON.stringify(segment)}]`))
    .join('');
}

/** The deepest error wins; between equals, one that names a concrete problem beats a combinator's summary. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject {
  const vague = new Set(['oneOf', 'anyOf', 'if', 'not']);
  const score = (error: ErrorObject): number => parsePointer(error.instancePath).length * 2 + (vague.has(error.keyword) ? 0 : 1);
  return errors.reduce((best, error) => (score(error) > score(best) ? error : best), errors[0]!);
}

function explain(error: ErrorObject): { pointer: string; message: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { pointer: joinPointer(error.instancePath, String(params.additionalProperty)), message: `unknown property "${String(params.additionalProperty)}"` };
    case 'required':
      return { pointer: error.instancePath, message: `missing required property "${String(params.missingProperty)}"` };
    case 'enum':
      return { pointer: error.instancePath, message: `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}` };
    case 'oneOf':
    case 'anyOf':
      return { pointer: error.instancePath, message: 'does not have any of the accepted forms' };
    default:
      return { pointer: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
  }
}
