/** Small readers for the loosely typed data of tenant sections. */
import { isRecord } from '../../shared/values.js';

export { isRecord };

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value at a path of keys, when every step is a mapping. */
export function dig(value: unknown, ...keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** A label for messages: the entity's name, else its key. */
export function label(entity: { readonly name?: string; readonly key: string }): string {
  return entity.name ?? entity.key;
}
