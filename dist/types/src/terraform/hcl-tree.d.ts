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
export declare function grammarOf(language: Language): Grammar;
/**
 * One file's syntax tree, held in typed arrays rather than an object per node: a large configuration has millions of
 * nodes, and as objects they cost gigabytes and most of the run in garbage collection. Nodes are numbered in document
 * order (the root is 0), so a node's first child, when it has one, is the next node; -1 is "none".
 */
export declare class HclTree {
    readonly source: string;
    readonly grammar: Grammar;
    readonly types: Uint16Array;
    readonly starts: Int32Array;
    readonly ends: Int32Array;
    readonly nextSibling: Int32Array;
    /** The field id the node fills in its parent, and HAS_CHILDREN. */
    readonly fieldBytes: Uint8Array;
    constructor(source: string, grammar: Grammar, types: Uint16Array, starts: Int32Array, ends: Int32Array, nextSibling: Int32Array, 
    /** The field id the node fills in its parent, and HAS_CHILDREN. */
    fieldBytes: Uint8Array);
    firstChild(node: number): number;
    get root(): HclNode;
    get size(): number;
}
/**
 * A syntax node: a view of one entry of its file's HclTree, made when asked for and cheap to drop. Two views of the
 * same node are different objects; compare their `index` (or ranges), not the views.
 */
export declare class HclNode {
    private readonly tree;
    readonly index: number;
    constructor(tree: HclTree, index: number);
    get type(): string;
    get isNamed(): boolean;
    get startIndex(): number;
    get endIndex(): number;
    /** The field this node fills in its parent (`key`, `val`), if any. */
    get fieldName(): string | null;
    get text(): string;
    get children(): HclNode[];
    get namedChildren(): HclNode[];
    /** The first named child, without making the list of children. */
    get firstNamedChild(): HclNode | null;
    /** The first named child of a type (`body`, `expression`), without making the list of children. */
    namedChildOfType(type: string): HclNode | null;
    childForFieldName(name: string): HclNode | null;
    private childList;
}
/** Appends nodes in document order, linking each to its parent's child list; the arrays grow as needed. */
export declare class HclTreeBuilder {
    private readonly source;
    private readonly grammar;
    private types;
    private starts;
    private ends;
    private nextSibling;
    private fieldBytes;
    private count;
    /** The open nodes from the root down, and the last child added to each. */
    private readonly parents;
    private readonly lastChild;
    constructor(source: string, grammar: Grammar, expected: number);
    /** The node most recently opened and not yet closed, or -1 at the top. */
    get parent(): number;
    typeOf(node: number): number;
    /** Adds a child of the current parent (the root when none is open); returns its number. */
    add(type: number, start: number, end: number, field?: number): number;
    /** Sets the end of a node added before its end was known. */
    setEnd(node: number, end: number): void;
    /** How many nodes are open. */
    get depth(): number;
    /** Undoes what was added after `node` (the last node added when `depth` nodes were open): a copy that did not fit. */
    rollback(node: number, depth: number): void;
    /** Makes `node` the parent of the nodes added next. */
    open(node: number): void;
    close(): void;
    /** The finished tree, its arrays cut to size. */
    finish(): HclTree;
    private grow;
}
