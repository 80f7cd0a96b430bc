import { type ChunkedFormatter } from './formatter.js';
/** Human output grouped by file, like ESLint's stylish: `line:col  severity  message  rule-id`; one piece per line. */
export declare const stylishChunks: ChunkedFormatter;
export declare const formatStylish: import("./formatter.js").Formatter;
