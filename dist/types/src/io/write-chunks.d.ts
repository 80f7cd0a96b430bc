/** Joins small pieces of text into writes of about a megabyte; empty text is not written at all. */
export declare function batched(chunks: Iterable<string>, size?: number): Generator<string>;
