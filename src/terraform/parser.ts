import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Node, Parser as TreeSitterParser, Tree } from 'web-tree-sitter';
import { InputError } from '../shared/errors.js';
import { LineIndex } from '../loaders/text-index.js';

/**
 * HCL is parsed by tree-sitter's Terraform grammar, run as WebAssembly: no native module, nothing fetched at run
 * time. The build copies both .wasm files into dist/wasm/; run from the sources, they come from node_modules.
 */
const WASM_FILES = {
  runtime: { file: 'tree-sitter.wasm', module: 'web-tree-sitter/tree-sitter.wasm' },
  terraform: { file: 'tree-sitter-terraform.wasm', module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm' },
} as const;

function wasmBytes(which: keyof typeof WASM_FILES): Uint8Array {
  const { file, module } = WASM_FILES[which];
  // Bundled, this code runs from dist/cli.js or a chunk in dist/chunks/.
  for (const relative of [`./wasm/${file}`, `../wasm/${file}`]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return readFileSync(candidate);
  }
  return readFileSync(createRequire(import.meta.url).resolve(module));
}

let parserPromise: Promise<TreeSitterParser> | undefined;

/** One parser per process: loading the grammar costs more than parsing a typical configuration. */
export function hclParser(): Promise<TreeSitterParser> {
  parserPromise ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init({ wasmBinary: wasmBytes('runtime') });
    const language = await Language.load(wasmBytes('terraform'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

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
export class HclNode {
  readonly children: HclNode[] = [];
  private named: HclNode[] | undefined;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    /** The field this node fills in its parent (`key`, `val`), if any. */
    readonly fieldName: string | null,
    private readonly source: string,
  ) {}

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): HclNode[] {
    this.named ??= this.children.filter((child) => child.isNamed);
    return this.named;
  }

  childForFieldName(name: string): HclNode | null {
    return this.children.find((child) => child.fieldName === name) ?? null;
  }
}

/** Copies a tree with a cursor (no node objects on the way) into HclNodes. */
function copyTree(tree: Tree, source: string): HclNode {
  const cursor = tree.walk();
  const make = (): HclNode => new HclNode(cursor.nodeType, cursor.nodeIsNamed, cursor.startIndex, cursor.endIndex, cursor.currentFieldName, source);
  const root = make();
  const stack: HclNode[] = [root];
  // Depth-first: down to the first child, else along to the next sibling, else back up until a sibling exists.
  for (;;) {
    if (cursor.gotoFirstChild()) {
      const child = make();
      stack[stack.length - 1]!.children.push(child);
      stack.push(child);
      continue;
    }
    for (;;) {
      stack.pop();
      if (stack.length === 0) {
        cursor.delete();
        return root;
      }
      if (cursor.gotoNextSibling()) {
        const sibling = make();
        stack[stack.length - 1]!.children.push(sibling);
        stack.push(sibling);
        break;
      }
      cursor.gotoParent();
    }
  }
}

/** Parses one file; a syntax error is an input error at the first place the grammar could not read. */
export function parseHcl(parser: TreeSitterParser, file: string, text: string): HclFile {
  const tree: Tree | null = parser.parse(text);
  if (!tree) throw new InputError('the HCL parser gave up on this file', file);
  const lines = new LineIndex(text);
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstError(root) ?? root;
      const { line, column } = lines.position(bad.startIndex);
      const what = bad.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify(preview(bad.text))}`;
      throw new InputError(`HCL syntax error: ${what}`, file, line, column);
    }
    return { file, text, lines, root: copyTree(tree, text) };
  } finally {
    tree.delete();
  }
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing)) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return undefined;
}

function preview(text: string): string {
  const line = text.split('\n', 1)[0]!;
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
