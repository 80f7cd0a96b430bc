import type { FoundValue } from './range-of.js';
/**
 * `text` must hold no carriage return that does not end a line (YAML breaks the line there, this reader does
 * not): see `hasLoneCarriageReturn`.
 */
export declare function locateInItem(text: string, start: number, end: number, segments: readonly string[], value: unknown): FoundValue | undefined;
/** Whether YAML would break a line where this reader does not. */
export declare function hasLoneCarriageReturn(text: string): boolean;
