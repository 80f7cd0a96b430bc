/** ` (did you mean "clients"?)` for a name close to a known one (contains it, or within two edits); else ''. */
export declare function suggestion(id: string, known: Iterable<string>): string;
export declare function distance(a: string, b: string): number;
