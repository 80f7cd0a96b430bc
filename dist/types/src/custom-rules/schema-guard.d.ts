export interface GuardProblem {
    /** Pointer inside the checked schema. */
    readonly pointer: string;
    readonly message: string;
}
export declare function checkSchema(schema: unknown): GuardProblem | undefined;
/**
 * Patterns run on RE2, in time linear in the text whatever their shape. Their length is bounded, and what RE2
 * cannot run (backreferences, lookaround) is refused here, at the pattern.
 */
export declare function patternProblem(pattern: string): string | undefined;
