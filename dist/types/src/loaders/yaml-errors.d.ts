import { type Document, type YAMLError } from 'yaml';
/** A YAML syntax error said in words, at the place a person must fix (an offset in the parsed text). */
export interface YamlProblem {
    readonly offset: number;
    readonly message: string;
}
/**
 * The parser reports where it noticed a problem, in its own terms: an unclosed quote at the end of the file, a
 * mis-indented list item at the blank before it. This moves each to where it was made and says it plainly;
 * `lineOf` gives the line of an offset, for naming an earlier place.
 */
export declare function yamlProblem(doc: Document, text: string, error: YAMLError, lineOf: (offset: number) => number): YamlProblem;
