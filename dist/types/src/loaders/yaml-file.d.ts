import { type Document } from 'yaml';
import type { Source } from '../model/types.js';
import { type KeywordMappings } from './keywords.js';
import { type FoundValue } from './range-of.js';
import { type WalkResult } from './walk.js';
export interface ParsedFile {
    readonly data: unknown;
    readonly source: Source;
    readonly walk: WalkResult;
}
export interface YamlLimits {
    /** How many alias expansions a document may make; guards against "billion laughs". */
    readonly maxAliasCount: number;
    /** How long the text may be after keyword replacement (the file size limit). */
    readonly maxLength?: number;
}
export declare const DEFAULT_YAML_LIMITS: YamlLimits;
export declare function parseYamlFile(file: string, original: string, mappings: KeywordMappings, limits?: YamlLimits): ParsedFile;
/** Finds the node at a path of keys and indexes; when a segment is missing, the closest existing parent stands in. */
export declare function findInDocument(doc: Document, segments: readonly string[]): FoundValue | undefined;
