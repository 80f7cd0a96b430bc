/**
 * The columns a terminal gives the text: East Asian wide characters and emoji take two, combining marks and other
 * zero-width characters none, a cluster of code points that shows as one character counts as it shows.
 */
export declare function widthOf(text: string): number;
/** The headline with each long name or value shortened, then cut at a word if it is still over `max`. */
export declare function fitHeadline(headline: string, max: number): string;
/** A label (a file, an entity) cut to `max` columns. */
export declare function fitLabel(label: string, max: number): string;
/**
 * Words wrapped to lines of at most `width` columns. A word is never split, unless it alone is wider than the line
 * (a long name): rule ids and URLs stay whole.
 */
export declare function wrapWords(text: string, width: number): string[];
/**
 * An OSC 8 hyperlink: terminals that support it show `text` and open `url` on click. Only a URL of printable
 * ASCII is linked (anything else could end the sequence early); otherwise the text is shown alone.
 */
export declare function hyperlink(url: string | undefined, text: string): string;
