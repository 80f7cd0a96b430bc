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

// Words whose period is not the end of a sentence.
const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'etc.', 'vs.', 'cf.', 'incl.', 'approx.', 'no.', 'esp.']);
const URL_START = /^(?:https?:\/\/|www\.)/i;
const URL_FIRST = new Set(['h', 'H', 'w', 'W']);

/** Whether a character is what `\s` matches, without a regular expression for the common ASCII ones: the loop below looks at every character of every message. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

/**
 * Splits a message at the end of its first sentence: the first ". " that is not inside a double-quoted name (names
 * are user data and may hold sentences), a backquoted span, a URL, or after an abbreviation ("e.g.", "i.e.") or a
 * number or version followed by lower case ("v2. of", "1. the").
 */
export function splitMessage(message: string): MessageParts {
  const end = firstSentenceEnd(message);
  if (end === -1) return { headline: message.trim(), details: '' };
  return { headline: message.slice(0, end + 1).trim(), details: message.slice(end + 1).trim() };
}

/** The index of the period that ends the first sentence, or -1 when the whole message is one sentence. */
function firstSentenceEnd(message: string): number {
  let wordStart = 0;
  for (let index = 0; index < message.length; index++) {
    const ch = message[index]!;
    if (ch === '"' || ch === '`') {
      // A quoted name or code span is skipped whole when it closes; a lone quote is an ordinary character.
      const close = message.indexOf(ch, index + 1);
      if (close !== -1) index = close;
      continue;
    }
    if (isSpace(ch)) {
      wordStart = index + 1;
      continue;
    }
    if (index === wordStart && URL_FIRST.has(ch) && URL_START.test(message.slice(index, index + 8))) {
      // A URL runs to the next space; its own dots never end a sentence. A period closing it does when a new
      // sentence follows (an upper-case word); before a lower-case word it is the URL's own last character.
      let stop = index;
      while (stop + 1 < message.length && !isSpace(message[stop + 1]!)) stop++;
      if (message[stop] === '.' && endsSentence(message, wordStart, stop) && !/^\s+[a-z]/.test(message.slice(stop + 1))) return stop;
      index = stop;
      continue;
    }
    if (ch === '.' && endsSentence(message, wordStart, index)) return index;
  }
  return -1;
}

/** Whether the period at `dot`, closing the word that starts at `wordStart`, ends a sentence. */
function endsSentence(message: string, wordStart: number, dot: number): boolean {
  const next = message[dot + 1];
  if (next === undefined || !/\s/.test(next)) return false;
  const word = message.slice(wordStart, dot + 1).replace(/^[("'[]+/, '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  const following = message.slice(dot + 1).trimStart();
  if (following === '') return false;
  // "Node v2. and later", "step 1. the token": a number or version before a lower-case word is not a sentence end.
  if (/^v?\d+(?:\.\d+)*\.$/i.test(word) && /^[a-z]/.test(following)) return false;
  return true;
}
