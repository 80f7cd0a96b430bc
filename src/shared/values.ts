import { UsageError } from './errors.js';

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A setting restricted to a few words; `label` names it as the user wrote it (`--fail-on`, `"fail-on"`). */
export function oneOf<T extends string>(label: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${label} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}
