import { type ChunkedFormatter } from './formatter.js';
/** No finding's line is longer: names and values in its headline are shortened to fit (see terminal-text.ts). */
export declare const MAX_LINE = 160;
/**
 * Human output grouped by file, like ESLint's stylish; one line per finding: location, severity, rule id, and the
 * message's headline (the first sentence). The rule id links to its docs where the terminal supports OSC 8
 * hyperlinks; --verbose adds the rest of the message and the docs URL below each finding.
 */
export declare const stylishChunks: ChunkedFormatter;
export declare const formatStylish: import("./formatter.js").Formatter;
