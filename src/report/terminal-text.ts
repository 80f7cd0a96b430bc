import { clip } from './rule-docs.js';

/**
 * Text for one terminal line. Names, URLs and values in a message are user data of any length: they are shortened
 * in place (with an ellipsis) so that the line keeps its rule id and the sentence around them, instead of wrapping.
 */

/** Longest name or value kept whole in a headline; shorter limits are tried before the sentence itself is cut. */
const NAME_LIMITS = [48, 32, 24];

// A double-quoted name, or a run of characters without spaces (URLs, audiences, scope lists).
const LONG_PART = /"[^"]*"|[^\s"]+/g;

/** Characters as a terminal counts them for line length: code points (a surrogate pair is one). */
export function lengthOf(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** The headline with each long name or value shortened, then cut at a word if it is still over `max`. */
export function fitHeadline(headline: string, max: number): string {
  if (lengthOf(headline) <= max) return headline;
  let shortened = headline;
  for (const limit of NAME_LIMITS) {
    shortened = headline.replace(LONG_PART, (part) => (lengthOf(part) <= limit ? part : shorten(part, limit)));
    if (lengthOf(shortened) <= max) return shortened;
  }
  return clipCodePoints(shortened, max);
}

/** A label (a file, an entity) cut to `max` characters. */
export function fitLabel(label: string, max: number): string {
  return lengthOf(label) <= max
    ? label
    : `${Array.from(label)
        .slice(0, max - 1)
        .join('')}\u2026`;
}

function shorten(part: string, limit: number): string {
  const quoted = part.startsWith('"') && part.endsWith('"') && part.length > 1;
  const inner = quoted ? part.slice(1, -1) : part;
  const kept = fitLabel(inner, limit - (quoted ? 2 : 0));
  return quoted ? `"${kept}"` : kept;
}

function clipCodePoints(text: string, max: number): string {
  // clip counts UTF-16 units; astral characters count once here, so give it the room they take there.
  const units = Array.from(text).slice(0, max).join('').length;
  return clip(text, units);
}

/**
 * Words wrapped to lines of at most `width` characters. A word is never split, unless it alone is wider than the
 * line (a long name): rule ids and URLs stay whole.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const pieces = lengthOf(word) <= width ? [word] : chunks(word, width);
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (lengthOf(line) + 1 + lengthOf(piece) <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function chunks(word: string, width: number): string[] {
  const points = Array.from(word);
  const pieces: string[] = [];
  for (let start = 0; start < points.length; start += width) pieces.push(points.slice(start, start + width).join(''));
  return pieces;
}

/**
 * An OSC 8 hyperlink: terminals that support it show `text` and open `url` on click. Only a URL of printable
 * ASCII is linked (anything else could end the sequence early); otherwise the text is shown alone.
 */
export function hyperlink(url: string | undefined, text: string): string {
  if (url === undefined || !/^[\x21-\x7e]+$/.test(url)) return text;
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}
