/** JSON pointers (RFC 6901), the one way every part of a0lint names a place inside a document or entity. */

function escapeSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Most segments are plain keys; the replacements cost more than the check.
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...segments: ReadonlyArray<string | number>): string {
  let pointer = base;
  for (const segment of segments) pointer += `/${escapeSegment(segment)}`;
  return pointer;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  if (!pointer.includes('~')) return segments;
  return segments.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
