import { linearRegex, UnsupportedPattern } from '../config/linear-regex.js';
import { joinPointer, parsePointer } from '../model/pointer.js';

/**
 * Limits on predicate schemas from rule files, which may arrive in a pull request. ajv never fetches anything
 * on its own (no loadSchema), but it trusts schemas: a deep or huge schema is slow to compile, `$ref`s that fan out
 * (each definition naming the next twice) multiply the work of compiling and evaluating it, and a huge `enum` is
 * compiled in quadratic time. These checks refuse such schemas before ajv sees them. Patterns run on a linear-time
 * engine (see linear-regex.ts), so their shape needs no check; their length is bounded.
 */
const SCHEMA_LIMITS = { maxDepth: 32, maxNodes: 2000, maxExpandedNodes: 10_000, maxEnum: 1000, maxPatternLength: 200 } as const;

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
    if (Array.isArray(record.enum) && record.enum.length > SCHEMA_LIMITS.maxEnum) {
      return { pointer: joinPointer(pointer, 'enum'), message: `"enum" has more than ${SCHEMA_LIMITS.maxEnum} values` };
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
    for (const [child, at] of childrenOf(record, pointer)) {
      const problem = visit(child, at, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  return visit(schema, '', 0) ?? expansionProblem(schema);
}

/** The subschemas of a schema object, with their pointers. */
function childrenOf(record: Record<string, unknown>, pointer: string): Array<[unknown, string]> {
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
  return children;
}

/**
 * How many parts the schema has once every `$ref` is replaced by what it names: what evaluating it may visit for
 * one value. Definitions that each name the next twice stay small as written and double with every step; a `$ref`
 * that leads back to itself never ends. Both are refused.
 */
function expansionProblem(schema: unknown): GuardProblem | undefined {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  let problem: GuardProblem | undefined;
  const size = (node: unknown, pointer: string): number => {
    if (problem || typeof node !== 'object' || node === null) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) {
      problem = { pointer, message: '"$ref" leads back to a schema that contains it; recursive predicates are not supported' };
      return 1;
    }
    open.add(node);
    const record = node as Record<string, unknown>;
    let total = 1;
    for (const [child, at] of childrenOf(record, pointer)) total += size(child, at);
    if (typeof record.$ref === 'string') {
      const target = resolveRef(schema, record.$ref);
      if (target !== undefined) total += size(target, joinPointer(pointer, '$ref'));
    }
    open.delete(node);
    if (!problem && total > SCHEMA_LIMITS.maxExpandedNodes) {
      problem = { pointer, message: `schema expands to more than ${SCHEMA_LIMITS.maxExpandedNodes} parts through its "$ref"s` };
    }
    sizes.set(node, total);
    return total;
  };
  size(schema, '');
  return problem;
}

/** `#/definitions/x` inside the predicate; anything else is left to ajv, which reports it. */
function resolveRef(root: unknown, ref: string): unknown {
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  let node: unknown = root;
  for (const segment of parsePointer(pointer)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Patterns run on RE2, in time linear in the text whatever their shape. Their length is bounded, and what RE2
 * cannot run (backreferences, lookaround) is refused here, at the pattern.
 */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > SCHEMA_LIMITS.maxPatternLength) return `pattern is longer than ${SCHEMA_LIMITS.maxPatternLength} characters`;
  try {
    linearRegex(pattern);
  } catch (error) {
    if (error instanceof UnsupportedPattern) return `pattern not supported by the linear-time engine (no backreferences or lookaround): ${error.message}`;
    throw error;
  }
  return undefined;
}
