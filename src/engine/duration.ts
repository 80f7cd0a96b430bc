/** A number of seconds as people read it in a message: "2.5 hours", "3 days", "45 seconds". */
export function duration(seconds: number): string {
  const units: ReadonlyArray<readonly [number, string]> = [
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  const [size, name] = units.find(([unit]) => seconds >= unit) ?? [1, 'second'];
  const amount = Math.round((seconds / size) * 10) / 10;
  return `${amount} ${name}${amount === 1 ? '' : 's'}`;
}
