/** ` (did you mean "clients"?)` for a name close to a known one (contains it, or within two edits); else ''. */
export function suggestion(id: string, known: Iterable<string>): string {
  const close = [...known].find((candidate) => candidate.includes(id) || id.includes(candidate) || distance(candidate, id) <= 2);
  return close ? ` (did you mean "${close}"?)` : '';
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
