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
  lower: ([value]) => (typeof value === 'string' ? value.toLowerCase() : undefined),
  upper: ([value]) => (typeof value === 'string' ? value.toUpperCase() : undefined),
  trimprefix: ([value, prefix]) =>
    typeof value === 'string' && typeof prefix === 'string' ? (value.startsWith(prefix) ? value.slice(prefix.length) : value) : undefined,
  trimsuffix: ([value, suffix]) =>
    typeof value === 'string' && typeof suffix === 'string' ? (suffix !== '' && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value) : undefined,
  join: ([separator, list]) =>
    typeof separator === 'string' && Array.isArray(list) && list.every((item) => typeof item === 'string') ? list.join(separator) : undefined,
};

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
