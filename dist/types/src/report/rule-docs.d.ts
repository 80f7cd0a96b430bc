import type { AnyRule } from '../engine/rule.js';
/**
 * Texts derived from a rule's docs page (its README.md), so SARIF and summaries never carry a second copy of a
 * rule's explanation that could drift from the page.
 */
/** The first paragraph of a `## Heading` section, or undefined when the page has no such section. */
export declare function sectionParagraph(docs: string, heading: string): string | undefined;
/** Why the rule exists, in one paragraph: the page's "Why", else "What it checks", else the one-line description. */
export declare function ruleRationale(rule: AnyRule): string;
/** Markdown made readable as plain text: no emphasis or code markers, links as `text (url)`, headings as lines. */
export declare function markdownToText(markdown: string): string;
/** Cuts text to at most `max` characters at a word boundary, marking the cut. */
export declare function clip(text: string, max: number): string;
