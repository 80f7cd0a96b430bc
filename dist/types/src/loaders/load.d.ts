import { DocumentOrigins } from './document-origins.js';
import { type LoadedInput, type LoadOptions } from './loaded-input.js';
import type { ParsedFile } from './yaml-file.js';
export { DEFAULT_MAX_FILE_SIZE, INPUT_FORMATS, type InputFormat, type LoadedInput, type LoadOptions, type RawEntity } from './loaded-input.js';
export { readTextFile } from './read-file.js';
export declare function loadInput(inputPath: string, options?: LoadOptions): Promise<LoadedInput>;
/** Terraform's JSON syntax for configuration (`main.tf.json`), which a0lint does not read, in a folder or named. */
export declare const TF_JSON_NOT_READ = "Terraform JSON configuration files (.tf.json) are not read; a0lint reads .tf files and `terraform show -json` output";
/**
 * What a folder given as input stands for, when it is no export itself: the exports it holds (`tenants/dev/`
 * holding tenant.yaml, `tenants/prod/` a directory export, `infra/` a Terraform configuration), searched up to
 * EXPORT_SEARCH_DEPTH levels down, sorted; or its own tenant.yaml. The search does not descend into an export (its
 * subfolders are part of it). Empty when the folder is an export itself or holds nothing a0lint reads (loading it
 * then says what is missing). A tree too large to search whole is refused, never linted in part.
 */
export declare function exportsInFolder(absolute: string): string[];
/** Whether a folder is an export itself: a deploy-cli directory export or a Terraform configuration. */
export declare function isExportFolderPath(absolute: string): boolean;
export declare function displayPath(cwd: string, absolute: string): string;
export declare function fromDocument(file: ParsedFile, format: 'yaml' | 'api-dump', display: string, origins?: DocumentOrigins): LoadedInput;
