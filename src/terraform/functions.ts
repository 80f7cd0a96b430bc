import { firstUnknown, isRecord, unknown, Unknown } from './values.js';

type TfFunction = (args: unknown[]) => unknown;

/**
 * The built-in functions configurations use to shape names, URLs and scope lists, evaluated as Terraform does.
 * Any other function gives an Unknown (file(), templatefile() and the like read what a0lint does not).
 */
const FUNCTIONS: Readonly<Record<string, TfFunction>> = {
  tolist: ([value]) => (Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : undefined),
  // Terraform orders a set of strings lexically; for_each and dynamic blocks over it follow that order.
  toset: ([value]) => (Array.isArray(value) ? sortedIfStrings([...new Set(value)]) : undefined),
  tomap: ([value]) => (isRecord(value) ? value : undefined),
  tostring: ([value]) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined),
  concat: (args) => (args.every(Array.isArray) ? (args as unknown[][]).flat() : undefined),
  flatten: ([value]) => (Array.isArray(value) ? flatten(value) : undefined),
  distinct: ([value]) => (Array.isArray(value) ? [...new Set(value)] : undefined),
  compact: ([value]) => (Array.isArray(value) ? value.filter((item) => item !== null && item !== '') : undefined),
  merge: (args) => (args.every((arg) => arg === null || isRecord(arg)) ? (Object.assign({}, ...args) as Record<string, unknown>) : undefined),
  keys: ([value]) => (isRecord(value) ? Object.keys(value).sort() : undefined),
  values: ([value]) =>
    isRecord(value)
      ? Object.keys(value)
          .sort()
          .map((key) => value[key])
      : undefined,
  length: ([value]) =>
    Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : typeof value === 'string' ? [...value].length : undefined,
  lookup: ([map, key, fallback]) => (isRecord(map) && typeof key === 'string' ? (Object.hasOwn(map, key) ? map[key] : fallback) : undefined),
  contains: ([list, value]) => (Array.isArray(list) ? list.includes(value) : undefined),
  coalesce: (args) => args.find((arg) => arg !== null && arg !== ''),
  trimspace: ([value]) => (typeof value === 'string' ? value.trim() : undefined),
  lower: ([value]) => (typeof value === 'string' ? value.toLowerCase() : undefined),
  upper: ([value]) => (typeof value === 'string' ? value.toUpperCase() : undefined),
  trimprefix: ([value, prefix]) =>
    typeof value === 'string' && typeof prefix === 'string' ? (value.startsWith(prefix) ? value.slice(prefix.length) : value) : undefined,
  trimsuffix: ([value, suffix]) =>
    typeof value === 'string' && typeof suffix === 'string' ? (suffix !== '' && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value) : undefined,
  join: ([separator, list]) =>
    typeof separator === 'string' && Array.isArray(list) && list.every((item) => typeof item === 'string') ? list.join(separator) : undefined,
  // Sensitivity is a plan-time marking; the value is the same.
  sensitive: ([value]) => value,
  nonsensitive: ([value]) => value,
  format: ([spec, ...args]) => (typeof spec === 'string' ? format(spec, args) : undefined),
  // A `/pattern/` substring is a regular expression in Terraform's RE2 syntax, which a0lint does not evaluate.
  replace: ([value, search, replacement]) =>
    typeof value === 'string' && typeof search === 'string' && typeof replacement === 'string' && !/^\/.*\/$/.test(search)
      ? value.split(search).join(replacement)
      : undefined,
  jsonencode: ([value]) => {
    const text = JSON.stringify(sortedKeys(value));
    // Terraform's encoder escapes these as Go's does.
    return text?.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  },
};

/** format() with the verbs configurations use for names and URLs (%s, %d, %v, %%); others are not evaluated. */
function format(spec: string, args: readonly unknown[]): string | undefined {
  let next = 0;
  let refused = false;
  const text = spec.replace(/%(.)/g, (whole, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[next++];
    if ((verb === 's' || verb === 'v') && (typeof arg === 'string' || typeof arg === 'number' || typeof arg === 'boolean')) return String(arg);
    if (verb === 'd' && typeof arg === 'number' && Number.isInteger(arg)) return String(arg);
    refused = true;
    return whole;
  });
  return refused || next !== args.length ? undefined : text;
}

/** Objects with their keys in lexical order, as Terraform's jsonencode writes them. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys(value[key])]),
  );
}

function sortedIfStrings(list: unknown[]): unknown[] {
  return list.every((item) => typeof item === 'string') ? list.sort() : list;
}

function flatten(list: readonly unknown[]): unknown[] {
  return list.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]));
}

/** Calls a function; unknown arguments, a function a0lint does not evaluate, or arguments it refuses give an Unknown. */
export function callFunction(name: string, args: unknown[], expression: string): unknown {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!fn) return unknown(expression, `the function ${name}(), which a0lint does not evaluate`);
  const hidden = firstUnknown(args);
  if (hidden) return new Unknown(`\${${expression}}`, hidden.cause, hidden.why);
  const result = fn(args);
  return result === undefined ? unknown(expression, `${name}() with arguments a0lint does not evaluate`) : result;
}
