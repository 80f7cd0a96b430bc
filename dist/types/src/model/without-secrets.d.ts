export interface Sanitized {
    readonly data: Readonly<Record<string, unknown>>;
    /** Pointers (inside the value) where a secret value was. */
    readonly secretFields: readonly string[];
}
/** A copy of a record without secret values; the record itself when it holds none (the usual case). */
export declare function withoutSecrets(record: Readonly<Record<string, unknown>>): Sanitized;
