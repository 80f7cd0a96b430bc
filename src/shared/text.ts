/** `1 finding`, `2 findings`; irregular plurals are passed in. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
