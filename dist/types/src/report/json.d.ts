import { type ChunkedFormatter } from './formatter.js';
/**
 * The stable machine-readable form (version 1) that baselines, the Action and other tools read: the text of
 * `JSON.stringify(report, null, 2)`, written one finding at a time.
 */
export declare const jsonChunks: ChunkedFormatter;
export declare const formatJson: import("./formatter.js").Formatter;
/**
 * An array as `JSON.stringify(…, null, 2)` writes it at this indentation inside a larger document, one piece per
 * item. Strings in JSON hold no raw line breaks, so every line break of an item's text is between its tokens.
 */
export declare function jsonArrayChunks(items: readonly unknown[], indent: string): Generator<string>;
