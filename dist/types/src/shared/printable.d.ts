/** Replaces each such character (tab and line breaks included) with what `by` makes of it. */
export declare function replaceUnprintable(text: string, by: (ch: string) => string): string;
export declare function printable(text: string): string;
