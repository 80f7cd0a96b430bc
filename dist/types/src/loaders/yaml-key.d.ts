export interface KeyRead {
    /** The property name the key gives, as the fast reading of values names it. */
    readonly name: string;
    /** The length of the `key:` part, up to and with its colon. */
    readonly length: number;
}
/**
 * Reads the block mapping key written at `from` in a line whose text ends at `end` (before its line break): a
 * plain or quoted scalar followed by `:` and a blank or the line's end.
 */
export declare function keyAt(text: string, from: number, end: number): KeyRead | undefined;
/**
 * The length of the `key:` part at `from`, or -1 when the line holds no key there. Called for most lines the
 * locators read, so a plain key is read by its characters: it ends at the first `:` followed by a blank or the
 * line's end, may hold `#` only right after a non-blank, and never holds a line break.
 */
export declare function keyLength(text: string, from: number, end: number): number;
/**
 * Whether the key that `keyLength` read, `length` long, at `from` gives the property `name`. Most keys are words
 * that name themselves, so only a key written as `name` or one that the reading may rename (a number, null or
 * boolean form, a quoted key, a keyword placeholder) is named in full.
 */
export declare function keyIs(text: string, from: number, length: number, name: string): boolean;
