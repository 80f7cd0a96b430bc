import type { FoundValue } from './range-of.js';

/**
 * Locates a value inside one item of a block sequence written in the plainest block style: block mappings and
 * sequences, one-line plain or quoted scalars, empty `[]`/`{}`, comments on their own lines or after values.
 * That is how deploy-cli writes every entity, and reading those lines costs a small fraction of a YAML parse.
 * Anything else (multi-line or block scalars, flow collections with content, anchors, tags, empty values,
 * one-line nested collections whose range the full parser decides) answers undefined, and the caller parses the
 * item with the `yaml` package instead. The layout read here is checked against the item's values along the path.
 */

type Node =
  | { readonly kind: 'map'; readonly start: number; readonly end: number; readonly entries: Map<string, { keyStart: number; value: Node }>; lines: number }
  | { readonly kind: 'seq'; readonly start: number; readonly end: number; readonly items: Node[]; lines: number }
  | { readonly kind: 'scalar'; readonly start: number; readonly end: number; readonly lines: 1; readonly flow: boolean };

interface Line {
  readonly at: number;
  readonly text: string;
  readonly indent: number;
}

class Unusual extends Error {}

export function locateInItem(
  text: string,
  start: number,
  end: number,
  segments: readonly string[],
  value: unknown,
  keyOf: (line: string) => { name: string; length: number } | undefined,
): FoundValue | undefined {
  const lines: Line[] = [];
  for (let at = start; at < end; ) {
    const next = text.indexOf('\n', at);
    const stop = next === -1 || next >= end ? end : next + 1;
    const body = text.slice(at, stop).replace(/\r?\n$/, '');
    const indent = body.length - body.trimStart().length;
    if (body.includes('\t')) return undefined;
    if (indent < body.length && body[indent] !== '#') lines.push({ at, text: body, indent });
    at = stop;
  }
  let root: Node;
  try {
    const reader = new ItemReader(lines, keyOf);
    root = reader.node(0, lines[0]?.indent ?? 0, -1);
    if (reader.line !== lines.length || root.kind !== 'seq' || root.items.length !== 1) return undefined;
  } catch (error) {
    if (error instanceof Unusual) return undefined;
    throw error;
  }
  let node = root.items[0]!;
  let data = value;
  let keyStart: number | undefined;
  for (const segment of segments) {
    if (!fits(node, data)) return undefined;
    let next: Node | undefined;
    if (node.kind === 'map') {
      const entry = node.entries.get(segment);
      if (entry) {
        next = entry.value;
        keyStart = entry.keyStart;
        data = (data as Record<string, unknown>)[segment];
      }
    } else if (node.kind === 'seq' && /^\d+$/.test(segment)) {
      next = node.items[Number(segment)];
      if (next) {
        keyStart = undefined;
        data = (data as unknown[])[Number(segment)];
      }
    }
    if (!next) break;
    node = next;
  }
  if (!fits(node, data)) return undefined;
  if (node.kind === 'scalar') return { start: node.start, end: node.end, keyStart, scalar: !node.flow };
  // A collection on one line is reported whole, with an end only the full parser knows exactly; one over several
  // lines is reported by its first line, so any end past its first line break does.
  if (node.lines < 2) return undefined;
  return { start: node.start, end: node.end, keyStart, scalar: false };
}

function fits(node: Node, data: unknown): boolean {
  if (node.kind === 'map') return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === node.entries.size;
  if (node.kind === 'seq') return Array.isArray(data) && data.length === node.items.length;
  return node.flow ? data !== null && typeof data === 'object' && Object.keys(data).length === 0 : data === null || typeof data !== 'object';
}

class ItemReader {
  line = 0;
  constructor(
    private readonly lines: readonly Line[],
    private readonly keyOf: (line: string) => { name: string; length: number } | undefined,
  ) {}

  /** The node starting at `column` of the current line; `parent` is the indentation it must stay beyond. */
  node(line: number, column: number, parent: number): Node {
    const { text } = this.lines[line] ?? fail();
    if (/^-(?: |$)/.test(text.slice(column))) return this.sequence(column);
    if (this.keyOf(text.slice(column))) return this.mapping(column);
    const scalar = this.scalar(line, column);
    this.line = line + 1;
    this.noContinuation(parent);
    return scalar;
  }

  private sequence(column: number): Node {
    const first = this.line;
    if (this.lines[first]!.indent !== column) fail();
    const items: Node[] = [];
    while (this.line < this.lines.length) {
      const { text, indent } = this.lines[this.line]!;
      if (indent !== column || !/^-(?: |$)/.test(text.slice(column))) break;
      const content = text.slice(column + 1).search(/\S/);
      if (content === -1) fail();
      items.push(this.node(this.line, column + 1 + content, column));
    }
    if (this.line < this.lines.length && this.lines[this.line]!.indent > column) fail();
    return { kind: 'seq', start: this.lines[first]!.at + column, end: this.endOfLast(), items, lines: this.line - first };
  }

  private mapping(column: number): Node {
    const first = this.line;
    const entries = new Map<string, { keyStart: number; value: Node }>();
    let start = -1;
    for (let own = true; this.line < this.lines.length; own = false) {
      const { text, indent, at } = this.lines[this.line]!;
      if (!own && indent !== column) break;
      const key = this.keyOf(text.slice(column));
      if (!key) fail();
      if (start < 0) start = at + column;
      const after = column + key.length;
      const rest = text.slice(after);
      let value: Node;
      if (/^\s*(?:#.*)?$/.test(rest)) {
        // The value is a block on the next lines: deeper, or a sequence at the key's own indentation.
        const next = this.lines[this.line + 1];
        if (!next || next.indent < column || (next.indent === column && !/^-(?: |$)/.test(next.text.slice(column)))) fail();
        this.line++;
        value = this.node(this.line, next.indent, column);
      } else {
        if (!/^[ ]/.test(rest)) fail();
        value = this.node(this.line, after + rest.search(/\S/), column);
      }
      if (entries.has(key.name)) fail();
      entries.set(key.name, { keyStart: at + column, value });
    }
    if (this.line < this.lines.length && this.lines[this.line]!.indent > column) fail();
    return { kind: 'map', start, end: this.endOfLast(), entries, lines: this.line - first };
  }

  private endOfLast(): number {
    const last = this.lines[this.line - 1]!;
    return last.at + last.text.length;
  }

  private scalar(line: number, column: number): Node {
    const { text, at } = this.lines[line]!;
    const ch = text[column];
    let end: number;
    if (ch === '"') {
      end = column + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) fail();
      end++;
    } else if (ch === "'") {
      end = column + 1;
      while (end < text.length && (text[end] !== "'" || text[end + 1] === "'")) end += text[end] === "'" ? 2 : 1;
      if (end >= text.length) fail();
      end++;
    } else if (ch === '[' || ch === '{') {
      if (text.slice(column, column + 2) !== (ch === '[' ? '[]' : '{}')) fail();
      end = column + 2;
      this.trailing(text, end);
      return { kind: 'scalar', start: at + column, end: at + end, lines: 1, flow: true };
    } else {
      if (ch === undefined || '|>&*!%@`?,]}#'.includes(ch)) fail();
      const comment = text.indexOf(' #', column);
      end = (comment === -1 ? text : text.slice(0, comment)).trimEnd().length;
      if (/: |:$/.test(text.slice(column, end))) fail();
    }
    this.trailing(text, end);
    return { kind: 'scalar', start: at + column, end: at + end, lines: 1, flow: false };
  }

  private trailing(text: string, end: number): void {
    if (!/^(?:[ ]+#.*|[ ]*)$/.test(text.slice(end))) fail();
  }

  /** A deeper line right after a scalar would continue it (or be invalid): left to the full parser. */
  private noContinuation(parent: number): void {
    const next = this.lines[this.line];
    if (next && next.indent > parent) fail();
  }
}

function fail(): never {
  throw new Unusual();
}
