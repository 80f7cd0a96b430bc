import { parse, type Node } from 'acorn';
import type { CodeText } from '../types.js';

/** What a piece of Action code does, as far as the rules ask: the functions it calls and the properties it reads. */
export interface CodeFacts {
  /** Dotted paths of called functions (`api.access.deny`), with the line of their first call. */
  readonly calls: ReadonlyMap<string, number>;
  /** Names of properties read anywhere (`code_challenge` in `event.request.query.code_challenge`). */
  readonly properties: ReadonlySet<string>;
}

/**
 * Parses Action code (CommonJS or ES module) and collects its calls and property reads; undefined when the code
 * does not parse, so that a rule can fall back rather than take unreadable code for code that does nothing.
 */
function codeFacts(text: string): CodeFacts | undefined {
  const program = parseEither(text);
  if (!program) return undefined;
  const calls = new Map<string, number>();
  const properties = new Set<string>();
  visit(program, (node) => {
    if (node.type === 'CallExpression') {
      const path = dottedPath((node as unknown as { callee: Node }).callee);
      if (path !== undefined && !calls.has(path)) calls.set(path, node.loc?.start.line ?? 1);
    } else if (node.type === 'MemberExpression') {
      const name = propertyName(node);
      if (name !== undefined) properties.add(name);
    }
  });
  return { calls, properties };
}

function parseEither(text: string): Node | undefined {
  for (const sourceType of ['script', 'module'] as const) {
    try {
      return parse(text, {
        ecmaVersion: 'latest',
        sourceType,
        locations: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowHashBang: true,
      });
    } catch {
      // Try the other source type; code that parses as neither is reported as unreadable by the caller.
    }
  }
  return undefined;
}

/** Every node of the tree, depth first, without a walker library: ESTree nodes are plain objects with a `type`. */
function visit(node: Node, enter: (node: Node) => void): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push(value[index]);
      continue;
    }
    if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') continue;
    enter(value as Node);
    for (const [key, child] of Object.entries(value)) if (key !== 'loc' && typeof child === 'object' && child !== null) stack.push(child);
  }
}

/** `a.b.c` for identifiers and member chains (`api?.access.deny`, `api['access'].deny` included); undefined otherwise. */
function dottedPath(node: Node): string | undefined {
  if (node.type === 'Identifier') return (node as unknown as { name: string }).name;
  if (node.type === 'ChainExpression') return dottedPath((node as unknown as { expression: Node }).expression);
  if (node.type !== 'MemberExpression') return undefined;
  const object = dottedPath((node as unknown as { object: Node }).object);
  const name = propertyName(node);
  return object !== undefined && name !== undefined ? `${object}.${name}` : undefined;
}

function propertyName(node: Node): string | undefined {
  const { property, computed } = node as unknown as { property: Node & { name?: string; value?: unknown }; computed: boolean };
  if (!computed && property.type === 'Identifier') return property.name;
  if (computed && property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return undefined;
}

/**
 * Whether code passes `test`; code that does not parse is searched as text for every one of `words` instead, so
 * unreadable code is never taken for code that lacks what the rule looks for, and code a0lint cannot know
 * (Terraform's `file()`) passes: the rule does not decide on it.
 */
export function codeSatisfies(code: CodeText | undefined, test: (facts: CodeFacts) => boolean, words: readonly string[]): boolean {
  if (code === undefined) return false;
  if (code.unknown) return true;
  const { text } = code;
  const facts = codeFacts(text);
  return facts ? test(facts) : words.every((word) => text.includes(word));
}
