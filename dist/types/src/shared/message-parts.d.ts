/**
 * A finding's message is a headline (its first sentence: what is wrong) followed by details (why it matters and
 * how to fix it). Terminal output shows the headline alone; reports that have room keep the whole message.
 */
export interface MessageParts {
    /** The first sentence, with its period. */
    readonly headline: string;
    /** The rest, trimmed; empty when the message is one sentence. */
    readonly details: string;
}
/**
 * Splits a message at the end of its first sentence: the first ". " that is not inside a double-quoted name (names
 * are user data and may hold sentences), a backquoted span, a URL, or after an abbreviation ("e.g.", "i.e.") or a
 * number or version followed by lower case ("v2. of", "1. the").
 */
export declare function splitMessage(message: string): MessageParts;
