import type { Language, Parser, Tree } from 'web-tree-sitter';
import { type HclTree } from './hcl-tree.js';
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
export declare function treeCopier(parser: Parser, language: Language): TreeCopier;
