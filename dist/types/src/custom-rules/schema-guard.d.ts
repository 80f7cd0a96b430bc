/**
 * Limits on predicate schemas from rule files, which may arrive in a pull request. ajv never fetches anything
 * on its own (no loadSchema), but it trusts schemas: a deep or huge schema is slow to compile, `$ref`s that fan out
 * (each definition naming the next twice) multiply the work of compiling and evaluating it, and a huge `enum` is
 * compiled in quadratic time. These checks refuse such schemas before ajv sees them. Patterns run on a linear-time
 * engine (see linear-regex.ts), so their shape needs no check; their length is bounded.
 */
export declare const SCHEMA_LIMITS: {
    readonly maxDepth: 32;
    readonly maxNodes: 2000;
    readonly maxExpandedNodes: 10000;
    readonly maxEnum: 1000;
    readonly maxPatternLength: 200;
};
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
