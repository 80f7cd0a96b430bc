import { parseJsonFile } from './json-file.js';
import { fromDocument, type LoadedInput, type LoadOptions } from './load.js';
import { parseYamlFile } from './yaml-file.js';

/** Loads a deploy-cli YAML export or an API dump held in memory (tests, docs examples). */
export function loadText(file: string, text: string, format: 'yaml' | 'api-dump', options: LoadOptions = {}): LoadedInput {
  const mappings = options.mappings ?? {};
  const parsed = format === 'yaml' ? parseYamlFile(file, text, mappings, options.yaml) : parseJsonFile(file, text, mappings);
  return fromDocument(parsed, format, file);
}
