import type { AnyRule } from '../engine/rule.js';
/** Why the rule exists, in one paragraph: the page's "Why", else "What it checks", else the one-line description. */
export declare function ruleRationale(rule: AnyRule): string;
/** Markdown made readable as plain text: no emphasis or code markers, links as `text (url)`, headings as lines. */
export declare function markdownToText(markdown: string): string;
/** Cuts text to at most `max` characters at a word boundary, marking the cut. */
export declare function clip(text: string, max: number): string;
