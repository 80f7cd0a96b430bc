import { type Document } from 'yaml';
import type { FoundValue } from './range-of.js';
import { LineIndex } from './text-index.js';
/** Finds the value at a path of keys and indexes in a parsed document; see yaml-file.ts. */
export type FindInDocument = (doc: Document, segments: readonly string[]) => FoundValue | undefined;
export declare const YAML_OPTIONS: {
    readonly uniqueKeys: true;
    readonly prettyErrors: false;
    readonly keepSourceTokens: false;
};
/**
 * Locates values in a large block-style YAML file without a position-keeping parse of the whole file.
 *
 * The `yaml` package's Document API keeps a node with a range for every value, which costs more than the rest of
 * a run together. A finding needs the range of one value, and deploy-cli exports are long block sequences of small
 * entities under a few top-level keys. So the file is cut along its lines into a top-level key's block and, for a
 * large block sequence, into one item, and only that part is parsed by the `yaml` package, at its offset: the
 * ranges are the ones the full parse would give. Each part is checked against the values read from the whole file;
 * anything unexpected (a layout the cut does not know, a part that reads differently) falls back to `full`, the
 * position-keeping parse of the whole file, so the result is exact either way.
 */
export declare function blockLocator(text: string, values: () => unknown, find: FindInDocument, full: () => Document, options?: {
    wholeBelow?: number;
    lines?: () => LineIndex;
}): (segments: readonly string[]) => FoundValue | undefined;
