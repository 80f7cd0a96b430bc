import type { ChunkedFormatter, Formatter } from './formatter.js';
export declare const FORMATS: {
    stylish: Formatter;
    json: Formatter;
    sarif: Formatter;
    github: Formatter;
    markdown: Formatter;
    junit: Formatter;
};
export type FormatName = keyof typeof FORMATS;
/**
 * The formats as the CLI writes them, piece by piece. Stylish, JSON and JUnit grow with the findings; SARIF,
 * GitHub annotations and the markdown summary are bounded by what GitHub accepts (results per run and gzipped
 * size, annotations per step, summary size), so they are made whole.
 */
export declare const FORMAT_CHUNKS: Readonly<Record<FormatName, ChunkedFormatter>>;
