import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError } from './errors.js';
import type { KeywordMappings } from './keywords.js';
import { parseJsonFile } from './json-file.js';
import { DEFAULT_MAX_FILE_SIZE, displayPath, readTextFile } from './load.js';

/**
 * Keyword mappings from a file of `KEY: value` pairs (JSON or YAML), or from deploy-cli's config.json
 * (`AUTH0_KEYWORD_REPLACE_MAPPINGS`). Values are never taken from the environment.
 */
export async function readMappingsFile(file: string, cwd: string, kind: 'mappings' | 'deploy-config'): Promise<KeywordMappings> {
  const absolute = path.resolve(cwd, file);
  const display = displayPath(cwd, absolute);
  const text = readTextFile(absolute, display, DEFAULT_MAX_FILE_SIZE);
  let data: unknown;
  if (/\.ya?ml$/i.test(absolute)) {
    try {
      data = parseYaml(text);
    } catch (error) {
      const where = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
      throw new InputError(`invalid YAML: ${(error as Error).message.split('\n')[0]}`, display, where?.line, where?.col);
    }
  } else {
    data = parseJsonFile(display, text, {}).data;
  }
  const mappings = kind === 'deploy-config' ? (data as { AUTH0_KEYWORD_REPLACE_MAPPINGS?: unknown } | null)?.AUTH0_KEYWORD_REPLACE_MAPPINGS ?? {} : data;
  if (typeof mappings !== 'object' || mappings === null || Array.isArray(mappings)) {
    throw new InputError(kind === 'deploy-config' ? 'AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object' : 'keyword mappings must be an object of KEY: value pairs', display, 1, 1);
  }
  return mappings as KeywordMappings;
}
