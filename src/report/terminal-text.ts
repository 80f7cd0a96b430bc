import stringWidth from 'string-width';

/**
 * Text for one terminal line. Names, URLs and values in a message are user data of any length: they are shortened
 * in place (with an ellipsis) so that the line keeps its rule id and the sentence around them, instead of wrapping.
 */

/** Longest name or value kept whole in a headline; shorter limits are tried before the sentence itself is cut. */
const NAME_LIMITS = [48, 32, 24];

// A double-quoted name, or a run of characters without spaces (URLs, audiences, scope lists).
const LONG_PART = /"[^"]*"|[^\s"]+/g;

/**
 * The columns a terminal gives the text: East Asian wide characters and emoji take two, combining marks and other
 * zero-width characters none, a cluster of code points that shows as one character counts as it shows.
 */
export function widthOf(text: string): number {
  return stringWidth(text);
}

const segmenter = new Intl.Segmenter();

/** The text's characters as a reader sees them (grapheme clusters), with their widths: never split inside one. */
function* characters(text: string): Generator<{ readonly text: string; readonly width: number }> {
  for (const { segment } of segmenter.segment(text)) yield { text: segment, width: stringWidth(segment) };
}

/** The longest start of the text, in whole characters, that fits in `max` columns. */
function startWithin(text: string, max: number): string {
  let kept = '';
  let width = 0;
  for (const character of characters(text)) {
    if (width + character.width > max) break;
    kept += character.text;
    width += character.width;
  }
  return kept;
}

/** The headline with each long name or value shortened, then cut at a word if it is still over `max`. */
export function fitHeadline(headline: string, max: number): string {
  if (widthOf(headline) <= max) return headline;
  let shortened = headline;
  for (const limit of NAME_LIMITS) {
    shortened = headline.replace(LONG_PART, (part) => (widthOf(part) <= limit ? part : shorten(part, limit)));
    if (widthOf(shortened) <= max) return shortened;
  }
  // Cut at the last word that fits, unless that loses more than half of the line. A word that ends in an ellipsis
  // was shortened above: it goes too, so that the line never ends in two ellipses.
  let cut = startWithin(shortened, max - 1);
  for (let space = cut.lastIndexOf(' '); space > cut.length / 2; space = cut.lastIndexOf(' ')) {
    cut = cut.slice(0, space);
    if (!cut.endsWith('\u2026')) break;
  }
  return cut.endsWith('\u2026') ? cut : `${cut}\u2026`;
}

/** A label (a file, an entity) cut to `max` columns. */
export function fitLabel(label: string, max: number): string {
  return widthOf(label) <= max ? label : `${startWithin(label, max - 1)}\u2026`;
}

function shorten(part: string, limit: number): string {
  const quoted = part.startsWith('"') && part.endsWith('"') && part.length > 1;
  const inner = quoted ? part.slice(1, -1) : part;
  const kept = fitLabel(inner, limit - (quoted ? 2 : 0));
  return quoted ? `"${kept}"` : kept;
}

/**
 * Words wrapped to lines of at most `width` columns. A word is never split, unless it alone is wider than the line
 * (a long name): rule ids and URLs stay whole.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const pieces = widthOf(word) <= width ? [word] : chunks(word, width);
    for (const piece of pieces) {
      const pieceWidth = widthOf(piece);
      if (line !== '' && lineWidth + 1 + pieceWidth > width) {
        lines.push(line);
        line = '';
      }
      if (line === '') {
        line = piece;
        lineWidth = pieceWidth;
      } else {
        line += ` ${piece}`;
        lineWidth += 1 + pieceWidth;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A word wider than a line, in pieces of at most `width` columns, never splitting a character. */
function chunks(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const character of characters(word)) {
    if (piece !== '' && pieceWidth + character.width > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += character.text;
    pieceWidth += character.width;
  }
  if (piece !== '') pieces.push(piece);
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
