import { type ChunkedFormatter } from './formatter.js';
/**
 * JUnit XML for CI systems other than GitHub: one testsuite per rule that ran (a passing testcase when the rule
 * found nothing, one failing testcase per finding), and a testsuite of input errors when some input was unreadable.
 */
export declare const junitChunks: ChunkedFormatter;
export declare const formatJunit: import("./formatter.js").Formatter;
/**
 * Text safe in XML 1.0 content and attribute values. Characters XML 1.0 cannot hold at all (most control
 * characters, lone surrogates, U+FFFE/U+FFFF) are written as visible `\uXXXX`; line breaks and tabs become
 * character references so attribute normalization keeps them.
 */
export declare function xml(value: string): string;
