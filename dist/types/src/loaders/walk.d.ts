import type { TextRange } from '../model/types.js';
export interface MarkerHit {
    readonly marker: string;
    readonly pointer: string;
    /**
     * The marker is a mapping value's whole value. deploy-cli (8.x) leaves such a field out when nothing resolves it;
     * a marker inside a longer value, or a list item, is deployed as text.
     */
    readonly whole: boolean;
}
export interface SecretHit {
    /** The field name, or `private key` (PEM) / `private key (JWK)`; never the value. */
    readonly field: string;
    readonly pointer: string;
}
export interface WalkResult {
    readonly markers: MarkerHit[];
    /** Literal secrets: secret-bearing fields with a real value, and PEM private keys anywhere. */
    secrets: SecretHit[];
    /** How many mapping keys the walk visited (JSON compares them with the colons of its text). */
    keys: number;
}
/**
 * Past this nesting depth a document is treated as hostile. Real exports nest a few dozen levels at most; the
 * limit keeps every later recursive step (building the model, reporting) far from the engine's stack limit.
 */
export declare const MAX_DEPTH = 500;
export interface WalkOptions {
    /** Where a pointer is in the file, for the errors the walk raises. */
    readonly locate?: (pointer: string) => TextRange | undefined;
    /**
     * The text the data was parsed from. Checks that no value of that text could match are skipped: a value can only
     * hold `##`, `@@` or `PRIVATE` if the text does, or if an escape sequence produced it (line folding only turns
     * line breaks into spaces). Without it every check runs.
     */
    readonly text?: string;
    /**
     * Values may be shared (YAML aliases): each is visited once, cycles are not followed, and the values visited
     * are counted against `maxValues`. Without sharing, no document holds more values than characters.
     */
    readonly shared?: boolean;
    readonly maxValues?: number;
}
/**
 * One pass over parsed data: puts unresolved keyword markers back as the user wrote them, notes where markers and
 * private keys stand, and counts the keys (JSON's duplicate-key check compares them with the text's colons).
 */
export declare function walkValues(root: unknown, file: string | undefined, options?: WalkOptions): WalkResult;
