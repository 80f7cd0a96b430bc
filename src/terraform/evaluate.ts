import { callFunction } from './functions.js';
import type { HclNode as Node } from './hcl-tree.js';
import { firstUnknown, isRecord, unknown, Unknown } from './values.js';

/** A name that is not a value by itself: `var`, `local`, `auth0_client`, `module.x`; an attribute selects in it. */
export class Namespace {
  constructor(readonly get: (name: string, expression: string) => unknown) {}
}

/** What names mean where an expression stands: the module's variables, locals, resources, and bound iterators. */
export interface Scope {
  /** The value of a root name (`var`, `each`, `auth0_client`, a `for` iterator); undefined when it means nothing. */
  root(name: string): unknown;
  /** The same scope with more names bound (`for` iterators, `dynamic` block iterators). */
  with(bindings: Readonly<Record<string, unknown>>): Scope;
}

/** Evaluates an HCL expression node to a plain value, an Unknown, or a Namespace. Never throws on odd input. */
export function evaluate(node: Node, scope: Scope, source: string): unknown {
  return new Evaluator(scope, source).expression(node);
}

class Evaluator {
  constructor(
    private readonly scope: Scope,
    private readonly source: string,
  ) {}

  expression(node: Node): unknown {
    if (node.type !== 'expression') return this.term(node);
    return this.chain(node.namedChildren, node);
  }

  /** A term and the attribute, index and splat steps after it (the grammar gives them as siblings). */
  private chain(parts: readonly Node[], whole: Node): unknown {
    if (parts.length === 0) return unknown(whole.text, 'an expression a0lint could not read');
    let value = this.term(parts[0]!);
    for (const step of parts.slice(1)) {
      const text = this.source.slice(parts[0]!.startIndex, step.endIndex);
      if (step.type === 'get_attr') value = getAttr(value, step.firstNamedChild!.text, text);
      else if (step.type === 'index') value = this.index(value, step, text);
      else if (step.type === 'splat') value = this.splat(value, step, text);
      else return unknown(whole.text, 'an expression a0lint does not evaluate');
    }
    return value;
  }

  private term(node: Node): unknown {
    switch (node.type) {
      case 'expression':
        return this.expression(node);
      case 'literal_value':
        return this.literal(node.firstNamedChild!);
      case 'template_expr':
        return this.template(node.firstNamedChild!);
      case 'collection_value':
        return this.collection(node.firstNamedChild!);
      case 'variable_expr': {
        const name = node.text;
        const value = this.scope.root(name);
        return value === undefined ? unknown(name, `the name ${name}, which a0lint does not know`) : value;
      }
      case 'function_call':
        return this.call(node);
      case 'conditional':
        return this.conditional(node);
      case 'operation':
        return this.operation(node.firstNamedChild!);
      case 'for_expr':
        return this.forExpression(node.firstNamedChild!);
      default:
        return unknown(node.text, 'an expression a0lint does not evaluate');
    }
  }

  private literal(node: Node): unknown {
    switch (node.type) {
      case 'numeric_lit':
        return Number(node.text);
      case 'bool_lit':
        return node.text === 'true';
      case 'null_lit':
        return null;
      case 'string_lit':
        return this.template(node);
      default:
        return unknown(node.text, 'a literal a0lint does not read');
    }
  }

  /** Quoted strings and heredocs: literal text (escapes decoded) with each interpolation's value in place. */
  private template(node: Node): unknown {
    const heredoc = node.type === 'heredoc_template';
    const parts = node.namedChildren;
    const opening = parts[heredoc ? 1 : 0];
    const closing = parts[parts.length - 1];
    if (!opening || !closing || closing === opening) return '';
    let start = opening.endIndex;
    const end = closing.startIndex;
    const pieces: unknown[] = [];
    for (const part of parts) {
      if (part.type !== 'template_interpolation' && part.type !== 'template_directive') continue;
      pieces.push(this.source.slice(start, part.startIndex));
      if (part.type === 'template_directive') pieces.push(unknown(part.text.replace(/^%\{|\}$/g, ''), 'a template directive a0lint does not evaluate'));
      else {
        const inner = part.namedChildOfType('expression');
        pieces.push(inner ? this.expression(inner) : '');
      }
      start = part.endIndex;
    }
    pieces.push(this.source.slice(start, end));
    return joinTemplate(pieces, heredoc ? node.children[0]?.text === '<<-' : undefined);
  }

  private collection(node: Node): unknown {
    if (node.type === 'tuple') return node.namedChildren.filter((child) => child?.type === 'expression').map((child) => this.expression(child));
    const result: Record<string, unknown> = {};
    for (const element of node.namedChildren) {
      if (element?.type !== 'object_elem') continue;
      const keyNode = element.childForFieldName('key')!;
      const valueNode = element.childForFieldName('val')!;
      // A bare identifier as a key is the key's name, not a reference.
      const key = isBareName(keyNode) ? keyNode.text : this.expression(keyNode);
      if (typeof key !== 'string' && typeof key !== 'number') return unknown(node.text, 'an object whose keys a0lint cannot know');
      result[String(key)] = this.expression(valueNode);
    }
    return result;
  }

  private call(node: Node): unknown {
    const name = node.firstNamedChild!.text;
    const argsNode = node.namedChildOfType('function_arguments');
    const args = argsNode ? argsNode.namedChildren.filter((child) => child?.type === 'expression').map((child) => this.expression(child)) : [];
    // An expanded last argument (`concat(var.lists...)`) is rare; a0lint does not spread it.
    if (argsNode?.children.some((child) => child?.type === 'ellipsis')) return unknown(node.text, 'an expanded function argument');
    return callFunction(name, args, node.text);
  }

  private conditional(node: Node): unknown {
    const [condition, whenTrue, whenFalse] = node.namedChildren.filter((child): child is Node => child?.type === 'expression');
    if (!condition || !whenTrue || !whenFalse) return unknown(node.text, 'a conditional a0lint could not read');
    const test = this.expression(condition);
    if (typeof test === 'boolean') return this.expression(test ? whenTrue : whenFalse);
    return test instanceof Unknown ? new Unknown(`\${${node.text}}`, test.cause, test.why) : unknown(node.text, 'a condition that is not true or false');
  }

  private operation(node: Node): unknown {
    const children = node.children.filter((child): child is Node => child !== null);
    const at = children.findIndex((child) => !child.isNamed && child.type !== '(' && child.type !== ')');
    const operator = children[at]?.text;
    const named = (list: Node[]): Node[] => list.filter((child) => child.isNamed);
    const operands =
      node.type === 'unary_operation'
        ? [this.chain(named(children.slice(at + 1)), node)]
        : [this.chain(named(children.slice(0, at)), node), this.chain(named(children.slice(at + 1)), node)];
    const hidden = firstUnknown(operands);
    if (hidden) return new Unknown(`\${${node.text}}`, hidden.cause, hidden.why);
    const [a, b] = operands;
    if (node.type === 'unary_operation') {
      if (operator === '!' && typeof a === 'boolean') return !a;
      if (operator === '-' && typeof a === 'number') return -a;
    } else {
      switch (operator) {
        case '==':
          return JSON.stringify(a) === JSON.stringify(b);
        case '!=':
          return JSON.stringify(a) !== JSON.stringify(b);
        case '&&':
          if (typeof a === 'boolean' && typeof b === 'boolean') return a && b;
          break;
        case '||':
          if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
          break;
        case '+':
          if (typeof a === 'number' && typeof b === 'number') return a + b;
          break;
        case '-':
          if (typeof a === 'number' && typeof b === 'number') return a - b;
          break;
        case '*':
          if (typeof a === 'number' && typeof b === 'number') return a * b;
          break;
        // Terraform refuses division by zero; a0lint leaves it unknown rather than guess.
        case '/':
          if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a / b;
          break;
        case '%':
          if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a % b;
          break;
        case '>':
        case '>=':
        case '<':
        case '<=':
          if (typeof a === 'number' && typeof b === 'number') return operator === '>' ? a > b : operator === '>=' ? a >= b : operator === '<' ? a < b : a <= b;
          break;
      }
    }
    return unknown(node.text, 'an operation a0lint does not evaluate');
  }

  private forExpression(node: Node): unknown {
    const intro = node.namedChildren.find((child) => child?.type === 'for_intro');
    const bodies = node.namedChildren.filter((child): child is Node => child?.type === 'expression');
    const condition = node.namedChildren.find((child) => child?.type === 'for_cond')?.namedChildren.find((child) => child?.type === 'expression');
    if (!intro || bodies.length === 0 || node.children.some((child) => child?.type === 'ellipsis'))
      return unknown(node.text, 'a for expression a0lint does not evaluate');
    const names = intro.namedChildren.filter((child) => child?.type === 'identifier').map((child) => child.text);
    const collectionNode = intro.namedChildren.find((child) => child?.type === 'expression')!;
    const collection = this.expression(collectionNode);
    if (collection instanceof Unknown) return new Unknown(`\${${node.text}}`, collection.cause, collection.why);
    const entries: Array<[unknown, unknown]> = Array.isArray(collection)
      ? collection.map((item, index) => [index, item])
      : isRecord(collection)
        ? Object.keys(collection)
            .sort()
            .map((key) => [key, collection[key]])
        : [];
    if (!Array.isArray(collection) && !isRecord(collection)) return unknown(node.text, 'a for expression over a value that is no collection');
    const tuple = node.type === 'for_tuple_expr';
    const list: unknown[] = [];
    const object: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      const bindings = names.length === 2 ? { [names[0]!]: key, [names[1]!]: value } : { [names[0]!]: value };
      const inner = new Evaluator(this.scope.with(bindings), this.source);
      if (condition) {
        const keep = inner.expression(condition);
        if (keep instanceof Unknown) return new Unknown(`\${${node.text}}`, keep.cause, keep.why);
        if (keep !== true) continue;
      }
      if (tuple) list.push(inner.expression(bodies[0]!));
      else {
        const objectKey = inner.expression(bodies[0]!);
        if (typeof objectKey !== 'string') return unknown(node.text, 'a for expression whose keys a0lint cannot know');
        object[objectKey] = inner.expression(bodies[1]!);
      }
    }
    return tuple ? list : object;
  }

  private index(value: unknown, node: Node, text: string): unknown {
    const inner = node.namedChildren[0]!;
    const key = inner.type === 'legacy_index' ? Number(inner.text.slice(1)) : this.expression(inner.namedChildren[0]!);
    if (value instanceof Unknown) return new Unknown(`\${${text}}`, value.cause, value.why);
    if (key instanceof Unknown) return new Unknown(`\${${text}}`, key.cause, key.why);
    if (Array.isArray(value) && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < value.length) return value[key];
    if (isRecord(value) && (typeof key === 'string' || typeof key === 'number') && Object.hasOwn(value, String(key))) return value[String(key)];
    return unknown(text, 'an index that selects nothing a0lint knows');
  }

  private splat(value: unknown, node: Node, text: string): unknown {
    if (value instanceof Unknown) return new Unknown(`\${${text}}`, value.cause, value.why);
    const list: readonly unknown[] = Array.isArray(value) ? value : value === null ? [] : [value];
    const steps = node.namedChildren[0]?.namedChildren ?? [];
    return list.map((item) => {
      let current = item;
      for (const step of steps) {
        if (step?.type === 'get_attr') current = getAttr(current, step.namedChildren[0]!.text, text);
        else if (step) current = this.index(current, step, text);
      }
      return current;
    });
  }
}

/** An attribute of a value: a name in a namespace, a field of an object; unknown stays unknown. */
export function getAttr(value: unknown, name: string, text: string): unknown {
  if (value instanceof Namespace) return value.get(name, text);
  if (value instanceof Unknown) return new Unknown(`\${${text}}`, value.cause, value.why);
  if (isRecord(value) && Object.hasOwn(value, name)) return value[name];
  return unknown(text, 'an attribute a0lint does not know');
}

function isBareName(node: Node): boolean {
  const only = node.namedChildren.length === 1 ? node.namedChildren[0] : undefined;
  return only?.type === 'variable_expr';
}

/**
 * Joins literal text and values: all known gives a string, any unknown part an Unknown whose text keeps that part
 * as `${...}`. Quoted strings decode escapes; heredocs keep backslashes, and `<<-` strips the common indentation.
 */
function joinTemplate(pieces: readonly unknown[], indented: boolean | undefined): unknown {
  let text = '';
  let firstUnknownPart: Unknown | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (i % 2 === 0) text += indented === undefined ? decodeQuoted(piece as string) : decodeHeredoc(piece as string);
    else if (piece instanceof Unknown) {
      firstUnknownPart ??= piece;
      text += piece.text;
    } else if (typeof piece === 'string' || typeof piece === 'number' || typeof piece === 'boolean') text += String(piece);
    else if (piece !== null) {
      firstUnknownPart ??= unknown('…', 'a value that is no string in a template');
      text += '${…}';
    }
  }
  if (indented !== undefined) text = heredocBody(text, indented);
  if (pieces.length === 1 && indented === undefined) return text;
  return firstUnknownPart ? new Unknown(text, firstUnknownPart.cause, firstUnknownPart.why) : text;
}

const QUOTED_ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|\$\$\{|%%\{/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function decodeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  return raw.replace(QUOTED_ESCAPE, (match, u4: string | undefined, u8: string | undefined, simple: string | undefined) => {
    if (match === '$${') return '${';
    if (match === '%%{') return '%{';
    if (u4 ?? u8) return String.fromCodePoint(Number.parseInt((u4 ?? u8)!, 16));
    return SIMPLE_ESCAPES[simple!] ?? match;
  });
}

function decodeHeredoc(raw: string): string {
  return raw.replaceAll('$${', '${').replaceAll('%%{', '%{');
}

/** The lines between the markers: the first line break belongs to the opening marker. */
function heredocBody(text: string, indented: boolean): string {
  const body = text.replace(/^\r?\n/, '').replace(/[ \t]*$/, '');
  if (!indented) return body;
  const lines = body.split('\n');
  const widths = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const strip = widths.length > 0 ? Math.min(...widths) : 0;
  return lines.map((line) => line.slice(Math.min(strip, /^[ \t]*/.exec(line)![0].length))).join('\n');
}
