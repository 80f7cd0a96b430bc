import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tree } from 'web-tree-sitter';
import type { HclNode } from '../../src/terraform/hcl-tree.js';
import { hclParser } from '../../src/terraform/parser.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every node tree-sitter gives, read one by one with its cursor: depth, type, range and field. */
function treeSitterRows(tree: Tree): string[] {
  const rows: string[] = [];
  const cursor = tree.walk();
  let depth = 0;
  for (;;) {
    rows.push(
      `${depth} ${cursor.nodeIsNamed ? cursor.nodeType : JSON.stringify(cursor.nodeType)} ${cursor.startIndex}-${cursor.endIndex} ${cursor.currentFieldName ?? ''}`,
    );
    if (cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return rows;
      }
      depth--;
    }
  }
}

function copiedRows(node: HclNode, depth = 0, rows: string[] = []): string[] {
  rows.push(`${depth} ${node.isNamed ? node.type : JSON.stringify(node.type)} ${node.startIndex}-${node.endIndex} ${node.fieldName ?? ''}`);
  for (const child of node.children) copiedRows(child, depth + 1, rows);
  return rows;
}

async function compare(text: string): Promise<number> {
  const { parser, copier } = await hclParser();
  const tree = parser.parse(text)!;
  try {
    expect(tree.rootNode.hasError).toBe(false);
    const expected = treeSitterRows(tree);
    expect(copiedRows(copier.copy(tree, text).root)).toEqual(expected);
    return expected.length;
  } finally {
    tree.delete();
  }
}

function tfFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tf|tfvars)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Plain shapes the copy writes from the text, and near misses it must leave to the parser. */
const EDGES = [
  'a = "x"',
  // White space at a string's ends is outside tree-sitter's template_literal.
  'sp = " "',
  'sp2 = " x "',
  'sp3 = "\t"',
  'sp4 = "a\u3000"',
  'sp5 = join(" ", ["a", "b"])',
  'b = ""',
  'c="tight"',
  'd\t=\t"tabs"',
  'e = "a$b 50% $ %"',
  'f = "a$${b}"',
  'g = "a%%{b}"',
  'h = "${var.x}"',
  'i = "a\\"b\\\\c\\n"',
  'j = "ünïcødé ✓ 𝒳"',
  'k = true',
  'l = false',
  'm = null',
  'n = 12',
  'o = 0.5',
  'p = 1.5e3',
  'q = 0x1F',
  'r = -1',
  's = var.x',
  't = auth0_client.web-app.client_id',
  'u = each.value',
  'v = a.b.c.d.e',
  'w = a[0]',
  'x = a.0',
  'y = a.*.b',
  'z = a[*].b',
  'aa = true && false',
  'ab = "a" == "b"',
  'ac = (1)',
  'ad = trueish',
  'ae = nullable.x',
  'af = for_each',
  'ag = x.in',
  'ah = /* comment */ "x"',
  'ai = "x" # comment',
  'aj = "x" // comment',
  'ünï = "name"',
  'ak = {}',
  'al = []',
  'am = { "k" = 1, j: 2, "l": "m", (var.k) = 3 }',
  'an = [1, "two", three, [4], { five = 5 }]',
  'ao = <<EOT\nheredoc ${x}\nEOT',
  'ap = <<-EOT\n    indented\n  EOT',
  'aq = upper("x")',
  'ar = concat(a, b...)',
  'as = [for k, v in var.m : "${k}=${v}" if v != ""]',
  'at = { for k in var.l : k => upper(k) }',
  'au = var.a ? "b" : "c"',
  'av = !var.x',
  'aw = 1 + 2 * 3',
  'ax = "%{ if true }yes%{ endif }"',
  'block "label" "two" {\n  inner = "x"\n  nested {\n  }\n}',
  'one_line { a = 1 }',
  'empty {}',
  'dynamic "x" {\n  for_each = var.list\n  content {\n    y = x.value\n  }\n}',
  'label_bare bare "quoted" {\n}',
  'escaped "a\\"b" {\n}',
  'ba = ["a", "b"]',
  'bb = [ "a" , "b" , ]',
  'bc = ["a,]", "b"]',
  'bd = [1, true, false, null, x.y, "s", 0.5]',
  'be = [\t]',
  'bf = [[1], 2]',
  'bg = ["${x}"]',
  'bh = ["a\\"b"]',
  'bi = [1] # comment',
  'bj = [a-b, c]',
  'bk = [-1]',
  'bl = [1 /* comment */]',
  'bm = [\n  "a",\n  "b",\n]',
  'bn = ["a"][0]',
  'bo = [for x in y : x]',
  'bp = { a = ["x", "y"] }',
  'bq = [in, "x"]',
  'plain "a" "b" {\n  x = 1\n  y = ["a", "b"]\n  inner {\n    z = "q"\n  }\n\n  deeper "l" bare {\n    w = a.b\n  }\n}',
  'with_comment {\n  # note\n  x = 1\n}',
  'trailing_comment {\n  x = 1 # note\n}',
  'inner_comment {\n  inner {\n    x = 1\n  } # end\n}',
  'after_brace { # note\n  x = 1\n}',
  'blank_lines {\n\n  x = 1\n\n\n}',
  'multi_line_value {\n  x = [\n    1,\n  ]\n  inner {\n    y = 2\n  }\n}',
  'heredoc_inside {\n  x = <<EOT\nhi\nEOT\n}',
  'tight"t"{\n  x=1\n}',
  'one_line_inner {\n  inner { x = 1 }\n}',
  'empty_inner {\n  inner {\n  }\n}',
  'tabs\t"t"\t{\t\n\tx\t=\t1\t\n\tinner\t{\n\t}\t\n}',
  'object_inside {\n  x = { a = 1 }\n}',
  'crlf {\r\n  x = 1\r\n  inner "l" {\r\n    y = [2, 3]\r\n  }\r\n}',
  'brace_in_string "}" {\n  x = "}"\n}',
];

describe('copying HCL syntax trees out of tree-sitter', () => {
  it('gives every node tree-sitter gives, with its type, range and field, for each plain shape and its near misses', async () => {
    for (const line of EDGES) await compare(`${line}\n`);
    await compare(`${EDGES.join('\n')}\n`);
    await compare(`${EDGES.join('\r\n')}\r\n`);
    await compare('');
    await compare('# only a comment');
    // A block at the very end, with no line break after it.
    await compare('last {\n  x = 1\n  inner {\n    y = 2\n  }\n}');
  });

  it('gives the same tree for every .tf file of the examples and fixtures', async () => {
    const files = [...tfFiles(path.join(ROOT, 'examples')), ...tfFiles(path.join(ROOT, 'test/fixtures'))];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) await compare(readFileSync(file, 'utf8'));
  });
});
