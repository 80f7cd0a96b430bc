/**
 * Control characters, and the Unicode marks that reorder or hide text, written as visible escapes. Names and
 * paths come from files anyone can put in a pull request; printed raw, an ESC sequence repaints a terminal, a
 * line break starts a forged `::error::` workflow command in a CI log, and a bidi override disguises a name.
 */
// Control characters (C0, DEL, C1: ESC, OSC 8 links, OSC 52 clipboard writes), format characters (bidi controls,
// zero-width characters, soft hyphen, tags), the other characters Unicode says to draw as nothing (fillers,
// variation selectors), and the line and paragraph separators.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;

/** Replaces each such character (tab and line breaks included) with what `by` makes of it. */
export function replaceUnprintable(text: string, by: (ch: string) => string): string {
  return text.replace(UNPRINTABLE, by);
}

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => {
    const code = ch.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
