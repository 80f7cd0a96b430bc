import type { AnyRule } from '../engine/rule.js';

/**
 * Texts derived from a rule's docs page (its README.md), so SARIF and summaries never carry a second copy of a
 * rule's explanation that could drift from the page.
 */

/** The first paragraph of a `## Heading` section, or undefined when the page has no such section. */
function sectionParagraph(docs: string, heading: string): string | undefined {
  const lines = docs.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start === -1) return undefined;
  const paragraph: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line) || line.startsWith('```')) break;
    if (line.trim() === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    // List items keep their own lines; wrapped lines of one item or sentence are joined.
    if (paragraph.length > 0 && /^\s*([-*+]|\d+[.)])\s/.test(line)) paragraph.push('\n');
    else if (paragraph.length > 0) paragraph.push(' ');
    paragraph.push(line.trim());
  }
  return paragraph.length > 0 ? paragraph.join('') : undefined;
}

/** Why the rule exists, in one paragraph: the page's "Why", else "What it checks", else the one-line description. */
export function ruleRationale(rule: AnyRule): string {
  return sectionParagraph(rule.meta.docs, 'Why') ?? sectionParagraph(rule.meta.docs, 'What it checks') ?? rule.meta.description;
}

/** Markdown made readable as plain text: no emphasis or code markers, links as `text (url)`, headings as lines. */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('```'))
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\*([^*\s][^*]*?)\*/g, '$1')
        .replace(/(^|[^\w])_([^_\s][^_]*?)_(?![\w])/g, '$1$2'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: a lone surrogate is not valid UTF-8 in the written file.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}\u2026`;
}
