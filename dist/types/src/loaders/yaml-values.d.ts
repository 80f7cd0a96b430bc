/**
 * Constructs the fast reading cannot take on as the `yaml` package would: anchors (aliases share values, and the
 * alias-expansion limit lives in the full parse), directives (`%YAML 1.1` changes the schema), merge keys (`<<`,
 * which the full parse refuses), explicit keys,
 * collection keys and null keys (the two libraries name such properties differently). The checks are loose (a
 * false alarm only costs speed) and start from a native substring search: a regular expression over a 100 MB file
 * costs more than the fast parse saves. One divergence is left, as not worth a scan of its own: an empty key
 * (`: value`) is the property `null` here and `` in the full parse; Auth0 has no such field.
 */
export declare function needsFullParse(text: string): boolean;
/** The document's value, or undefined when the fast reading cannot vouch for it (then the full parse decides). */
export declare function loadValues(text: string): {
    value: unknown;
} | undefined;
/** The property name a plain (unquoted) key gets in the fast reading: `0x10:` names the property `16`. */
export declare function plainKeyName(text: string): string;
