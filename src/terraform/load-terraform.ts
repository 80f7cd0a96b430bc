import { readdirSync, readFileSync, statSync } from 'node:fs';
import { systemErrorWords } from '../shared/system-error.js';
import path from 'node:path';
import { InputError } from '../shared/errors.js';
import { displayPath, readTextFile, TF_JSON_NOT_READ, type LoadedInput, type LoadOptions } from '../loaders/load.js';
import { narrowTo } from '../loaders/range-of.js';
import {
  attributeName,
  attributeValue,
  blockLabels,
  blockType,
  bodyItems,
  ModuleInstance,
  rangeOfPlace,
  topBlocks,
  type ModuleResolver,
  type ModuleSource,
  type ResourceInstance,
} from './module.js';
import type { HclNode as Node } from './hcl-tree.js';
import { hclParser, parseHcl, type HclFile, type HclParser } from './parser.js';
import { toLoadedInput, type TfResource } from './to-tenant.js';

const DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;

interface Reading {
  readonly parser: HclParser;
  readonly cwd: string;
  readonly rootDir: string;
  readonly maxFileSize: number;
  readonly errors: InputError[];
  readonly folders: Map<string, ModuleSource>;
  /** `terraform init`'s record of downloaded modules: key (`a.b`) → folder. */
  modulesJson?: Map<string, string> | undefined;
}

/**
 * Reads a Terraform configuration: a folder of .tf files (the root module, with the modules it calls), or one .tf
 * file. auth0 resources become the tenant model's entities; every value points back at its line.
 */
export async function loadTerraform(absolute: string, isDirectory: boolean, options: LoadOptions = {}): Promise<LoadedInput> {
  const display = displayPath(options.cwd ?? process.cwd(), absolute);
  const { resources, domain, errors, folders } = await readConfiguration(absolute, isDirectory, options);
  const input = toLoadedInput(resources, display, 'terraform', domain);
  return { ...input, terraform: { folders }, errors: [...errors, ...input.errors] };
}

/** The resources of the configuration in a folder, by address: where plan JSON findings point when it is beside them. */
export async function loadTerraformSources(folder: string, options: LoadOptions = {}): Promise<{ resources: Map<string, TfResource>; folders: string[] }> {
  const { resources, folders } = await readConfiguration(folder, true, options);
  return { resources: new Map(resources.map((resource) => [resource.address, resource])), folders };
}

interface Configuration {
  readonly resources: TfResource[];
  readonly domain: string | undefined;
  readonly errors: InputError[];
  /** Every module folder read, the root first. */
  readonly folders: string[];
}

async function readConfiguration(absolute: string, isDirectory: boolean, options: LoadOptions): Promise<Configuration> {
  const cwd = options.cwd ?? process.cwd();
  const display = displayPath(cwd, absolute);
  const parser = await hclParser();
  const rootDir = isDirectory ? absolute : path.dirname(absolute);
  const reading: Reading = { parser, cwd, rootDir, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, errors: [], folders: new Map() };
  const root = isDirectory ? readFolder(reading, absolute, true) : { dir: rootDir, files: [parseFile(reading, absolute)] };
  if (isDirectory && root.files.length === 0 && reading.errors.length === 0) {
    throw new InputError('no .tf files in this folder', display);
  }
  const module = new ModuleInstance(root, '', [], new Map(), moduleResolver(reading));
  const domain = providerDomain(root, module);
  module.tenantDomain = () => domain;
  const instances = module.allInstances();
  for (const { call, reason } of module.allUnreadModules()) {
    const { line, column } = call.block.file.lines.position(call.block.node.startIndex);
    reading.errors.push(
      new InputError(
        `module "${call.name}" (source ${JSON.stringify(reason)}) is not on disk, so its resources were not read; run \`terraform init\` first (a0lint reads .terraform/modules), or lint the module's folder`,
        call.block.file.file,
        line,
        column,
      ),
    );
  }
  // A module not on disk or a file that did not parse is already an input error that says what to do.
  if (reading.errors.length === 0 && !declaresAuth0([root, ...reading.folders.values()])) {
    throw new InputError(
      `holds no Auth0 configuration: no auth0 provider and no auth0_* resource or data source in its .tf files${reading.folders.size > 0 ? ' or the modules they call' : ''}; a0lint checks what the auth0/auth0 provider manages`,
      display,
    );
  }
  return {
    resources: instances.map(asTfResource),
    domain,
    errors: reading.errors,
    folders: [rootDir, ...[...reading.folders.keys()].filter((folder) => folder !== rootDir)],
  };
}

function asTfResource(instance: ResourceInstance): TfResource {
  return {
    address: instance.address,
    mode: instance.mode,
    type: instance.type,
    name: instance.name,
    file: instance.file.file,
    values: () => instance.values(),
    locate(pointer, needle) {
      const place = instance.place(pointer);
      return { file: place.file.file, ...(narrowTo(rangeOfPlace(place), needle, place.file.lines) ?? rangeOfPlace(place)) };
    },
  };
}

/**
 * Whether the modules read declare anything of the auth0 provider (a block, a requirement, a resource or data source). A configuration without it (only AWS resources,
 * or an empty file) is not what a0lint reads, and reporting it clean would say an Auth0 tenant was checked.
 */
function declaresAuth0(sources: Iterable<ModuleSource>): boolean {
  for (const source of sources) {
    for (const file of source.files) {
      for (const block of topBlocks(file.root)) {
        const type = blockType(block);
        const first = blockLabels(block)[0] ?? '';
        if (type === 'provider' ? first === 'auth0' : (type === 'resource' || type === 'data') && first.startsWith('auth0_')) return true;
        if (type === 'terraform' && bodyItems(block, 'block').some(requiresAuth0)) return true;
      }
    }
  }
  return false;
}

/** `required_providers { auth0 = ... }`: the provider configured through AUTH0_* variables, with no provider block. */
function requiresAuth0(block: Node): boolean {
  return blockType(block) === 'required_providers' && bodyItems(block, 'attribute').some((attribute) => attributeName(attribute) === 'auth0');
}

/** The tenant domain from `provider "auth0" { domain = ... }`, when a0lint can know it. */
function providerDomain(root: ModuleSource, module: ModuleInstance): string | undefined {
  for (const file of root.files) {
    for (const block of topBlocks(file.root)) {
      if (blockType(block) !== 'provider' || blockLabels(block)[0] !== 'auth0') continue;
      const domain = bodyItems(block, 'attribute').find((attribute) => attributeName(attribute) === 'domain');
      const value = domain && module.evaluateIn(attributeValue(domain), file, module.scope);
      if (typeof value === 'string' && value !== '') return value.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
    }
  }
  return undefined;
}

function readFolder(reading: Reading, folder: string, isRoot: boolean): ModuleSource {
  const known = reading.folders.get(folder);
  if (known) return known;
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    reading.errors.push(new InputError(`cannot read folder: ${systemErrorWords(error)}`, displayPath(reading.cwd, folder)));
    names = [];
  }
  const files: HclFile[] = [];
  for (const name of names) {
    const absolute = path.join(folder, name);
    if (name.endsWith('.tf.json')) {
      reading.errors.push(new InputError(TF_JSON_NOT_READ, displayPath(reading.cwd, absolute)));
      continue;
    }
    if (!name.endsWith('.tf') || !isFile(absolute)) continue;
    try {
      files.push(parseFile(reading, absolute));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.errors.push(error);
    }
  }
  const source: ModuleSource = { dir: folder, files, ...(isRoot ? { tfvars: readTfvars(reading, folder, names) } : {}) };
  reading.folders.set(folder, source);
  return source;
}

/** terraform.tfvars, then *.auto.tfvars in name order, as Terraform loads them; later files win. */
function readTfvars(reading: Reading, folder: string, names: readonly string[]): Map<string, { value: unknown }> {
  const values = new Map<string, { value: unknown }>();
  const files = [...names.filter((name) => name === 'terraform.tfvars'), ...names.filter((name) => name.endsWith('.auto.tfvars'))];
  const empty = new ModuleInstance({ dir: folder, files: [] }, '', [], new Map(), () => undefined);
  for (const name of files) {
    let file: HclFile;
    try {
      file = parseFile(reading, path.join(folder, name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.errors.push(error);
      continue;
    }
    for (const attribute of bodyItems(file.root.namedChildren.find((child) => child?.type === 'body') ?? file.root, 'attribute')) {
      values.set(attributeName(attribute), { value: empty.evaluateIn(attributeValue(attribute), file, empty.scope) });
    }
  }
  return values;
}

function parseFile(reading: Reading, absolute: string): HclFile {
  const display = displayPath(reading.cwd, absolute);
  return parseHcl(reading.parser, display, readTextFile(absolute, display, reading.maxFileSize));
}

function moduleResolver(reading: Reading): ModuleResolver {
  return (parent, call, keyPath) => {
    if (typeof call.source !== 'string') return undefined;
    let folder: string | undefined;
    if (call.source.startsWith('./') || call.source.startsWith('../')) folder = path.resolve(parent.dir, call.source);
    else folder = downloadedModule(reading, keyPath.join('.'));
    if (!folder || !isDirectory(folder)) return undefined;
    return readFolder(reading, folder, false);
  };
}

/** Where `terraform init` put a registry or git module: .terraform/modules/modules.json in the root folder. */
function downloadedModule(reading: Reading, key: string): string | undefined {
  if (!reading.modulesJson) {
    reading.modulesJson = new Map();
    try {
      const manifest = JSON.parse(readFileSync(path.join(reading.rootDir, '.terraform', 'modules', 'modules.json'), 'utf8')) as {
        Modules?: Array<{ Key?: unknown; Dir?: unknown }>;
      };
      for (const entry of manifest.Modules ?? []) {
        if (typeof entry.Key === 'string' && typeof entry.Dir === 'string') reading.modulesJson.set(entry.Key, path.resolve(reading.rootDir, entry.Dir));
      }
    } catch {
      // No manifest: the configuration was not initialized; such modules are reported as not read.
    }
  }
  return reading.modulesJson.get(key);
}

function isFile(absolute: string): boolean {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}

function isDirectory(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}
