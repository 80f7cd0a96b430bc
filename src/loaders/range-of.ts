import type { TextRange } from '../model/types.js';
import type { PreparedText } from './keywords.js';
import type { LineIndex } from './text-index.js';

/** Offsets of a located value in prepared text; `keyStart` when the value belongs to a mapping key. */
export interface FoundValue {
  readonly start: number;
  readonly end: number;
  readonly keyStart?: number;
  /** True for strings, numbers and the like; false for objects and arrays. */
  readonly scalar: boolean;
}

/**
 * Turns a found value into a file range. Scalars and one-line collections are reported whole; a multi-line
 * object or array is reported by the line of its key (or its first line), so an annotation marks one line, not fifty.
 */
export function rangeOf(found: FoundValue, prepared: PreparedText, lines: LineIndex): TextRange {
  const { text } = prepared;
  let { start, end } = found;
  if (!found.scalar && text.slice(start, end).includes('\n')) {
    start = found.keyStart ?? start;
    end = lineEnd(text, start);
  }
  const originalStart = prepared.toOriginal(start);
  return lines.range(originalStart, Math.max(originalStart, prepared.toOriginal(end, 'end')));
}

function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  const end = next === -1 ? text.length : next;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/**
 * A secret whose value came from a keyword mapping is not in the file; only the marker is. Checks the original
 * text behind a located value for a marker.
 */
export function writtenAsKeyword(range: TextRange | undefined, lines: LineIndex): boolean {
  if (!range) return false;
  const text = lines.text.slice(lines.offset(range.startLine, range.startColumn), lines.offset(range.endLine, range.endColumn));
  return /##[A-Za-z0-9_]+##|@@[A-Za-z0-9_]+@@/.test(text);
}

/**
 * Narrows a located value to where `needle` first stands inside it. A needle of one line also narrows a value of
 * several lines (a line of code inside a block scalar or a code file).
 */
export function narrowTo(range: TextRange | undefined, needle: string | undefined, lines: LineIndex): TextRange | undefined {
  if (!range || !needle || (range.startLine !== range.endLine && /[\n\r]/.test(needle))) return range;
  const start = lines.offset(range.startLine, range.startColumn);
  const at = lines.text.slice(start, lines.offset(range.endLine, range.endColumn)).indexOf(needle);
  return at === -1 ? range : lines.range(start + at, start + at + needle.length);
}
