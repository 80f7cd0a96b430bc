import type { TextRange } from '../model/types.js';
import type { PreparedText } from './keywords.js';
import type { LineIndex } from './text-index.js';
/** Offsets of a located value in prepared text; `keyStart` when the value belongs to a mapping key. */
export interface FoundValue {
    readonly start: number;
    readonly end: number;
    readonly keyStart?: number;
    /** True for strings, numbers and the like; false for objects and arrays. */
    readonly scalar: boolean;
}
/**
 * Turns a found value into a file range. Scalars and one-line collections are reported whole; a multi-line
 * object or array is reported by the line of its key (or its first line), so an annotation marks one line, not fifty.
 */
export declare function rangeOf(found: FoundValue, prepared: PreparedText, lines: LineIndex): TextRange;
/**
 * A secret whose value came from a keyword mapping is not in the file; only the marker is. Checks the original
 * text behind a located value for a marker.
 */
export declare function writtenAsKeyword(range: TextRange | undefined, lines: LineIndex): boolean;
/**
 * Narrows a located value to where `needle` first stands inside it. A needle of one line also narrows a value of
 * several lines (a line of code inside a block scalar or a code file).
 */
export declare function narrowTo(range: TextRange | undefined, needle: string | undefined, lines: LineIndex): TextRange | undefined;
