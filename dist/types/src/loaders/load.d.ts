import { DocumentOrigins } from './document-origins.js';
import { type LoadedInput, type LoadOptions } from './loaded-input.js';
import type { ParsedFile } from './yaml-file.js';
export { DEFAULT_MAX_FILE_SIZE, INPUT_FORMATS, type InputFormat, type LoadedInput, type LoadOptions, type RawEntity } from './loaded-input.js';
export { readTextFile } from './read-file.js';
/**
 * A YAML document the fast reader leaves to the full parser (anchors, directives, ...) costs far more memory per
 * byte than JSON (a syntax tree kept for locations); past this size such a run would take minutes and gigabytes, so
 * YAML is refused unless the user raises --max-file-size. Real exports are under 1 MB.
 */
export declare const DEFAULT_MAX_YAML_FILE_SIZE: number;
export declare function loadInput(inputPath: string, options?: LoadOptions): Promise<LoadedInput>;
/**
 * A folder that is no export itself but holds exports one level down (`tenants/dev/tenant.yaml`,
 * `tenants/prod/` as a directory export): those exports, sorted. Empty when the folder is an export, a Terraform
 * configuration, or holds nothing a0lint reads (then loading it says what is missing).
 */
export declare function exportsInFolder(absolute: string): string[];
export declare function displayPath(cwd: string, absolute: string): string;
export declare function fromDocument(file: ParsedFile, format: 'yaml' | 'api-dump', display: string, origins?: DocumentOrigins): LoadedInput;
