/**
 * Counts the work a synchronous function does on arrays, as a measure that does not depend on the machine: each
 * element an array builtin or an iteration (`for…of`, spread, `Array.from`) visits, each comparison a sort makes,
 * and each argument passed to Math.max or Math.min. A copy of a growing array per item, or a scan of all items per
 * item, shows up as quadratic growth, which a timing on a shared machine could not tell from noise.
 */
export function countWork<T>(work: () => T): { result: T; operations: number } {
  let operations = 0;
  const restore: Array<() => void> = [];
  const replace = <O extends object, K extends keyof O>(owner: O, key: K, make: (original: O[K]) => O[K]): void => {
    const original = owner[key];
    Object.defineProperty(owner, key, { value: make(original), writable: true, configurable: true });
    restore.push(() => Object.defineProperty(owner, key, { value: original, writable: true, configurable: true }));
  };
  const proto = Array.prototype as unknown as Record<string, (this: unknown[], ...args: unknown[]) => unknown>;
  for (const name of [
    'map',
    'filter',
    'forEach',
    'reduce',
    'some',
    'every',
    'find',
    'findIndex',
    'includes',
    'indexOf',
    'join',
    'slice',
    'concat',
    'flatMap',
    'flat',
    'fill',
  ] as const) {
    replace(
      proto,
      name,
      (original) =>
        function (this: unknown[], ...args: unknown[]) {
          operations += this.length;
          return original.apply(this, args);
        },
    );
  }
  replace(
    proto,
    'sort',
    (original) =>
      function (this: unknown[], compare?: unknown) {
        const order =
          (compare as ((a: unknown, b: unknown) => number) | undefined) ??
          ((a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
        return original.call(this, (a: unknown, b: unknown) => {
          operations++;
          return order(a, b);
        });
      },
  );
  const arrayProto = Array.prototype as unknown as { [Symbol.iterator]: (this: unknown[]) => Iterator<unknown> };
  replace(
    arrayProto,
    Symbol.iterator,
    (original) =>
      function (this: unknown[]) {
        const inner = original.call(this);
        return {
          next: () => {
            operations++;
            return inner.next();
          },
          [Symbol.iterator]() {
            return this;
          },
        } as IterableIterator<unknown>;
      },
  );
  for (const name of ['max', 'min'] as const) {
    replace(Math, name, (original) => (...values: number[]) => {
      operations += values.length;
      return original(...values);
    });
  }
  try {
    return { result: work(), operations };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}
