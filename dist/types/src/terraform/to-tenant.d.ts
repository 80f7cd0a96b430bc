import type { LoadedInput } from '../model/input.js';
import type { Origin, TextRange } from '../model/types.js';
/** A place in a file, with the file named (a Terraform entity's parts may sit in several files). */
export type FileRange = TextRange & {
    readonly file: string;
};
/** A resource as .tf sources or `terraform show -json` give it: values in Terraform's JSON shape. */
export interface TfResource {
    readonly address: string;
    readonly mode: 'managed' | 'data';
    readonly type: string;
    readonly name: string;
    /** The file findings about the resource point to. */
    readonly file: string;
    values(): Record<string, unknown>;
    /** Where a value is written (a JSON pointer into values()); with `needle`, narrowed to that text on its line. */
    locate(pointer: string, needle?: string): FileRange | undefined;
}
export interface UnknownValue {
    /** The part that could not be known, as written (`var.domain`). */
    readonly expression: string;
    /** The whole value as a0lint shows it, with unknown parts as `${...}`. */
    readonly text: string;
    readonly why: string;
    readonly origin: Origin;
}
/**
 * Maps Terraform resources onto the tenant model's collections in the Management API's shape, so the same rules
 * run: entity keys match deploy-cli's (a client's name, a grant's `<client name>|<audience>|<subject>`), so
 * fingerprints and baselines carry across. Unknown values become their written text and are listed.
 */
export declare function toLoadedInput(resources: readonly TfResource[], display: string, format: 'terraform', domain?: string): LoadedInput;
