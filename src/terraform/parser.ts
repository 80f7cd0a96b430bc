import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Node, Parser as TreeSitterParser, Tree } from 'web-tree-sitter';
import { InputError } from '../shared/errors.js';
import { LineIndex } from '../loaders/text-index.js';
import { treeCopier, type TreeCopier } from './copy-tree.js';
import type { HclNode } from './hcl-tree.js';

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

/** The parser with what copying its trees needs: loaded once per process, as the grammar costs more than a typical parse. */
export interface HclParser {
  readonly parser: TreeSitterParser;
  readonly copier: TreeCopier;
}

let parserPromise: Promise<HclParser> | undefined;

export function hclParser(): Promise<HclParser> {
  parserPromise ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init({ wasmBinary: wasmBytes('runtime') });
    const language = await Language.load(wasmBytes('terraform'));
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, copier: treeCopier(parser, language) };
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
 * Parses one file; a syntax error is an input error at the first place the grammar could not read. The tree is
 * copied out of WebAssembly memory and freed: a large configuration's trees do not fit there together.
 */
export function parseHcl({ parser, copier }: HclParser, file: string, text: string): HclFile {
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
    return { file, text, lines, root: copier.copy(tree, text).root };
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
