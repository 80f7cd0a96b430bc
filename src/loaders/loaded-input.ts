import type { InputFormat, LoadedInput, RawEntity } from '../model/input.js';
import type { Source } from '../model/types.js';
import { InputError } from '../shared/errors.js';
import type { KeywordMappings } from './keywords.js';
import type { ParsedFile, YamlLimits } from './yaml-file.js';
import { isRecord } from '../shared/values.js';

export type { InputFormat, LoadedInput, RawEntity };
export const INPUT_FORMATS: readonly InputFormat[] = ['yaml', 'directory', 'api-dump', 'terraform'];

export interface LoadOptions {
  readonly format?: InputFormat;
  readonly mappings?: KeywordMappings;
  readonly cwd?: string;
  /** Files larger than this are refused rather than read (bytes). */
  readonly maxFileSize?: number;
  readonly yaml?: YamlLimits;
  /**
   * deploy-cli's AUTH0_BASE_PATH (absolute): the folder a YAML export's file names (`./actions/…/code.js`) are
   * resolved against, instead of the YAML file's own folder.
   */
  readonly basePath?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;

/** deploy-cli's collection names in tenant.yaml (and in the document of every export form). */
export const YAML_KEYS = { resourceServers: 'resourceServers', clients: 'clients', clientGrants: 'clientGrants' } as const;
export type Collection = keyof typeof YAML_KEYS;
export const COLLECTIONS: readonly Collection[] = ['resourceServers', 'clients', 'clientGrants'];

export type MutableInput = LoadedInput & { -readonly [K in Collection]: RawEntity[] };

export function emptyInput(format: InputFormat, display: string, document: Record<string, unknown>, originOf: LoadedInput['originOf']): MutableInput {
  return { format, path: display, document, originOf, resourceServers: [], clients: [], clientGrants: [], markers: [], secrets: [], errors: [] };
}

/** Adds a file's markers and secrets; `at` is the document pointer the file's content stands at. */
export function addMarkers(input: LoadedInput, file: ParsedFile, at: string): void {
  for (const hit of file.walk.markers) {
    input.markers.push({ marker: hit.marker, origin: { source: file.source, pointer: hit.pointer }, document: at + hit.pointer, whole: hit.whole });
  }
  for (const hit of file.walk.secrets) {
    input.secrets.push({ field: hit.field, origin: { source: file.source, pointer: hit.pointer }, document: at + hit.pointer });
  }
}

export function locatedError(file: { source: Source }, pointer: string, message: string): InputError {
  const range = file.source.locate?.(pointer);
  return new InputError(message, file.source.file, range?.startLine, range?.startColumn);
}

export { isRecord };
