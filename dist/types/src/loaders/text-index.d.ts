import type { TextRange } from '../model/types.js';
/** Maps string offsets to 1-based line and column numbers. Columns count UTF-16 code units, as editors do. */
export declare class LineIndex {
    readonly text: string;
    /** Where each line starts; a typed array, as a large file has millions of lines. */
    private readonly starts;
    private readonly count;
    constructor(text: string);
    /** How many lines the text has (a final line break starts an empty last line). */
    get lineCount(): number;
    position(offset: number): {
        line: number;
        column: number;
    };
    offset(line: number, column: number): number;
    range(start: number, end: number): TextRange;
    /** The end offset of the line holding `offset`, without its line break. */
    lineEnd(offset: number): number;
}
