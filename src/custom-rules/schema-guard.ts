import { joinPointer } from '../model/pointer.js';

/**
 * Limits on predicate schemas from rule files, which may arrive in a pull request. ajv never fetches anything
 * on its own (no loadSchema), but it trusts schemas: a deep or huge schema is slow to compile, and a pattern with
 * nested quantifiers can make matching exponential. These checks refuse such schemas before ajv sees them.
 */
export const SCHEMA_LIMITS = { maxDepth: 32, maxNodes: 2000, maxPatternLength: 200 } as const;

export interface GuardProblem {
  /** Pointer inside the checked schema. */
  readonly pointer: string;
  readonly message: string;
}

const SUBSCHEMA = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
/** Keywords that change what is fetched, identified or evaluated, rather than describing a value. */
const REFUSED = ['$id', '$schema', '$async', '$data', '$recursiveRef', '$dynamicRef', 'id'];

export function checkSchema(schema: unknown): GuardProblem | undefined {
  let nodes = 0;
  const visit = (node: unknown, pointer: string, depth: number): GuardProblem | undefined => {
    if (typeof node === 'boolean') return undefined;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return { pointer, message: 'a schema must be an object or a boolean' };
    if (++nodes > SCHEMA_LIMITS.maxNodes) return { pointer, message: `schema has more than ${SCHEMA_LIMITS.maxNodes} parts` };
    if (depth > SCHEMA_LIMITS.maxDepth) return { pointer, message: `schema is nested deeper than ${SCHEMA_LIMITS.maxDepth} levels` };
    const record = node as Record<string, unknown>;
    for (const keyword of REFUSED) {
      if (Object.hasOwn(record, keyword)) return { pointer: joinPointer(pointer, keyword), message: `"${keyword}" is not allowed in rule predicates` };
    }
    if (Object.hasOwn(record, '$ref') && !(typeof record.$ref === 'string' && record.$ref.startsWith('#'))) {
      return { pointer: joinPointer(pointer, '$ref'), message: '"$ref" may only point inside the same predicate (start with #)' };
    }
    if (Object.hasOwn(record, 'pattern')) {
      const problem = typeof record.pattern === 'string' ? patternProblem(record.pattern) : undefined;
      if (problem) return { pointer: joinPointer(pointer, 'pattern'), message: problem };
    }
    if (typeof record.patternProperties === 'object' && record.patternProperties !== null) {
      for (const key of Object.keys(record.patternProperties)) {
        const problem = patternProblem(key);
        if (problem) return { pointer: joinPointer(pointer, 'patternProperties', key), message: problem };
      }
    }
    const children: Array<[unknown, string]> = [];
    for (const keyword of SUBSCHEMA) if (Object.hasOwn(record, keyword)) children.push([record[keyword], joinPointer(pointer, keyword)]);
    if (Object.hasOwn(record, 'items')) {
      const items = record.items;
      if (Array.isArray(items)) items.forEach((item, index) => children.push([item, joinPointer(pointer, 'items', index)]));
      else children.push([items, joinPointer(pointer, 'items')]);
    }
    for (const keyword of SUBSCHEMA_LISTS) {
      const list = record[keyword];
      if (Array.isArray(list)) list.forEach((item, index) => children.push([item, joinPointer(pointer, keyword, index)]));
    }
    for (const keyword of SUBSCHEMA_MAPS) {
      const map = record[keyword];
      if (typeof map !== 'object' || map === null || Array.isArray(map)) continue;
      for (const [key, value] of Object.entries(map)) {
        // dependencies may also hold a list of property names, which is not a schema.
        if (keyword === 'dependencies' && Array.isArray(value)) continue;
        children.push([value, joinPointer(pointer, keyword, key)]);
      }
    }
    for (const [child, at] of children) {
      const problem = visit(child, at, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  return visit(schema, '', 0);
}

/**
 * Refuses regular expressions that can backtrack exponentially: a quantified group that itself holds a quantifier
 * or an alternation (`(a+)+`, `(a|aa)*`), and backreferences. Length is bounded too. What is left matches in
 * polynomial time on the short strings tenant configuration holds.
 */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > SCHEMA_LIMITS.maxPatternLength) return `pattern is longer than ${SCHEMA_LIMITS.maxPatternLength} characters`;
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `invalid pattern: ${(error as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences are not allowed in patterns';
  // Each open group records whether it holds a quantifier or an alternation.
  const groups: Array<{ risky: boolean }> = [];
  let closedRisky = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '\\') {
      index++;
      closedRisky = false;
      continue;
    }
    if (char === '[') {
      index = classEnd(pattern, index);
      closedRisky = false;
      continue;
    }
    if (char === '(') {
      groups.push({ risky: false });
      closedRisky = false;
      continue;
    }
    if (char === ')') {
      const group = groups.pop();
      closedRisky = group?.risky ?? false;
      if (groups.length > 0 && closedRisky) groups[groups.length - 1]!.risky = true;
      continue;
    }
    const quantifier = char === '*' || char === '+' || (char === '{' && /^\{\d*,?\d*\}/.test(pattern.slice(index)));
    if (quantifier && !isBoundedQuantifier(pattern, index)) {
      if (closedRisky) return 'nested quantifiers like (a+)+ or (a|b)* can take exponential time; rewrite the pattern without them';
      if (groups.length > 0) groups[groups.length - 1]!.risky = true;
    } else if (char === '|') {
      if (groups.length > 0) groups[groups.length - 1]!.risky = true;
    } else if (char !== '?') {
      closedRisky = false;
    }
  }
  return undefined;
}

/** `{n}` repeats a fixed number of times and cannot make backtracking explode on its own. */
function isBoundedQuantifier(pattern: string, index: number): boolean {
  return pattern[index] === '{' && /^\{\d+\}/.test(pattern.slice(index));
}

function classEnd(pattern: string, start: number): number {
  for (let index = start + 1; index < pattern.length; index++) {
    if (pattern[index] === '\\') index++;
    else if (pattern[index] === ']') return index;
  }
  return pattern.length;
}
