/** A problem with the input itself (not a finding): reported as one located line, exit code 2. */
export declare class InputError extends Error {
    readonly file?: string | undefined;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, file?: string | undefined, line?: number | undefined, column?: number | undefined);
    /** `file:line:col: message`, the form editors and terminals turn into links. */
    format(): string;
}
/** The same error kind for problems with how a0lint was called. */
export declare class UsageError extends Error {
    name: string;
}
