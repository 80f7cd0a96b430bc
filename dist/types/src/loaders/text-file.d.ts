import { type KeywordMappings } from './keywords.js';
import type { ParsedFile } from './yaml-file.js';
/**
 * A file deploy-cli reads as text into a value of the export (action code, database scripts, rule and hook
 * scripts, page and email HTML), with keyword markers replaced as deploy-cli does. The data is the text itself;
 * the source locates places inside the file: pointer `''` is the file, and a `needle` (a marker, a literal) is
 * found where it first stands in the file.
 */
export declare function parseTextFile(file: string, original: string, mappings: KeywordMappings, maxLength: number): ParsedFile;
