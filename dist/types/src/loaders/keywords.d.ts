/**
 * deploy-cli keyword replacement, done the way deploy-cli does it: on the raw text, before parsing.
 * `##KEY##` is replaced by the value as text, `@@KEY@@` (optionally quoted) by the value as JSON.
 *
 * Markers without a mapping must survive parsing so they can be reported where they stand: unquoted markers
 * would otherwise make YAML invalid (`@@`) or turn the rest of the line into a comment (`##` after white space or at
 * the start of a line; elsewhere a `#` is part of the scalar and the marker stays as written). They are swapped for
 * private-use characters of the same length, so every offset in the parsed text still matches the file, and
 * swapped back after parsing. JSON needs that only for a bare `@@KEY@@` outside a string; every other marker in
 * JSON is left as written.
 */
export type KeywordMappings = Readonly<Record<string, unknown>>;
export interface PreparedText {
    readonly text: string;
    /**
     * Maps an offset in `text` back to the offset in the original file. An offset inside replaced text maps to the
     * marker's start, or, for the `end` of a range, to the marker's end, so a value from a mapping is located at the
     * whole marker that produced it.
     */
    toOriginal(offset: number, side?: 'start' | 'end'): number;
    /**
     * True when the only changes turned marker characters (`#`, `@`) into placeholders one for one: every offset,
     * quote, colon and bracket is then where the file has it, and the file's bytes can be scanned instead.
     */
    readonly sameStructure: boolean;
}
/**
 * How long the text may grow by replacement: the file size limit applies to what is parsed, not only to what is
 * read, so that a small export with a large mapping value used many times cannot exhaust memory.
 */
export interface ReplacementLimit {
    readonly maxLength: number;
    readonly file: string;
}
/**
 * `text`: a file deploy-cli reads as text (action code, scripts, HTML): mapped markers are replaced, unmapped ones
 * stay as written, since nothing parses the text afterwards.
 */
export declare function prepareText(original: string, mappings: KeywordMappings, syntax: 'yaml' | 'json' | 'text', limit?: ReplacementLimit): PreparedText;
/** Turns placeholders back into the markers the user wrote. */
export declare function restoreMarkers(value: string): string;
export declare function hasPlaceholder(value: string): boolean;
export declare function findMarkers(value: string): string[];
