/** A problem with the input itself (not a finding): reported as one located line, exit code 2. */
export declare class InputError extends Error {
    readonly file?: string | undefined;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, file?: string | undefined, line?: number | undefined, column?: number | undefined);
    /** `file:line:col: message`, the form editors and terminals turn into links. */
    format(): string;
}
/**
 * Every mistake found in one pass over a settings file, reported together (one line each, in file order) so that a
 * user fixes them all in one round. As an InputError it reads as the first of them.
 */
export declare class InputErrors extends InputError {
    readonly errors: readonly InputError[];
    constructor(errors: readonly InputError[]);
    format(): string;
}
/** Throws the errors found, if any: one alone as itself, several together. */
export declare function throwAll(errors: readonly InputError[]): void;
/** One error for errors found together (at least one). */
export declare function combined(errors: readonly InputError[]): InputError;
/** The same error kind for problems with how a0lint was called. */
export declare class UsageError extends Error {
    name: string;
}
