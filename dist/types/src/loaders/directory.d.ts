import { type LoadedInput, type LoadOptions } from './loaded-input.js';
/**
 * Reads a deploy-cli directory export into the document a YAML export of the same tenant gives: every section
 * deploy-cli reads (DIRECTORY_LAYOUT), each file mounted at the document pointer it fills, so findings point into
 * the file (and, for code and HTML, into the code or HTML file) that holds the value.
 */
export declare function loadDirectory(absolute: string, display: string, options: LoadOptions): LoadedInput;
