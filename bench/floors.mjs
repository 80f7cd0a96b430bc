// Reading-the-input floors, run as plain Node processes (no TypeScript loader) so they cost what reading costs.
//   node bench/floors.mjs json <file>       JSON.parse of a file
//   node bench/floors.mjs directory <dir>   read every file of a deploy-cli directory export, JSON.parse the .json ones
//   node bench/floors.mjs yaml <file>       js-yaml load (no positions), and read the code and HTML files it names
//   node bench/floors.mjs hcl <dir>         tree-sitter's Terraform grammar (WebAssembly) parsing every .tf file
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const [mode, input] = process.argv.slice(2);
let count = 0;
if (mode === 'json') {
  count = Object.keys(JSON.parse(readFileSync(input, 'utf8'))).length;
} else if (mode === 'yaml') {
  count = Object.keys(load(readFileSync(input, 'utf8'))).length;
  // The generator writes the files a YAML export names into these folders beside it, as deploy-cli does.
  for (const folder of ['actions', 'databases', 'rules', 'hooks', 'pages', 'emailTemplates']) readAll(path.join(path.dirname(input), folder));
} else if (mode === 'directory') {
  readAll(input);
} else if (mode === 'hcl') {
  // The parser a0lint uses, loaded the same way: what parsing the configuration costs before anything is evaluated.
  const { createRequire } = await import('node:module');
  const { Parser, Language } = await import('web-tree-sitter');
  const resolve = createRequire(import.meta.url).resolve;
  await Parser.init({ wasmBinary: readFileSync(resolve('web-tree-sitter/tree-sitter.wasm')) });
  const parser = new Parser();
  parser.setLanguage(await Language.load(readFileSync(resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'))));
  for (const name of readdirSync(input).sort()) {
    if (!name.endsWith('.tf')) continue;
    const tree = parser.parse(readFileSync(path.join(input, name), 'utf8'));
    count += tree.rootNode.childCount;
    // Freed as a0lint frees them: the trees of a large configuration do not fit in WebAssembly memory together.
    tree.delete();
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
if (count === 0) process.exitCode = 1;

/** Reads every file under a folder (JSON files parsed), counting what it read. */
function readAll(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) readAll(file);
    else if (entry.name.endsWith('.json')) count += Object.keys(JSON.parse(readFileSync(file, 'utf8'))).length;
    else count += readFileSync(file, 'utf8').length > 0 ? 1 : 0;
  }
}
