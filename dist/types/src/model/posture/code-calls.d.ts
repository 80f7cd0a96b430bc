import type { CodeText } from '../types.js';
/** What a piece of Action code does, as far as the rules ask: the functions it calls and the properties it reads. */
export interface CodeFacts {
    /** Dotted paths of called functions (`api.access.deny`), with the line of their first call. */
    readonly calls: ReadonlyMap<string, number>;
    /** Names of properties read anywhere (`code_challenge` in `event.request.query.code_challenge`). */
    readonly properties: ReadonlySet<string>;
}
/**
 * Whether code passes `test`; code that does not parse is searched as text for every one of `words` instead, so
 * unreadable code is never taken for code that lacks what the rule looks for, and code a0lint cannot know
 * (Terraform's `file()`) passes: the rule does not decide on it.
 */
export declare function codeSatisfies(code: CodeText | undefined, test: (facts: CodeFacts) => boolean, words: readonly string[]): boolean;
