/**
 * Control characters, and the Unicode marks that reorder or hide text, written as visible escapes. Names and
 * paths come from files anyone can put in a pull request; printed raw, an ESC sequence repaints a terminal, a
 * line break starts a forged `::error::` workflow command in a CI log, and a bidi override disguises a name.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
