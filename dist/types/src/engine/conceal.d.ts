/** Hides text that must never be printed, such as the values of keyword mappings. */
export type Conceal = (text: string) => string;
export declare const concealNothing: Conceal;
/**
 * Every value of a keyword mapping (strings and numbers, and those inside a mapped array or object) is treated as a
 * secret: deploy-cli mappings are where pipelines keep them, and a marker in a name would otherwise print its value.
 */
export declare function mappedSecrets(mappings: Readonly<Record<string, unknown>>): Array<{
    key: string;
    value: string;
    nested: boolean;
}>;
/** Replaces each mapped value (as written, and as `printable` escapes it) with the marker that stands for it. */
export declare function concealMappedValues(mappings: Readonly<Record<string, unknown>> | undefined): Conceal;
