import type { InputFormat, LoadedInput, RawEntity } from '../model/input.js';
import type { Source } from '../model/types.js';
import { InputError } from '../shared/errors.js';
import type { KeywordMappings } from './keywords.js';
import type { ParsedFile, YamlLimits } from './yaml-file.js';
import { isRecord } from '../shared/values.js';
export type { InputFormat, LoadedInput, RawEntity };
export declare const INPUT_FORMATS: readonly InputFormat[];
export interface LoadOptions {
    readonly format?: InputFormat;
    readonly mappings?: KeywordMappings;
    readonly cwd?: string;
    /** Files larger than this are refused rather than read (bytes). */
    readonly maxFileSize?: number;
    readonly yaml?: YamlLimits;
    /**
     * deploy-cli's AUTH0_BASE_PATH (absolute): the folder a YAML export's file names (`./actions/…/code.js`) are
     * resolved against, instead of the YAML file's own folder.
     */
    readonly basePath?: string;
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** deploy-cli's collection names in tenant.yaml (and in the document of every export form). */
export declare const YAML_KEYS: {
    readonly resourceServers: "resourceServers";
    readonly clients: "clients";
    readonly clientGrants: "clientGrants";
};
export type Collection = keyof typeof YAML_KEYS;
export declare const COLLECTIONS: readonly Collection[];
export type MutableInput = LoadedInput & {
    -readonly [K in Collection]: RawEntity[];
};
export declare function emptyInput(format: InputFormat, display: string, document: Record<string, unknown>, originOf: LoadedInput['originOf']): MutableInput;
/** Adds a file's markers and secrets; `at` is the document pointer the file's content stands at. */
export declare function addMarkers(input: LoadedInput, file: ParsedFile, at: string): void;
export declare function locatedError(file: {
    source: Source;
}, pointer: string, message: string): InputError;
export { isRecord };
