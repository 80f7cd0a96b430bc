/**
 * ` (did you mean "clients"?)` for the known name closest to `id`: within two edits (fewest wins), else one that
 * contains it or is contained in it; '' when none is close.
 */
export function suggestion(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const edits = distance(candidate, id);
    const score = edits <= 2 ? edits : candidate.includes(id) || id.includes(candidate) ? 3 : Infinity;
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== undefined ? ` (did you mean "${best}"?)` : '';
}

export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
