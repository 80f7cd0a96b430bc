import type { FoundValue } from './range-of.js';
/**
 * Finds values by pointer in JSON text that JSON.parse has already accepted, so nothing is validated twice.
 * One pass over the text (its bytes when it is ASCII, else its UTF-16 code units: scanning numbers is several
 * times faster than charCodeAt) counts the colons outside strings, for the duplicate-key check, and notes where the
 * top levels' containers end, so locating an entity in a large dump skips its neighbours instead of scanning them.
 */
export declare class JsonLocator {
    private readonly text;
    /** Colons outside strings: each separates a key from its value. */
    readonly colons: number;
    private readonly ends;
    /** Where the items of arrays located into so far begin: a dump's entities are listed once. */
    private readonly items;
    /** Whether the string read last held an escape sequence. */
    private escaped;
    /** `ascii`: the bytes of `text` when it is pure ASCII (each byte is then one character). */
    constructor(text: string, ascii?: Uint8Array);
    /** The value at a path of keys and indexes; when a segment is missing, the closest existing parent stands in. */
    find(segments: readonly string[]): FoundValue;
    private child;
    private itemsOf;
    /** The end of the value starting at `start`. */
    private skip;
    private stringEnd;
    private skipSpace;
}
/** The colons outside strings, without noting anything else. */
export declare function countColons(text: string, ascii?: Uint8Array): number;
