import type { KeywordMappings } from './keywords.js';
import type { ParsedFile } from './yaml-file.js';
/** Reads a regular file as UTF-8; refuses FIFOs, devices, oversized files and invalid UTF-8 with a located error. */
export declare function readTextFile(absolute: string, display: string, maxFileSize: number, raise?: string): string;
/**
 * A file's text, and its bytes when it is pure ASCII: each byte is then one character, and scanning bytes is
 * several times faster than scanning the string.
 */
export interface FileText {
    readonly text: string;
    readonly ascii?: Uint8Array;
}
export declare function readText(absolute: string, display: string, maxFileSize: number, raise?: string): FileText;
/** Reads and parses one JSON file, with keyword markers replaced as deploy-cli does. */
export declare function readJsonFile(absolute: string, display: string, mappings: KeywordMappings, maxFileSize: number): ParsedFile;
