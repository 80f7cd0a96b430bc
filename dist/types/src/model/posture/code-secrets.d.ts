/**
 * Literal secrets in code (actions, rules, hooks, custom database scripts): credentials in formats that name
 * themselves, private keys, and string literals assigned to a name that says it holds a secret. The scan runs over
 * the text as written, comments included (a key in a comment is as leaked as one in a string).
 */
export interface CodeSecret {
    /** What was found: a format (`AWS access key`) or the name the literal is assigned to; never the value. */
    readonly what: string;
    /** The literal as written, only to locate it in the file; never printed. */
    readonly literal: string;
    /** 1-based line inside the code. */
    readonly line: number;
}
export declare function findCodeSecrets(code: string): CodeSecret[];
