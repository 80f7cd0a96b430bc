/** JSON pointers (RFC 6901), the one way every part of a0lint names a place inside a document or entity. */
export declare function joinPointer(base: string, ...segments: ReadonlyArray<string | number>): string;
export declare function parsePointer(pointer: string): string[];
