// Bundles the CLI and the Action into dist/, which is committed: the Action runs it as is, and `npm start`
// works on a fresh clone without a build step. Output is deterministic so CI can check dist/ is current.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.md': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require(); an ESM bundle needs one made for it.
  banner: { js: "import { createRequire as __a0lintCreateRequire } from 'node:module';\nconst require = __a0lintCreateRequire(import.meta.url);" },
};

await rm('dist', { recursive: true, force: true });
const entries = [{ in: 'src/cli.ts', out: 'dist/cli.js', shebang: true }];
if (process.argv.includes('--action') || (await exists('src/action/index.ts'))) entries.push({ in: 'src/action/index.ts', out: 'dist/index.js' });
for (const entry of entries) {
  await build({
    ...shared,
    entryPoints: [entry.in],
    outfile: entry.out,
    banner: { js: `${entry.shebang ? '#!/usr/bin/env node\n' : ''}${shared.banner.js}` },
  });
}
await chmod('dist/cli.js', 0o755);

async function exists(file) {
  const { access } = await import('node:fs/promises');
  return access(file).then(() => true, () => false);
}
