/**
 * ` (did you mean "clients"?)` for the known name closest to `id`: within two edits (fewest wins), else one that
 * contains it or is contained in it; '' when none is close.
 */
export declare function suggestion(id: string, known: Iterable<string>): string;
export declare function distance(a: string, b: string): number;
