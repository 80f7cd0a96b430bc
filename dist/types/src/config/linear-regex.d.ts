/**
 * Regular expressions from files anyone can put in a pull request (custom rule patterns, ignore keys, globs) run on
 * RE2, which matches in time linear in the text for a given pattern: no pattern can make matching backtrack
 * exponentially or polynomially, so no pattern needs to be judged by its shape. RE2 has no backreferences or
 * lookaround; a pattern that uses them is refused when it is compiled.
 */
export interface LinearRegex {
    /** Whether the pattern occurs anywhere in `text` (as RegExp.test). */
    test(text: string): boolean;
}
export declare class UnsupportedPattern extends Error {
}
export declare function linearRegex(source: string, options?: {
    dotAll?: boolean;
}): LinearRegex;
/** ajv's hook for the engine that runs `pattern` and `patternProperties` (`code` names it in standalone code). */
export declare const LINEAR_REGEXP_ENGINE: ((pattern: string) => LinearRegex) & {
    code: string;
};
/**
 * A path glob (`*` inside one folder, `**` across folders, `?`, `[...]`, `{a,b}`), matched in linear time: the
 * glob is translated to a regular expression without lookaround, and that expression runs on RE2.
 */
export declare function linearGlob(glob: string): (path: string) => boolean;
