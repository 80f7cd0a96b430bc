import { printable } from '../shared/printable.js';

/** Hides text that must never be printed, such as the values of keyword mappings. */
export type Conceal = (text: string) => string;

export const concealNothing: Conceal = (text) => text;

/**
 * Shorter values are not hidden: no credential is that short, and replacing every `dev` or `eu` inside words would
 * garble every message. Booleans and null are never secrets.
 */
const MIN_SECRET_LENGTH = 4;

/**
 * Every value of a keyword mapping (strings and numbers, and those inside a mapped array or object) is treated as a
 * secret: deploy-cli mappings are where pipelines keep them, and a marker in a name would otherwise print its value.
 */
export function mappedSecrets(mappings: Readonly<Record<string, unknown>>): Array<{ key: string; value: string; nested: boolean }> {
  const found: Array<{ key: string; value: string; nested: boolean }> = [];
  const collect = (key: string, value: unknown, nested: boolean, depth: number): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      if (text.length >= MIN_SECRET_LENGTH) found.push({ key, value: text, nested });
    } else if (value !== null && typeof value === 'object' && depth < 32) {
      for (const inner of Object.values(value)) collect(key, inner, true, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(mappings)) collect(key, value, false, 0);
  return found;
}

/** Replaces each mapped value (as written, and as `printable` escapes it) with the marker that stands for it. */
export function concealMappedValues(mappings: Readonly<Record<string, unknown>> | undefined): Conceal {
  const secrets = mappings ? mappedSecrets(mappings) : [];
  if (secrets.length === 0) return concealNothing;
  const replacements = new Map<string, string>();
  for (const { key, value, nested } of secrets) {
    const marker = nested ? `@@${key}@@` : `##${key}##`;
    for (const form of [value, printable(value)]) if (!replacements.has(form)) replacements.set(form, marker);
  }
  // Longest first, so that a value holding another is replaced whole.
  const ordered = [...replacements].sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    let out = text;
    for (const [value, marker] of ordered) if (out.includes(value)) out = out.split(value).join(marker);
    return out;
  };
}
