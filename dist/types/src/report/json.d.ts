import { type ChunkedFormatter } from './formatter.js';
/**
 * The stable machine-readable form (version 1) that baselines, the Action and other tools read: the text of
 * `JSON.stringify(report, null, 2)`, written one finding at a time.
 */
export declare const jsonChunks: ChunkedFormatter;
export declare const formatJson: import("./formatter.js").Formatter;
/**
 * An array as `JSON.stringify(…, null, 2)` writes it at this indentation (spaces) inside a larger document, in
 * pieces of several items. Each piece is stringified inside as many arrays as the indentation has levels, so that
 * JSON.stringify itself indents the items as the document does, and the wrappers' brackets are cut off: no second
 * copy of each item's text to indent it.
 */
export declare function jsonArrayChunks(items: readonly unknown[], indent: string): Generator<string>;
