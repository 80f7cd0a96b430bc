// Bundles the CLI, the Action (dist/action.js) and the library (dist/index.js, with its types in dist/types/) into
// dist/, which is committed: the Action runs it as is, and `npm start`
// works on a fresh clone without a build step. Output is deterministic so CI can check dist/ is current.
//
// Code splitting keeps start-up close to bare Node: what only some runs need (the live audit and its HTTP client,
// custom rules, baselines, schema validation) is reached through `await import()` and lands in dist/chunks/,
// evaluated only by the runs that use it. Chunk names carry a content hash, so an unchanged source gives
// unchanged files.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { configValidatorSource, VALIDATOR_FILE } from './config-validator.mjs';

// A fleet run (several inputs, --jobs) starts each worker thread from its own entry point, beside cli.js.
const entryPoints = { cli: 'src/cli.ts', index: 'src/index.ts', action: 'src/action/index.ts', 'fleet-worker': 'src/app/fleet-worker.ts' };

// The configuration schema is bundled compiled (see config-validator.mjs); keep it in step with the schema.
await writeFile(VALIDATOR_FILE, await configValidatorSource());
await rm('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.md': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require(); an ESM bundle needs one made for it (in every file, chunks included).
  // The CLI's `#!/usr/bin/env node` line comes from src/cli.ts, which esbuild keeps above this banner.
  banner: { js: "import { createRequire as __a0lintCreateRequire } from 'node:module';\nconst require = __a0lintCreateRequire(import.meta.url);" },
});
await chmod('dist/cli.js', 0o755);

// The HCL parser is WebAssembly loaded by path at run time (src/terraform/parser.ts): the runtime and the grammar
// ship beside the bundle, so Terraform input needs neither node_modules nor the network.
const resolve = createRequire(import.meta.url).resolve;
await mkdir('dist/wasm', { recursive: true });
await copyFile(resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/wasm/tree-sitter.wasm');
await copyFile(resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'), 'dist/wasm/tree-sitter-terraform.wasm');

// The library's types: declarations of src/index.ts and what it reaches, which package.json's "types" names.
execFileSync(process.execPath, [resolve('typescript/bin/tsc'), '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
