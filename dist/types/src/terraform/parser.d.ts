import type { Parser as TreeSitterParser } from 'web-tree-sitter';
import { LineIndex } from '../loaders/text-index.js';
/** One parser per process: loading the grammar costs more than parsing a typical configuration. */
export declare function hclParser(): Promise<TreeSitterParser>;
export interface HclFile {
    /** Path for display, relative to the working directory. */
    readonly file: string;
    readonly text: string;
    readonly lines: LineIndex;
    readonly root: HclNode;
}
/**
 * A syntax node, copied out of tree-sitter's WebAssembly memory: a configuration's trees do not fit in it together
 * (a large tenant's .tf files hold millions of nodes), and every access to a tree-sitter node's children makes new
 * objects. Each file's tree is copied once, then freed.
 */
export declare class HclNode {
    readonly type: string;
    readonly isNamed: boolean;
    readonly startIndex: number;
    readonly endIndex: number;
    /** The field this node fills in its parent (`key`, `val`), if any. */
    readonly fieldName: string | null;
    private readonly source;
    readonly children: HclNode[];
    private named;
    constructor(type: string, isNamed: boolean, startIndex: number, endIndex: number, 
    /** The field this node fills in its parent (`key`, `val`), if any. */
    fieldName: string | null, source: string);
    get text(): string;
    get namedChildren(): HclNode[];
    childForFieldName(name: string): HclNode | null;
}
/** Parses one file; a syntax error is an input error at the first place the grammar could not read. */
export declare function parseHcl(parser: TreeSitterParser, file: string, text: string): HclFile;
