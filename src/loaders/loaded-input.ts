import type { AuditCredentials, Origin, Source } from '../model/types.js';
import { InputError } from './errors.js';
import type { KeywordMappings } from './keywords.js';
import type { ParsedFile, YamlLimits } from './yaml-file.js';

export type InputFormat = 'yaml' | 'directory' | 'api-dump' | 'terraform';
export const INPUT_FORMATS: readonly InputFormat[] = ['yaml', 'directory', 'api-dump', 'terraform'];

export interface RawEntity {
  readonly data: unknown;
  readonly origin: Origin;
}

export interface LoadedInput {
  readonly format: InputFormat;
  /** The path as given, for display and SARIF categories. */
  readonly path: string;
  /**
   * The whole input as one document. Exports, YAML or directory, have the YAML export's shape and keys (`tenant`,
   * `clients`, `connections`, `databases`, `actions`, `attackProtection`, ... as in deploy-cli's tenant.yaml), with
   * values deploy-cli reads from files of their own (action code, database scripts, rule and hook scripts, page
   * and email HTML) held as the files' text, so every form of one tenant gives the same document. API dumps and
   * live reads keep the Management API's names (`resource_servers`, `client_grants`).
   */
  readonly document: Readonly<Record<string, unknown>>;
  /** Where a value of `document` was read (its file and the pointer inside it), by its pointer in the document. */
  readonly originOf: (pointer: string) => Origin;
  readonly resourceServers: RawEntity[];
  readonly clients: RawEntity[];
  readonly clientGrants: RawEntity[];
  /** Unresolved keyword markers: where they stand in their file, and their pointer in `document`. */
  readonly markers: Array<{ readonly marker: string; readonly origin: Origin; readonly document: string; readonly whole: boolean }>;
  /** Literal secrets in the files (field name and place only, never the value). */
  readonly secrets: Array<{ readonly field: string; readonly origin: Origin; readonly document: string }>;
  /** A tenant domain the input states about itself (API dumps). */
  readonly domain?: string;
  /** Terraform only: values that cannot be known before `apply` (a variable without a default, say). */
  readonly unknowns?: ReadonlyArray<{ readonly expression: string; readonly text: string; readonly why: string; readonly origin: Origin }>;
  /**
   * Terraform only: the folders of .tf files read (absolute), and for plan or state JSON the configuration folder
   * its findings point into. A pull request's base is read from these.
   */
  readonly terraform?: { readonly folders: readonly string[]; readonly configuration?: string };
  /** Live audits only: the scopes of the token the tenant was read with. */
  readonly audit?: AuditCredentials;
  /** Problems with parts of the input; the rest was still read. Any error makes the run exit 2. */
  readonly errors: InputError[];
}

export interface LoadOptions {
  readonly format?: InputFormat;
  readonly mappings?: KeywordMappings;
  readonly cwd?: string;
  /** Files larger than this are refused rather than read (bytes). */
  readonly maxFileSize?: number;
  readonly yaml?: YamlLimits;
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
