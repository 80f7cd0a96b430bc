import { readdirSync, statSync } from 'node:fs';
import { otherYamlEnding, systemErrorWords } from '../shared/system-error.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { joinPointer } from '../model/pointer.js';
import { suggestion } from '../engine/did-you-mean.js';
import { DUMP_SECTION_KEYS } from '../model/sections.js';
import { DIRECTORY_LAYOUT, EXPORT_KEYS, RETIRED_EXPORT_KEYS, type SectionLayout } from './directory-layout.js';
import { loadDirectory } from './directory.js';
import { DocumentOrigins } from './document-origins.js';
import { InputError } from '../shared/errors.js';
import { SKIPPED_FOLDERS } from '../shared/skipped-folders.js';
import {
  addMarkers,
  COLLECTIONS,
  DEFAULT_MAX_FILE_SIZE,
  emptyInput,
  isRecord,
  locatedError,
  YAML_KEYS,
  type InputFormat,
  type LoadedInput,
  type LoadOptions,
} from './loaded-input.js';
import { readYamlNamedFiles } from './named-files.js';
import { readJsonFile, readText } from './read-file.js';
import type { ParsedFile } from './yaml-file.js';

export { DEFAULT_MAX_FILE_SIZE, INPUT_FORMATS, type InputFormat, type LoadedInput, type LoadOptions, type RawEntity } from './loaded-input.js';
export { readTextFile } from './read-file.js';

/**
 * A YAML document the fast reader leaves to the full parser (anchors, directives, ...) costs far more memory per
 * byte than JSON (a syntax tree kept for locations); past this size such a run would take minutes and gigabytes, so
 * YAML is refused unless the user raises --max-file-size. Real exports are under 1 MB.
 */
const DEFAULT_MAX_YAML_FILE_SIZE = 16 * 1024 * 1024;

const DUMP_KEYS = { resourceServers: 'resource_servers', clients: 'clients', clientGrants: 'client_grants' } as const;

export async function loadInput(inputPath: string, options: LoadOptions = {}): Promise<LoadedInput> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, inputPath);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      error.code === 'ENOENT' ? `${systemErrorWords(error)}${otherYamlEnding(inputPath, cwd)}` : `cannot read: ${systemErrorWords(error)}`,
      inputPath,
    );
  });
  const display = displayPath(cwd, absolute);
  const format = options.format ?? detectFormat(absolute, display, info.isDirectory());
  const terraformJson = format === 'terraform' && !info.isDirectory() && TERRAFORM_JSON.test(absolute);
  if (format === 'terraform' && !terraformJson) {
    // The HCL parser (WebAssembly) loads only for Terraform input.
    const { loadTerraform } = await import('../terraform/load-terraform.js');
    return loadTerraform(absolute, info.isDirectory(), options);
  }
  if (format === 'directory') {
    if (!info.isDirectory()) throw new InputError('--input-format directory needs a folder', display);
    return loadDirectory(absolute, display, options);
  }
  const file = format === 'yaml' ? await parseYamlPath(absolute, display, options) : parseJsonPath(absolute, display, options);
  // Only a document that names a Terraform format version loads the Terraform reader.
  const data = file.data as { format_version?: unknown; terraform_version?: unknown } | null;
  if (
    terraformJson ||
    (format === 'api-dump' && typeof data === 'object' && data !== null && (data.format_version !== undefined || data.terraform_version !== undefined))
  ) {
    const { isTerraformJson, loadTerraformJson } = await import('../terraform/load-terraform-json.js');
    if (isTerraformJson(file.data)) return loadTerraformJson(file.data as Record<string, unknown>, file.source, absolute, display, options);
    if (terraformJson)
      throw new InputError('not Terraform JSON: expected the output of `terraform show -json` (a plan or a state) or a .tfstate file', display);
  }
  const origins = new DocumentOrigins({ source: file.source, pointer: '' });
  const input = fromDocument(file, format === 'terraform' ? 'api-dump' : format, display, origins);
  if (format === 'yaml') {
    const folder = options.basePath ?? path.dirname(absolute);
    const at = {
      root: folder,
      display: displayPath(cwd, folder),
      mappings: options.mappings ?? {},
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      input,
      origins,
    };
    readYamlNamedFiles(at, input.document, file.source);
  }
  return input;
}

/** Plan and state JSON (`terraform show -json`), and raw state files. */
const TERRAFORM_JSON = /\.(?:json|tfstate)$/i;

/** Terraform's JSON syntax for configuration (`main.tf.json`), which a0lint does not read, in a folder or named. */
export const TF_JSON_NOT_READ = 'Terraform JSON configuration files (.tf.json) are not read; a0lint reads .tf files and `terraform show -json` output';

function detectFormat(absolute: string, display: string, isDirectory: boolean): InputFormat {
  if (isDirectory) return isTerraformFolder(absolute) ? 'terraform' : 'directory';
  if (/\.tf\.json$/i.test(absolute)) throw new InputError(TF_JSON_NOT_READ, display);
  const extension = path.extname(absolute).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'api-dump';
  if (extension === '.tf' || extension === '.tfstate') return 'terraform';
  throw new InputError(
    'cannot tell the input format from the name; expected a .yaml/.yml deploy-cli export, a .json API dump or Terraform plan/state, a .tf or .tfstate file, a directory export or a folder of .tf files (or pass --input-format)',
    display,
  );
}

/** The top-level files and folders deploy-cli writes in a directory export. */
const EXPORT_ENTRIES = new Set(
  Object.values(DIRECTORY_LAYOUT)
    .map(topEntry)
    .filter((name): name is string => name !== undefined),
);

function topEntry(layout: SectionLayout): string | undefined {
  const where = 'folder' in layout ? layout.folder : 'file' in layout ? layout.file : undefined;
  return where?.split('/')[0];
}

/** A folder with .tf files and none of a deploy-cli directory export's files or folders is a Terraform configuration. */
function isTerraformFolder(absolute: string): boolean {
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch {
    return false;
  }
  return names.some((name) => name.endsWith('.tf')) && !names.some((name) => EXPORT_ENTRIES.has(name));
}

/** How many folder levels below a folder given as input are searched for exports. */
const EXPORT_SEARCH_DEPTH = 6;
/** The folders a search may open; past it the folder is refused, never linted in part. */
const MAX_FOLDERS_SEARCHED = 2_000;

/**
 * What a folder given as input stands for, when it is no export itself: the exports it holds (`tenants/dev/`
 * holding tenant.yaml, `tenants/prod/` a directory export, `infra/` a Terraform configuration), searched up to
 * EXPORT_SEARCH_DEPTH levels down, sorted; or its own tenant.yaml. The search does not descend into an export (its
 * subfolders are part of it). Empty when the folder is an export itself or holds nothing a0lint reads (loading it
 * then says what is missing). A tree too large to search whole is refused, never linted in part.
 */
export function exportsInFolder(absolute: string): string[] {
  const top = listFolder(absolute);
  const yaml = tenantYaml(top);
  if (yaml !== undefined) return [path.join(absolute, yaml)];
  if (isExportFolder(top)) return [];
  const found: string[] = [];
  let searched = 0;
  const search = (folder: string, names: readonly string[], depth: number): void => {
    for (const name of [...names].sort()) {
      const child = path.join(folder, name);
      if (SKIPPED_FOLDERS.has(name) || !isFolder(child)) continue;
      if (++searched > MAX_FOLDERS_SEARCHED)
        throw new InputError(
          `holds more than ${MAX_FOLDERS_SEARCHED} folders to search for exports; name the exports' folders (or a glob over them)`,
          absolute,
        );
      const inner = listFolder(child);
      const innerYaml = tenantYaml(inner);
      if (innerYaml !== undefined) found.push(path.join(child, innerYaml));
      else if (isExportFolder(inner)) found.push(child);
      else if (depth > 1) search(child, inner, depth - 1);
    }
  };
  search(absolute, top, EXPORT_SEARCH_DEPTH);
  return found;
}

/** A deploy-cli YAML export's file: it stands for its folder (whose rules/, pages/ ... hold its code files). */
function tenantYaml(names: readonly string[]): string | undefined {
  return ['tenant.yaml', 'tenant.yml'].find((file) => names.includes(file));
}

/** Whether a folder is an export itself: a deploy-cli directory export or a Terraform configuration. */
export function isExportFolderPath(absolute: string): boolean {
  return isExportFolder(listFolder(absolute));
}

/** A deploy-cli directory export (its files and folders) or a Terraform configuration (.tf files). */
function isExportFolder(names: readonly string[]): boolean {
  return names.some((name) => EXPORT_ENTRIES.has(name) || name.endsWith('.tf'));
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function listFolder(absolute: string): string[] {
  try {
    return readdirSync(absolute);
  } catch {
    return [];
  }
}

export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute) || '.';
  return relative.split(path.sep).join('/');
}

function parseJsonPath(absolute: string, display: string, options: LoadOptions): ParsedFile {
  return readJsonFile(absolute, display, options.mappings ?? {}, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
}

/** The YAML parsers are loaded for YAML input only: a dump or a directory export starts without them. */
/**
 * A YAML file deploy-cli would read nothing from (a workflow, a Postman collection) is no export: linting it would
 * report a clean tenant. Keys deploy-cli does not know are ignored by it, so what they hold is neither deployed nor
 * linted: each is an error at the key (`x-…` keys excepted: they hold anchors, by convention).
 */
function checkExportKeys(file: ParsedFile, record: Record<string, unknown>, errors: InputError[]): void {
  const keys = Object.keys(record);
  // `x-…` keys are the YAML convention for holding anchors that the export uses through aliases.
  const unknown = keys.filter((key) => !EXPORT_KEYS.has(key) && !RETIRED_EXPORT_KEYS.has(key) && !/^x-/i.test(key));
  if (!keys.some((key) => EXPORT_KEYS.has(key))) {
    const named = keys
      .slice(0, 3)
      .map((key) => `"${key}"`)
      .join(', ');
    const hint = keys.length === 1 ? suggestion(keys[0]!, EXPORT_KEYS) : '';
    const what = keys.length === 0 ? 'no top-level key' : `top-level ${keys.length === 1 ? 'key' : 'keys'} ${named}${keys.length > 3 ? ', ...' : ''}`;
    throw locatedError(
      file,
      keys.length === 0 ? '' : joinPointer('', keys[0]!),
      `not a deploy-cli export: it holds ${what}${hint}, and none that deploy-cli reads (tenant, clients, resourceServers, clientGrants, connections, ...)`,
    );
  }
  for (const key of unknown) {
    errors.push(
      locatedError(
        file,
        joinPointer('', key),
        `unknown top-level key "${key}"${suggestion(key, EXPORT_KEYS)}: deploy-cli ignores it, so nothing under it is deployed or linted`,
      ),
    );
  }
}

async function parseYamlPath(absolute: string, display: string, options: LoadOptions): Promise<ParsedFile> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_YAML_FILE_SIZE;
  const { text } = readText(absolute, display, maxFileSize);
  const { parseYamlFile, DEFAULT_YAML_LIMITS } = await import('./yaml-file.js');
  return parseYamlFile(display, text, options.mappings ?? {}, { ...DEFAULT_YAML_LIMITS, ...options.yaml, maxLength: maxFileSize });
}

const DUMP_EXPECTED = 'expected an object with "resource_servers", "clients" or "client_grants" arrays, or tenant sections such as "tenant_settings"';

export function fromDocument(
  file: ParsedFile,
  format: 'yaml' | 'api-dump',
  display: string,
  origins = new DocumentOrigins({ source: file.source, pointer: '' }),
): LoadedInput {
  const root = file.data;
  const document = isRecord(root) ? root : {};
  const input = emptyInput(format, display, document, origins.originOf);
  addMarkers(input, file, '');
  if ((root === null || root === undefined) && format === 'yaml') {
    throw new InputError('not a deploy-cli export: the file holds no YAML document', file.source.file, 1, 1);
  }
  if (format === 'api-dump' && (root === null || root === undefined || typeof root !== 'object' || Array.isArray(root))) {
    // A dump of nothing would lint as clean: `null`, a list or a string is refused like an object without collections.
    const held = root === null || root === undefined ? 'null' : Array.isArray(root) ? 'a list' : `a ${typeof root}`;
    throw locatedError(file, '', `not a Management API dump: the file holds ${held}; ${DUMP_EXPECTED}`);
  }
  if (typeof root !== 'object' || Array.isArray(root)) throw locatedError(file, '', 'expected a mapping at the top of the deploy-cli export');
  const record = root as Record<string, unknown>;
  if (format === 'yaml') checkExportKeys(file, record, input.errors);
  const keys = format === 'yaml' ? YAML_KEYS : DUMP_KEYS;
  if (
    format === 'api-dump' &&
    !COLLECTIONS.some((collection) => Object.hasOwn(record, keys[collection])) &&
    !DUMP_SECTION_KEYS.some((key) => Object.hasOwn(record, key))
  ) {
    throw locatedError(file, '', `not a Management API dump: ${DUMP_EXPECTED}`);
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
