import type { Parser as TreeSitterParser } from 'web-tree-sitter';
import { LineIndex } from '../loaders/text-index.js';
import { type TreeCopier } from './copy-tree.js';
import type { HclNode } from './hcl-tree.js';
/** The parser with what copying its trees needs: loaded once per process, as the grammar costs more than a typical parse. */
export interface HclParser {
    readonly parser: TreeSitterParser;
    readonly copier: TreeCopier;
}
export declare function hclParser(): Promise<HclParser>;
export interface HclFile {
    /** Path for display, relative to the working directory. */
    readonly file: string;
    readonly text: string;
    readonly lines: LineIndex;
    readonly root: HclNode;
}
/**
 * Parses one file; a syntax error is an input error at the first place the grammar could not read. The tree is
 * copied out of WebAssembly memory and freed: a large configuration's trees do not fit there together.
 */
export declare function parseHcl({ parser, copier }: HclParser, file: string, text: string): HclFile;
