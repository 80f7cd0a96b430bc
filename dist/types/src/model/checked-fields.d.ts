/** What a rule checks at a document pointer, when some rule reads it; undefined for fields no rule reads. */
export declare function checkedAt(documentPointer: string): string | undefined;
