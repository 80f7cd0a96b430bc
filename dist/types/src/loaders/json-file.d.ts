import { type KeywordMappings } from './keywords.js';
import type { ParsedFile } from './yaml-file.js';
/**
 * JSON is parsed with the engine's own JSON.parse (fast, no positions). Positions are found only when a finding
 * or an error needs one, by scanning the text along a pointer.
 *
 * `ascii`: the file's bytes when every one is ASCII (then byte and character offsets agree); scanning them is
 * several times faster than scanning the string.
 */
export declare function parseJsonFile(file: string, original: string, mappings: KeywordMappings, ascii?: Uint8Array, maxLength?: number): ParsedFile;
