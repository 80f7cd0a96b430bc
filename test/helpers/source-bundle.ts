import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
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

/** The configuration validator generated from the schema as it is now, as vitest's plugin does for in-process tests. */
const CURRENT_CONFIG_VALIDATOR: Plugin = {
  name: 'current-config-validator',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]config[\\/]config-schema\.validate\.js$/ }, async (args) => {
      const generator = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/config-validator.mjs')).href)) as {
        configValidatorSource(): Promise<string>;
      };
      return { contents: await generator.configValidatorSource(), loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

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
    plugins: [CURRENT_CONFIG_VALIDATOR],
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  return dir;
}
