import type { Language, Parser, Tree } from 'web-tree-sitter';
import { grammarOf, HclTreeBuilder, type Grammar, type HclTree } from './hcl-tree.js';

/**
 * Copies tree-sitter trees out of WebAssembly memory. Every step of a tree-sitter cursor is a call into WebAssembly,
 * and a large configuration has millions of nodes, so most nodes are not visited: under a node whose text has one
 * of a few plain shapes (an attribute `name = "web"`, an expression `true`, `12` or `auth0_client.web.id`, a list of
 * those on one line, a block holding only such attributes and blocks, one to a line), the nodes tree-sitter gave that text are written from the text. Everything else is read node by node, so the
 * copy is the tree tree-sitter built, node for node (test/terraform/hcl-tree.test.ts compares them).
 */
export interface TreeCopier {
  copy(tree: Tree, source: string): HclTree;
}

/** Text holding each plain shape once, parsed when the parser loads to learn how this grammar numbers its nodes. */
const SAMPLE = 'a = "x"\nb = true\nc = false\nd = null\ne = 1\nf = g.h\ni = { j = [1, 2] }\nk "l" {\n}\n';

/** The type ids of the nodes plain shapes are made of. */
interface Ids {
  readonly attribute: number;
  readonly equals: number;
  readonly expression: number;
  readonly literalValue: number;
  readonly stringLit: number;
  readonly quoteStart: number;
  readonly templateLiteral: number;
  readonly quoteEnd: number;
  readonly boolLit: number;
  readonly trueKeyword: number;
  readonly falseKeyword: number;
  readonly nullLit: number;
  readonly numericLit: number;
  readonly variableExpr: number;
  readonly identifier: number;
  readonly getAttr: number;
  readonly dot: number;
  readonly collectionValue: number;
  readonly tuple: number;
  readonly tupleStart: number;
  readonly tupleEnd: number;
  readonly comma: number;
  readonly block: number;
  readonly body: number;
  readonly blockStart: number;
  readonly blockEnd: number;
  /** block_start → `{` and the like: named nodes that are one token. */
  readonly tokenOf: ReadonlyMap<number, number>;
}

interface Learned {
  /** Undefined when the grammar does not give the expected shapes: then every node is read. */
  readonly ids: Ids | undefined;
  /** Type ids whose children fill fields (`object_elem`); undefined means read the field of every node. */
  readonly fielded: ReadonlySet<number> | undefined;
}

const ONE_TOKEN = ['block_start', 'block_end', 'object_start', 'object_end', 'tuple_start', 'tuple_end'];

export function treeCopier(parser: Parser, language: Language): TreeCopier {
  const grammar = grammarOf(language);
  const sample = parser.parse(SAMPLE);
  if (!sample) throw new Error('the HCL parser could not read its own sample');
  let learned: Learned;
  try {
    learned = learn(sample, grammar);
  } finally {
    sample.delete();
  }
  return { copy: (tree, source) => copyTree(tree, source, grammar, learned) };
}

function learn(sample: Tree, grammar: Grammar): Learned {
  const ids = new Map<string, number>();
  const fielded = new Set<number>();
  const fieldsSeen = new Set<number>();
  const firstChildOf = new Map<number, number>();
  const cursor = sample.walk();
  const parents: number[] = [];
  const key = (type: number): string => `${grammar.named[type] === 1 ? '' : '"'}${grammar.names[type]}`;
  try {
    for (;;) {
      const type = cursor.nodeTypeId;
      if (!ids.has(key(type))) ids.set(key(type), type);
      const parent = parents[parents.length - 1];
      if (parent !== undefined && !firstChildOf.has(parent)) firstChildOf.set(parent, type);
      const field = cursor.currentFieldId;
      if (field !== 0 && parent !== undefined) {
        fielded.add(parent);
        fieldsSeen.add(field);
      }
      if (cursor.gotoFirstChild()) {
        parents.push(type);
        continue;
      }
      let more = true;
      while (more && !cursor.gotoNextSibling()) {
        more = cursor.gotoParent();
        parents.pop();
      }
      if (!more) break;
    }
  } finally {
    cursor.delete();
  }
  const id = (name: string): number => ids.get(name) ?? -1;
  const tokenOf = new Map<number, number>();
  for (const name of ONE_TOKEN) {
    const token = firstChildOf.get(id(name));
    if (token !== undefined && grammar.named[token] === 0) tokenOf.set(id(name), token);
  }
  const found = {
    attribute: id('attribute'),
    equals: id('"='),
    expression: id('expression'),
    literalValue: id('literal_value'),
    stringLit: id('string_lit'),
    quoteStart: id('quoted_template_start'),
    templateLiteral: id('template_literal'),
    quoteEnd: id('quoted_template_end'),
    boolLit: id('bool_lit'),
    trueKeyword: id('"true'),
    falseKeyword: id('"false'),
    nullLit: id('null_lit'),
    numericLit: id('numeric_lit'),
    variableExpr: id('variable_expr'),
    identifier: id('identifier'),
    getAttr: id('get_attr'),
    dot: id('".'),
    collectionValue: id('collection_value'),
    tuple: id('tuple'),
    tupleStart: id('tuple_start'),
    tupleEnd: id('tuple_end'),
    comma: id('",'),
    block: id('block'),
    body: id('body'),
    blockStart: id('block_start'),
    blockEnd: id('block_end'),
  };
  const complete = Object.values(found).every((value) => value !== -1) && tokenOf.size === ONE_TOKEN.length;
  return {
    ids: complete ? { ...found, tokenOf } : undefined,
    fielded: fieldsSeen.size === grammar.fields.length - 1 ? fielded : undefined,
  };
}

function copyTree(tree: Tree, source: string, grammar: Grammar, { ids, fielded }: Learned): HclTree {
  // About one node for every four characters of a typical configuration.
  const builder = new HclTreeBuilder(source, grammar, Math.ceil(source.length / 4));
  const plain = ids && new PlainShapes(builder, ids, source);
  const cursor = tree.walk();
  try {
    let node = builder.add(cursor.nodeTypeId, cursor.startIndex, cursor.endIndex);
    let descend = true;
    const addCurrent = (): void => {
      const type = cursor.nodeTypeId;
      const field = fielded === undefined || fielded.has(builder.typeOf(builder.parent)) ? cursor.currentFieldId : 0;
      const start = cursor.startIndex;
      const end = cursor.endIndex;
      node = builder.add(type, start, end, field);
      descend = !plain?.addChildren(node, type, start, end);
    };
    // Depth-first: down to the first child, else along to the next sibling, else back up until a sibling exists.
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        builder.open(node);
        addCurrent();
        continue;
      }
      for (;;) {
        if (builder.parent === -1) return builder.finish();
        if (cursor.gotoNextSibling()) {
          addCurrent();
          break;
        }
        cursor.gotoParent();
        builder.close();
      }
    }
  } finally {
    cursor.delete();
  }
}

/** White space tree-sitter does not count as part of a string's text at its ends. */
const EDGE_SPACE = /\s/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const DOLLAR = 0x24;
const PERCENT = 0x25;
const OPEN_BRACE = 0x7b;
const DOT = 0x2e;
const EQUALS = 0x3d;
const SPACE = 0x20;
const TAB = 0x09;
const UNDERSCORE = 0x5f;
const HYPHEN = 0x2d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** Words the grammar reads as keywords: a name spelled like one is left to the parser. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);

/** What a plain expression's text is. */
const enum Shape {
  None,
  String,
  True,
  False,
  Null,
  Number,
  Name,
  /** `[` plain expressions `]` on one line, separated by commas, a trailing comma allowed. */
  Tuple,
}

/** Writes the nodes under plain text, as tree-sitter gives them, without asking tree-sitter. */
class PlainShapes {
  constructor(
    private readonly builder: HclTreeBuilder,
    private readonly ids: Ids,
    private readonly source: string,
  ) {}

  /** When the node's text has a plain shape, adds its descendants and returns true; otherwise adds nothing. */
  addChildren(node: number, type: number, start: number, end: number): boolean {
    const { ids } = this;
    if (type === ids.expression) return this.expressionChildren(node, start, end, this.shape(start, end));
    if (type === ids.attribute) return this.attributeChildren(node, start, end);
    if (type === ids.block) {
      // Most blocks are plain: they are copied straight away, and the copy undone when one is not.
      const depth = this.builder.depth;
      if (this.blockParts(node, start) === end) return true;
      this.builder.rollback(node, depth);
      return false;
    }
    if (type === ids.stringLit) {
      if (!this.plainString(start, end)) return false;
      this.builder.open(node);
      this.stringParts(start, end);
      this.builder.close();
      return true;
    }
    const token = ids.tokenOf.get(type);
    if (token === undefined || end - start !== 1) return false;
    this.builder.open(node);
    this.builder.add(token, start, end);
    this.builder.close();
    return true;
  }

  /** `name = <plain expression>` on one line, nothing else between. */
  private attributeChildren(node: number, start: number, end: number): boolean {
    const { source } = this;
    const name = Math.min(nameEnd(source, start), end);
    if (!this.plainName(start, name)) return false;
    const equals = skipBlanks(source, name, end);
    if (source.charCodeAt(equals) !== EQUALS) return false;
    const valueStart = skipBlanks(source, equals + 1, end);
    const shape = this.shape(valueStart, end);
    if (shape === Shape.None) return false;
    const { builder, ids } = this;
    builder.open(node);
    builder.add(ids.identifier, start, name);
    builder.add(ids.equals, equals, equals + 1);
    this.expressionChildren(builder.add(ids.expression, valueStart, end), valueStart, end, shape);
    builder.close();
    return true;
  }

  private shape(start: number, end: number): Shape {
    const { source } = this;
    if (end <= start) return Shape.None;
    const first = source.charCodeAt(start);
    if (first === QUOTE) return this.plainString(start, end) ? Shape.String : Shape.None;
    if (isDigit(first)) return this.plainNumber(start, end) ? Shape.Number : Shape.None;
    if (first === OPEN_BRACKET) return this.tupleItems(start, end, false) ? Shape.Tuple : Shape.None;
    const length = end - start;
    if (length === 4 || length === 5) {
      const word = source.slice(start, end);
      if (word === 'true') return Shape.True;
      if (word === 'false') return Shape.False;
      if (word === 'null') return Shape.Null;
    }
    return this.dottedName(start, end) ? Shape.Name : Shape.None;
  }

  private expressionChildren(node: number, start: number, end: number, shape: Shape): boolean {
    if (shape === Shape.None) return false;
    const { builder, ids } = this;
    builder.open(node);
    if (shape === Shape.Name) this.nameParts(start, end);
    else if (shape === Shape.Tuple) {
      builder.open(builder.add(ids.collectionValue, start, end));
      builder.open(builder.add(ids.tuple, start, end));
      this.token(ids.tupleStart, start);
      this.tupleItems(start, end, true);
      this.token(ids.tupleEnd, end - 1);
      builder.close();
      builder.close();
    } else {
      builder.open(builder.add(ids.literalValue, start, end));
      if (shape === Shape.String) {
        builder.open(builder.add(ids.stringLit, start, end));
        this.stringParts(start, end);
        builder.close();
      } else if (shape === Shape.True || shape === Shape.False) {
        builder.open(builder.add(ids.boolLit, start, end));
        builder.add(shape === Shape.True ? ids.trueKeyword : ids.falseKeyword, start, end);
        builder.close();
      } else builder.add(shape === Shape.Null ? ids.nullLit : ids.numericLit, start, end);
      builder.close();
    }
    builder.close();
    return true;
  }

  /**
   * A block whose text is plain: its type and labels, `{` and a line break, then one to a line plain attributes and
   * plain blocks (blank lines allowed), then `}`. Adds the block's descendants under its node and returns the index
   * after its `}`, or -1 when the text is not plain (what was added is then the caller's to undo).
   */
  private blockParts(node: number, start: number): number {
    const { builder, ids, source } = this;
    let at = nameEnd(source, start);
    if (!this.plainName(start, at)) return -1;
    builder.open(node);
    builder.add(ids.identifier, start, at);
    // Labels: plain strings or names, up to the `{`.
    for (;;) {
      at = skipBlanks(source, at, source.length);
      const code = source.charCodeAt(at);
      if (code === OPEN_BRACE) break;
      if (code === QUOTE) {
        const quote = source.indexOf('"', at + 1);
        if (quote === -1 || !this.plainString(at, quote + 1)) return -1;
        builder.open(builder.add(ids.stringLit, at, quote + 1));
        this.stringParts(at, quote + 1);
        builder.close();
        at = quote + 1;
        continue;
      }
      const labelEnd = nameEnd(source, at);
      if (!this.plainName(at, labelEnd)) return -1;
      builder.add(ids.identifier, at, labelEnd);
      at = labelEnd;
    }
    this.token(ids.blockStart, at);
    at = lineBreak(source, skipBlanks(source, at + 1, source.length));
    if (at === -1) return -1;
    let body = -1;
    let lastEnd = -1;
    for (;;) {
      at = skipBlanks(source, at, source.length);
      const next = lineBreak(source, at);
      if (next !== -1) {
        at = next;
        continue;
      }
      if (source.charCodeAt(at) === CLOSE_BRACE) break;
      if (body === -1) builder.open((body = builder.add(ids.body, at, at)));
      const name = nameEnd(source, at);
      if (source.charCodeAt(skipBlanks(source, name, source.length)) === EQUALS) {
        const newline = source.indexOf('\n', at);
        if (newline === -1) return -1;
        let end = newline;
        while (end > at && isBlank(source.charCodeAt(end - 1))) end--;
        if (!this.attributeChildren(builder.add(ids.attribute, at, end), at, end)) return -1;
        lastEnd = end;
        at = newline + 1;
        continue;
      }
      const inner = builder.add(ids.block, at, at);
      const end = this.blockParts(inner, at);
      if (end === -1) return -1;
      builder.setEnd(inner, end);
      lastEnd = end;
      // Anything after a block's `}` on its line (a comment) is left to the parser.
      at = lineBreak(source, skipBlanks(source, end, source.length));
      if (at === -1) return -1;
    }
    if (body !== -1) {
      builder.setEnd(body, lastEnd);
      builder.close();
    }
    this.token(ids.blockEnd, at);
    builder.close();
    return at + 1;
  }

  /** A one-token named node (`tuple_start` → `[`). */
  private token(type: number, at: number): void {
    const { builder } = this;
    builder.open(builder.add(type, at, at + 1));
    builder.add(this.ids.tokenOf.get(type)!, at, at + 1);
    builder.close();
  }

  /**
   * Whether a tuple's text holds only plain items on one line; with `write`, adds each item's expression and the
   * commas (the brackets are the caller's). A plain string has no escapes, so its closing quote is the next quote.
   */
  private tupleItems(start: number, end: number, write: boolean): boolean {
    const { source } = this;
    if (end - start < 2 || source.charCodeAt(end - 1) !== CLOSE_BRACKET) return false;
    const last = end - 1;
    let at = skipBlanks(source, start + 1, last);
    while (at < last) {
      let itemEnd: number;
      if (source.charCodeAt(at) === QUOTE) {
        const quote = source.indexOf('"', at + 1);
        if (quote === -1 || quote >= last) return false;
        itemEnd = quote + 1;
      } else {
        itemEnd = at;
        while (itemEnd < last && !isItemEnd(source.charCodeAt(itemEnd))) itemEnd++;
      }
      const shape = this.shape(at, itemEnd);
      if (shape === Shape.None || shape === Shape.Tuple) return false;
      if (write) this.expressionChildren(this.builder.add(this.ids.expression, at, itemEnd), at, itemEnd, shape);
      at = skipBlanks(source, itemEnd, last);
      if (at === last) break;
      if (source.charCodeAt(at) !== COMMA) return false;
      if (write) this.builder.add(this.ids.comma, at, at + 1);
      at = skipBlanks(source, at + 1, last);
    }
    return true;
  }

  /** The quotes and the text between them (none when empty). */
  private stringParts(start: number, end: number): void {
    const { builder, ids } = this;
    builder.add(ids.quoteStart, start, start + 1);
    if (end - start > 2) builder.add(ids.templateLiteral, start + 1, end - 1);
    builder.add(ids.quoteEnd, end - 1, end);
  }

  /** variable_expr(identifier), then get_attr(".", identifier) per step. */
  private nameParts(start: number, end: number): void {
    const { builder, ids, source } = this;
    let stepEnd = source.indexOf('.', start);
    if (stepEnd === -1 || stepEnd > end) stepEnd = end;
    builder.open(builder.add(ids.variableExpr, start, stepEnd));
    builder.add(ids.identifier, start, stepEnd);
    builder.close();
    while (stepEnd < end) {
      const dot = stepEnd;
      stepEnd = source.indexOf('.', dot + 1);
      if (stepEnd === -1 || stepEnd > end) stepEnd = end;
      builder.open(builder.add(ids.getAttr, dot, stepEnd));
      builder.add(ids.dot, dot, dot + 1);
      builder.add(ids.identifier, dot + 1, stepEnd);
      builder.close();
    }
  }

  /** `"..."` with no escapes, interpolations or directives: one template_literal between the quotes, if any. */
  private plainString(start: number, end: number): boolean {
    const { source } = this;
    if (end - start < 2 || source.charCodeAt(start) !== QUOTE || source.charCodeAt(end - 1) !== QUOTE) return false;
    // tree-sitter leaves white space at either end out of the template_literal (and makes none for " ").
    if (end - start > 2 && (EDGE_SPACE.test(source[start + 1]!) || EDGE_SPACE.test(source[end - 2]!))) return false;
    for (let at = start + 1; at < end - 1; at++) {
      const code = source.charCodeAt(at);
      if (code === QUOTE || code === BACKSLASH || code === NEWLINE || code === RETURN) return false;
      if ((code === DOLLAR || code === PERCENT) && (source.charCodeAt(at + 1) === OPEN_BRACE || source.charCodeAt(at + 1) === code)) return false;
    }
    return true;
  }

  /** Digits, optionally a fraction: `12`, `3600`, `0.5` (exponents and hex are left to the parser). */
  private plainNumber(start: number, end: number): boolean {
    const { source } = this;
    let dot = -1;
    for (let at = start; at < end; at++) {
      const code = source.charCodeAt(at);
      if (code === DOT && dot === -1 && at > start) dot = at;
      else if (!isDigit(code)) return false;
    }
    return dot === -1 || dot < end - 1;
  }

  /** `name` or `a.b.c`, every part a plain name. */
  private dottedName(start: number, end: number): boolean {
    let part = start;
    for (let at = start; at <= end; at++) {
      if (at < end && this.source.charCodeAt(at) !== DOT) continue;
      if (!this.plainName(part, at)) return false;
      part = at + 1;
    }
    return true;
  }

  /** An ASCII identifier that is no keyword: a letter or `_`, then letters, digits, `_` and `-`. */
  private plainName(start: number, end: number): boolean {
    const { source } = this;
    if (end <= start) return false;
    const first = source.charCodeAt(start);
    if (!(isLetter(first) || first === UNDERSCORE)) return false;
    for (let at = start + 1; at < end; at++) if (!isNameCode(source.charCodeAt(at))) return false;
    return end - start > 6 || !KEYWORDS.has(source.slice(start, end));
  }
}

function skipBlanks(source: string, at: number, end: number): number {
  while (at < end && (source.charCodeAt(at) === SPACE || source.charCodeAt(at) === TAB)) at++;
  return at;
}

/** The end of the name characters from `at`. */
function nameEnd(source: string, at: number): number {
  while (at < source.length && isNameCode(source.charCodeAt(at))) at++;
  return at;
}

/** The index after a line break (`\n` or `\r\n`) at `at`, or -1 when there is none there. */
function lineBreak(source: string, at: number): number {
  const code = source.charCodeAt(at);
  if (code === NEWLINE) return at + 1;
  return code === RETURN && source.charCodeAt(at + 1) === NEWLINE ? at + 2 : -1;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === RETURN;
}

/** Where an unquoted tuple item ends: a comma, a blank, or the closing bracket. */
function isItemEnd(code: number): boolean {
  return code === COMMA || code === SPACE || code === TAB || code === CLOSE_BRACKET;
}

function isNameCode(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === UNDERSCORE || code === HYPHEN;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
