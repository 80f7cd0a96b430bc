import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './run-cli.js';

/** The entries a test may run outside vitest: the CLI, and the worker the hardening suites run it in. */
const ENTRIES = { cli: 'src/cli.ts', 'cli-worker': 'test/hardening/cli-worker.ts' } as const;
export type BundledEntry = keyof typeof ENTRIES;

let bundling: Promise<string> | undefined;

/**
 * The path of an entry bundled from the current sources (the committed dist/ may lag behind), for what only a
 * process or a worker thread of its own shows. One bundle per test process: starting Node on the TypeScript
 * sources through a loader costs about 0.8 s of CPU per process, a bundle 0.5 s once and then 0.15 s per process.
 */
export async function sourceBundle(entry: BundledEntry): Promise<string> {
  bundling ??= bundle();
  return path.join(await bundling, `${entry}.mjs`);
}

async function bundle(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'a0lint-source-bundle-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  await build({
    entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ out, in: path.join(REPO_ROOT, input) })),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    loader: { '.md': 'text' },
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  return dir;
}
