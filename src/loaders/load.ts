import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AuditCredentials, Origin, Source } from '../model/types.js';
import { joinPointer } from '../model/pointer.js';
import { InputError } from './errors.js';
import type { KeywordMappings } from './keywords.js';
import { parseJsonFile } from './json-file.js';
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
  readonly resourceServers: RawEntity[];
  readonly clients: RawEntity[];
  readonly clientGrants: RawEntity[];
  readonly markers: Array<{ readonly marker: string; readonly origin: Origin }>;
  /** Literal secrets in the files (field name and place only, never the value). */
  readonly secrets: Array<{ readonly field: string; readonly origin: Origin }>;
  /** A tenant domain the input states about itself (API dumps). */
  readonly domain?: string;
  /** Terraform only: values that cannot be known before `apply` (a variable without a default, say). */
  readonly unknowns?: ReadonlyArray<{ readonly expression: string; readonly text: string; readonly why: string; readonly origin: Origin }>;
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
/**
 * A YAML document the fast reader leaves to the full parser (anchors, directives, ...) costs far more memory per
 * byte than JSON (a syntax tree kept for locations); past this size such a run would take minutes and gigabytes, so
 * YAML is refused unless the user raises --max-file-size. Real exports are under 1 MB.
 */
export const DEFAULT_MAX_YAML_FILE_SIZE = 16 * 1024 * 1024;

/** deploy-cli's collection names in tenant.yaml, and its folder names in a directory export. */
const YAML_KEYS = { resourceServers: 'resourceServers', clients: 'clients', clientGrants: 'clientGrants' } as const;
const DUMP_KEYS = { resourceServers: 'resource_servers', clients: 'clients', clientGrants: 'client_grants' } as const;
const FOLDERS = { resourceServers: 'resource-servers', clients: 'clients', clientGrants: 'grants' } as const;
type Collection = keyof typeof YAML_KEYS;
const COLLECTIONS: readonly Collection[] = ['resourceServers', 'clients', 'clientGrants'];

export async function loadInput(inputPath: string, options: LoadOptions = {}): Promise<LoadedInput> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, inputPath);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${error.code ?? error.message}`, inputPath);
  });
  const format = options.format ?? detectFormat(absolute, info.isDirectory());
  const display = displayPath(cwd, absolute);
  const terraformJson = format === 'terraform' && !info.isDirectory() && TERRAFORM_JSON.test(absolute);
  if (format === 'terraform' && !terraformJson) {
    // The HCL parser (WebAssembly) loads only for Terraform input.
    const { loadTerraform } = await import('../terraform/load-terraform.js');
    return loadTerraform(absolute, info.isDirectory(), options);
  }
  if (format === 'directory') {
    if (!info.isDirectory()) throw new InputError('--input-format directory needs a folder', display);
    return loadDirectory(absolute, display, cwd, options);
  }
  const file = format === 'yaml' ? await parseYamlPath(absolute, display, options) : parseJsonPath(absolute, display, options);
  // Only a document that names a Terraform format version loads the Terraform reader.
  const data = file.data as { format_version?: unknown; terraform_version?: unknown } | null;
  if (terraformJson || (format === 'api-dump' && typeof data === 'object' && data !== null && (data.format_version !== undefined || data.terraform_version !== undefined))) {
    const { isTerraformJson, loadTerraformJson } = await import('../terraform/load-terraform-json.js');
    if (isTerraformJson(file.data)) return loadTerraformJson(file.data as Record<string, unknown>, file.source, absolute, display, options);
    if (terraformJson) throw new InputError('not Terraform JSON: expected the output of `terraform show -json` (a plan or a state) or a .tfstate file', display);
  }
  return fromDocument(file, format === 'terraform' ? 'api-dump' : format, display);
}

/** Plan and state JSON (`terraform show -json`), and raw state files. */
const TERRAFORM_JSON = /\.(?:json|tfstate)$/i;

function detectFormat(absolute: string, isDirectory: boolean): InputFormat {
  if (isDirectory) return isTerraformFolder(absolute) ? 'terraform' : 'directory';
  const extension = path.extname(absolute).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'api-dump';
  if (extension === '.tf' || extension === '.tfstate') return 'terraform';
  throw new InputError(
    'cannot tell the input format from the name; expected a .yaml/.yml deploy-cli export, a .json API dump, a .tf file, a directory export or a folder of .tf files (or pass --input-format)',
    absolute,
  );
}

/** A folder with .tf files and none of a deploy-cli directory export's folders is a Terraform configuration. */
function isTerraformFolder(absolute: string): boolean {
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch {
    return false;
  }
  return names.some((name) => name.endsWith('.tf')) && !Object.values(FOLDERS).some((folder) => names.includes(folder));
}

export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute) || '.';
  return relative.split(path.sep).join('/');
}

function parseJsonPath(absolute: string, display: string, options: LoadOptions): ParsedFile {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const { text, ascii } = readText(absolute, display, maxFileSize);
  return parseJsonFile(display, text, options.mappings ?? {}, ascii, maxFileSize);
}

/** The YAML parsers are loaded for YAML input only: a dump or a directory export starts without them. */
async function parseYamlPath(absolute: string, display: string, options: LoadOptions): Promise<ParsedFile> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_YAML_FILE_SIZE;
  const { text } = readText(absolute, display, maxFileSize);
  const { parseYamlFile, DEFAULT_YAML_LIMITS } = await import('./yaml-file.js');
  return parseYamlFile(display, text, options.mappings ?? {}, { ...DEFAULT_YAML_LIMITS, ...options.yaml, maxLength: maxFileSize });
}

/** Reads a regular file as UTF-8; refuses FIFOs, devices, oversized files and invalid UTF-8 with a located error. */
export function readTextFile(absolute: string, display: string, maxFileSize: number, raise = RAISE_FILE_SIZE): string {
  return readText(absolute, display, maxFileSize, raise).text;
}

const RAISE_FILE_SIZE = ' (raise it with --max-file-size)';

/**
 * A file's text, and its bytes when it is pure ASCII: each byte is then one character, and scanning bytes is
 * several times faster than scanning the string.
 */
interface FileText {
  readonly text: string;
  readonly ascii?: Uint8Array;
}

function readText(absolute: string, display: string, maxFileSize: number, raise = RAISE_FILE_SIZE): FileText {
  // Synchronous calls on one descriptor: a directory export is tens of thousands of small files, and a separate
  // stat by path, or promise-based calls, cost more than reading them.
  let fd: number | undefined;
  try {
    // Non-blocking open, then fstat: a FIFO without a writer is opened at once instead of waited on, and refused
    // before any read; the flag changes nothing for regular files.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('is a directory, not a file', display);
    if (!info.isFile()) throw new InputError('not a regular file', display);
    if (info.size > maxFileSize) {
      throw new InputError(`file is ${info.size} bytes, over the limit of ${maxFileSize}${raise}`, display);
    }
    const bytes = readAll(fd, info.size);
    if (isAscii(bytes)) return { text: bytes.toString('latin1'), ascii: bytes };
    const text = bytes.toString('utf8');
    // That decoding turns invalid bytes into U+FFFD; only a file holding one is decoded again, strictly, to say where.
    if (text.includes('\uFFFD')) return { text: decodeUtf8(bytes, display) };
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EISDIR' ? 'is a directory, not a file' : `cannot read: ${code ?? (error as Error).message}`, display);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file's bytes as of the fstat: a file that grows meanwhile is read to its size then. */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

function decodeUtf8(bytes: Uint8Array, display: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    throw new InputError('file is not valid UTF-8', display, lines.length, lines[lines.length - 1]!.length + 1);
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    // The second byte's range also rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? 0;
    if (length === 0 || second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

export function fromDocument(file: ParsedFile, format: 'yaml' | 'api-dump', display: string): LoadedInput {
  const input = emptyInput(format, display);
  addMarkers(input, file);
  const root = file.data;
  if (root === null || root === undefined) return input;
  if (typeof root !== 'object' || Array.isArray(root)) {
    throw locatedError(file, '', `expected a mapping at the top of the ${format === 'yaml' ? 'deploy-cli export' : 'API dump'}`);
  }
  const record = root as Record<string, unknown>;
  const keys = format === 'yaml' ? YAML_KEYS : DUMP_KEYS;
  if (format === 'api-dump' && !COLLECTIONS.some((collection) => Object.hasOwn(record, keys[collection]))) {
    throw locatedError(file, '', 'not a Management API dump: expected "resource_servers", "clients" or "client_grants" arrays');
  }
  for (const collection of COLLECTIONS) {
    const key = keys[collection];
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    if (value === undefined || value === null) continue;
    const pointer = joinPointer('', key);
    if (!Array.isArray(value)) {
      input.errors.push(locatedError(file, pointer, `"${key}" must be a list`));
      continue;
    }
    value.forEach((data, index) => {
      const origin = { source: file.source, pointer: joinPointer(pointer, index) };
      if (isRecord(data)) input[collection].push({ data, origin });
      else input.errors.push(locatedError(file, origin.pointer, `each entry of "${key}" must be a mapping`));
    });
  }
  input.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (format === 'api-dump' && typeof record.domain === 'string') return { ...input, domain: record.domain };
  return input;
}

async function loadDirectory(absolute: string, display: string, cwd: string, options: LoadOptions): Promise<LoadedInput> {
  const input = emptyInput('directory', display);
  let found = 0;
  for (const collection of COLLECTIONS) {
    const folder = path.join(absolute, FOLDERS[collection]);
    const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      input.errors.push(new InputError(`cannot read folder: ${error.code ?? error.message}`, displayPath(cwd, folder)));
      return undefined;
    });
    if (!names) continue;
    found++;
    const files = names.filter((name) => name.toLowerCase().endsWith('.json')).sort();
    const folderDisplay = displayPath(cwd, folder);
    // Names from readdir hold no separator, and the folder is already absolute: joining needs no normalizing
    // (path.join normalizes every one of tens of thousands of paths).
    for (const name of files) {
      let result: ParsedFile;
      try {
        result = parseJsonPath(folder + path.sep + name, folderDisplay === '.' ? name : `${folderDisplay}/${name}`, options);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        input.errors.push(error);
        continue;
      }
      addMarkers(input, result);
      if (isRecord(result.data)) input[collection].push({ data: result.data, origin: { source: result.source, pointer: '' } });
      else input.errors.push(locatedError(result, '', `a file in ${FOLDERS[collection]}/ must hold one JSON object`));
    }
  }
  if (found === 0) {
    throw new InputError('not a deploy-cli directory export: no clients/, resource-servers/ or grants/ folder', display);
  }
  return input;
}

function emptyInput(format: InputFormat, display: string): LoadedInput & { -readonly [K in Collection]: RawEntity[] } {
  return { format, path: display, resourceServers: [], clients: [], clientGrants: [], markers: [], secrets: [], errors: [] };
}

function addMarkers(input: LoadedInput, file: ParsedFile): void {
  for (const hit of file.walk.markers) input.markers.push({ marker: hit.marker, origin: { source: file.source, pointer: hit.pointer } });
  for (const hit of file.walk.secrets) input.secrets.push({ field: hit.field, origin: { source: file.source, pointer: hit.pointer } });
}

function locatedError(file: { source: Source }, pointer: string, message: string): InputError {
  const range = file.source.locate?.(pointer);
  return new InputError(message, file.source.file, range?.startLine, range?.startColumn);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
