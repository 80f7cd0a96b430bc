/**
 * Text from the input (entity names and paths come from pull requests) as inert markdown: HTML and markdown
 * syntax escaped (a pipe cannot end a table cell, `$` cannot start math), line breaks flattened, and `@` broken with a zero-width space so a name cannot mention anyone.
 */
export declare function text(value: string): string;
