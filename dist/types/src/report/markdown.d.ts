import type { Formatter, ReportInput } from './formatter.js';
/** GitHub refuses a step summary over 1 MiB; a PR comment takes at most 65,536 characters. */
export declare const SUMMARY_MAX_BYTES: number;
export declare const COMMENT_MAX_CHARS = 65536;
export interface MarkdownOptions {
    /** Upper bound on the UTF-8 size of the output; findings past it are counted instead of listed. */
    readonly maxBytes?: number;
    readonly heading?: string;
}
/** The job summary (and PR comment body): totals, then one table of findings, most severe first. */
export declare const formatMarkdown: Formatter;
export declare function renderMarkdown(input: ReportInput, options?: MarkdownOptions): string;
