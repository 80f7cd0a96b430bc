import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../shared/errors.js';
import type { KeywordMappings } from './keywords.js';
import { parseJsonFile } from './json-file.js';
import { displayPath } from './load.js';
import { readTextFile } from './read-file.js';
import { parseYamlFile } from './yaml-file.js';

/**
 * Keyword mappings are a few keys and values; a larger file is hostile (parsing 100 MB of YAML needs gigabytes).
 * Past it: `file is N bytes, over the limit of 1048576 for keyword mappings`.
 */
const MAX_MAPPINGS_FILE_SIZE = 1024 * 1024;

/**
 * Keyword mappings from a file of `KEY: value` pairs (JSON or YAML), or from deploy-cli's config.json
 * (`AUTH0_KEYWORD_REPLACE_MAPPINGS`). Values are never taken from the environment.
 */
export function readMappingsFile(file: string, cwd: string, kind: 'mappings' | 'deploy-config'): KeywordMappings {
  return readMappingsAndBase(file, cwd, kind).mappings;
}

/** What a0lint takes from deploy-cli's config.json: its keyword mappings, and AUTH0_BASE_PATH (absolute) when set. */
export interface DeployConfig {
  readonly mappings: KeywordMappings;
  /** Where deploy-cli resolves the files a YAML export names (code, scripts, HTML), instead of the YAML's folder. */
  readonly basePath?: string;
}

export function readDeployConfig(file: string, cwd: string): DeployConfig {
  return readMappingsAndBase(file, cwd, 'deploy-config');
}

function readMappingsAndBase(file: string, cwd: string, kind: 'mappings' | 'deploy-config'): DeployConfig {
  const absolute = path.resolve(cwd, file);
  const display = displayPath(cwd, absolute);
  // The path alone does not say which option named it.
  if (!existsSync(absolute)) throw new InputError(kind === 'deploy-config' ? 'no such deploy-cli config file' : 'no such keyword mappings file', display);
  const text = readTextFile(absolute, display, MAX_MAPPINGS_FILE_SIZE, ' for keyword mappings');
  let data: unknown;
  if (/\.ya?ml$/i.test(absolute)) {
    // The export reader: the same limits, and syntax errors in the same words, at the place to fix.
    data = parseYamlFile(display, text, {}).data;
  } else {
    data = parseJsonFile(display, text, {}).data;
  }
  const config = kind === 'deploy-config' ? (data as { AUTH0_KEYWORD_REPLACE_MAPPINGS?: unknown; AUTH0_BASE_PATH?: unknown } | null) : undefined;
  const mappings = kind === 'deploy-config' ? (config?.AUTH0_KEYWORD_REPLACE_MAPPINGS ?? {}) : data;
  if (typeof mappings !== 'object' || mappings === null || Array.isArray(mappings)) {
    throw new InputError(
      kind === 'deploy-config' ? 'AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object' : 'keyword mappings must be an object of KEY: value pairs',
      display,
      1,
      1,
    );
  }
  const base = config?.AUTH0_BASE_PATH;
  if (base !== undefined && base !== null && base !== '' && typeof base !== 'string')
    throw new InputError('AUTH0_BASE_PATH must be a folder path (a string)', display, 1, 1);
  // deploy-cli resolves it against the folder it runs in; a0lint runs where deploy-cli does.
  return { mappings: mappings as KeywordMappings, ...(typeof base === 'string' && base !== '' ? { basePath: path.resolve(cwd, base) } : {}) };
}
