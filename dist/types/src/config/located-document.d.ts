import type { ValidateFunction } from 'ajv';
import { InputError } from '../shared/errors.js';
import type { TextRange } from '../model/types.js';
/** A parsed settings file (configuration, rule file, baseline) that can say where any of its values is. */
export interface LocatedDocument {
    /** Path for messages, relative to the working directory. */
    readonly file: string;
    readonly data: unknown;
    locate(pointer: string): TextRange | undefined;
    /** Where the key of the value at `pointer` is written (a mistake in a key is marked at the key). */
    locateKey(pointer: string): TextRange | undefined;
}
/** What a settings file is, for the error when it is missing: the path alone does not say which option named it. */
declare const MISSING: Readonly<Record<'configuration' | 'baseline' | 'rules', string>>;
export declare function readLocatedDocument(absolute: string, display: string, kind: keyof typeof MISSING): Promise<LocatedDocument>;
/** An error about the value at `pointer` (or, with `atKey`, its key), located in the document. */
export declare function errorAt(document: LocatedDocument, pointer: string, message: string, label?: string, atKey?: boolean): InputError;
/** Validates and throws every schema error, located, in words a person can act on. */
export declare function assertValid(validate: ValidateFunction, document: LocatedDocument, data?: unknown, base?: string): void;
/**
 * Every problem the validator found (it must be compiled with allErrors to find more than one, and verbose for the
 * did-you-mean of unknown keys), one error each, located. Empty when the data is valid.
 */
export declare function schemaErrors(validate: ValidateFunction, document: LocatedDocument, data?: unknown, base?: string): InputError[];
export declare function patternWords(pattern: string): string;
export {};
