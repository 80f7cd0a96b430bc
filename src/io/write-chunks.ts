/** About a megabyte per write: few system calls, and no report held whole in memory. */
const BATCH_CHARS = 1 << 20;

/** Joins small pieces of text into writes of about a megabyte; empty text is not written at all. */
export function* batched(chunks: Iterable<string>, size = BATCH_CHARS): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}
