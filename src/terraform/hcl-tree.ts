import type { Language } from 'web-tree-sitter';

/** What a tree's type and field ids mean: read once from the grammar, shared by every file. */
export interface Grammar {
  /** Node type names by type id. */
  readonly names: readonly string[];
  /** 1 where the type id is a named node (`identifier`), 0 for anonymous ones (`=`, `{`). */
  readonly named: Uint8Array;
  /** Field names by field id (0: none). */
  readonly fields: readonly (string | null)[];
}

/** In a node's field byte, the bit saying it has children; the field id is in the bits below. */
const HAS_CHILDREN = 0x80;

export function grammarOf(language: Language): Grammar {
  // Field ids share a byte with the HAS_CHILDREN bit.
  if (language.fieldCount >= HAS_CHILDREN) throw new Error(`the HCL grammar has ${language.fieldCount} fields; a0lint's syntax trees hold fewer than 128`);
  const count = language.nodeTypeCount;
  const names: string[] = [];
  const named = new Uint8Array(count);
  for (let id = 0; id < count; id++) {
    names.push(language.nodeTypeForId(id) ?? 'ERROR');
    named[id] = language.nodeTypeIsNamed(id) ? 1 : 0;
  }
  const fields: (string | null)[] = [null];
  for (let id = 1; id <= language.fieldCount; id++) fields.push(language.fieldNameForId(id));
  return { names, named, fields };
}

/**
 * One file's syntax tree, held in typed arrays rather than an object per node: a large configuration has millions of
 * nodes, and as objects they cost gigabytes and most of the run in garbage collection. Nodes are numbered in document
 * order (the root is 0), so a node's first child, when it has one, is the next node; -1 is "none".
 */
export class HclTree {
  constructor(
    readonly source: string,
    readonly grammar: Grammar,
    readonly types: Uint16Array,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly nextSibling: Int32Array,
    /** The field id the node fills in its parent, and HAS_CHILDREN. */
    readonly fieldBytes: Uint8Array,
  ) {}

  firstChild(node: number): number {
    return (this.fieldBytes[node]! & HAS_CHILDREN) === 0 ? -1 : node + 1;
  }

  get root(): HclNode {
    return new HclNode(this, 0);
  }

  get size(): number {
    return this.types.length;
  }
}

/**
 * A syntax node: a view of one entry of its file's HclTree, made when asked for and cheap to drop. Two views of the
 * same node are different objects; compare their `index` (or ranges), not the views.
 */
export class HclNode {
  constructor(
    private readonly tree: HclTree,
    readonly index: number,
  ) {}

  get type(): string {
    return this.tree.grammar.names[this.tree.types[this.index]!] ?? 'ERROR';
  }

  get isNamed(): boolean {
    return this.tree.grammar.named[this.tree.types[this.index]!] === 1;
  }

  get startIndex(): number {
    return this.tree.starts[this.index]!;
  }

  get endIndex(): number {
    return this.tree.ends[this.index]!;
  }

  /** The field this node fills in its parent (`key`, `val`), if any. */
  get fieldName(): string | null {
    return this.tree.grammar.fields[this.tree.fieldBytes[this.index]! & ~HAS_CHILDREN] ?? null;
  }

  get text(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }

  get children(): HclNode[] {
    return this.childList(false);
  }

  get namedChildren(): HclNode[] {
    return this.childList(true);
  }

  /** The first named child, without making the list of children. */
  get firstNamedChild(): HclNode | null {
    const { tree } = this;
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]!) {
      if (tree.grammar.named[tree.types[child]!] === 1) return new HclNode(tree, child);
    }
    return null;
  }

  /** The first named child of a type (`body`, `expression`), without making the list of children. */
  namedChildOfType(type: string): HclNode | null {
    const { tree } = this;
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]!) {
      if (tree.grammar.named[tree.types[child]!] === 1 && tree.grammar.names[tree.types[child]!] === type) return new HclNode(tree, child);
    }
    return null;
  }

  childForFieldName(name: string): HclNode | null {
    const { tree } = this;
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]!) {
      if (tree.grammar.fields[tree.fieldBytes[child]! & ~HAS_CHILDREN] === name) return new HclNode(tree, child);
    }
    return null;
  }

  private childList(namedOnly: boolean): HclNode[] {
    const { tree } = this;
    const list: HclNode[] = [];
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]!) {
      if (!namedOnly || tree.grammar.named[tree.types[child]!] === 1) list.push(new HclNode(tree, child));
    }
    return list;
  }
}

/** Appends nodes in document order, linking each to its parent's child list; the arrays grow as needed. */
export class HclTreeBuilder {
  private types: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private nextSibling: Int32Array;
  private fieldBytes: Uint8Array;
  private count = 0;
  /** The open nodes from the root down, and the last child added to each. */
  private readonly parents: number[] = [];
  private readonly lastChild: number[] = [];

  constructor(
    private readonly source: string,
    private readonly grammar: Grammar,
    expected: number,
  ) {
    const capacity = Math.max(16, expected);
    this.types = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.fieldBytes = new Uint8Array(capacity);
  }

  /** The node most recently opened and not yet closed, or -1 at the top. */
  get parent(): number {
    return this.parents.length === 0 ? -1 : this.parents[this.parents.length - 1]!;
  }

  typeOf(node: number): number {
    return this.types[node]!;
  }

  /** Adds a child of the current parent (the root when none is open); returns its number. */
  add(type: number, start: number, end: number, field = 0): number {
    if (this.count === this.types.length) this.grow();
    const node = this.count++;
    this.types[node] = type;
    this.starts[node] = start;
    this.ends[node] = end;
    this.nextSibling[node] = -1;
    this.fieldBytes[node] = field;
    const depth = this.parents.length - 1;
    if (depth >= 0) {
      const previous = this.lastChild[depth]!;
      const parent = this.parents[depth]!;
      if (previous !== -1) this.nextSibling[previous] = node;
      else if (node === parent + 1) this.fieldBytes[parent] = this.fieldBytes[parent]! | HAS_CHILDREN;
      else throw new Error('a syntax node was opened after other nodes were added');
      this.lastChild[depth] = node;
    }
    return node;
  }

  /** Sets the end of a node added before its end was known. */
  setEnd(node: number, end: number): void {
    this.ends[node] = end;
  }

  /** How many nodes are open. */
  get depth(): number {
    return this.parents.length;
  }

  /** Undoes what was added after `node` (the last node added when `depth` nodes were open): a copy that did not fit. */
  rollback(node: number, depth: number): void {
    this.count = node + 1;
    this.fieldBytes[node] = this.fieldBytes[node]! & ~HAS_CHILDREN;
    this.parents.length = depth;
    this.lastChild.length = depth;
  }

  /** Makes `node` the parent of the nodes added next. */
  open(node: number): void {
    this.parents.push(node);
    this.lastChild.push(-1);
  }

  close(): void {
    this.parents.pop();
    this.lastChild.pop();
  }

  /** The finished tree, its arrays cut to size. */
  finish(): HclTree {
    const n = this.count;
    return new HclTree(
      this.source,
      this.grammar,
      this.types.slice(0, n),
      this.starts.slice(0, n),
      this.ends.slice(0, n),
      this.nextSibling.slice(0, n),
      this.fieldBytes.slice(0, n),
    );
  }

  private grow(): void {
    const capacity = Math.ceil(this.types.length * 1.5);
    const grown = <T extends Uint16Array | Int32Array | Uint8Array>(array: T, make: (size: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array);
      return bigger;
    };
    this.types = grown(this.types, (size) => new Uint16Array(size));
    this.starts = grown(this.starts, (size) => new Int32Array(size));
    this.ends = grown(this.ends, (size) => new Int32Array(size));
    this.nextSibling = grown(this.nextSibling, (size) => new Int32Array(size));
    this.fieldBytes = grown(this.fieldBytes, (size) => new Uint8Array(size));
  }
}
