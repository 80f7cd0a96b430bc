/**
 * Text from the input (entity names and paths come from pull requests) as inert markdown: HTML and markdown
 * syntax escaped (a pipe cannot end a table cell, `$` cannot start math), line breaks flattened, and `@` broken with a zero-width space so a name cannot mention anyone.
 * Bare URLs (`https://`, any `scheme://`) and `www.` are broken the same way, so GitHub does not turn a name or a
 * value from a pull request into a link that looks like a0lint's own.
 */
export declare function text(value: string): string;
