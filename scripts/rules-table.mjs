// Regenerates the rules table in README.md from rule metadata. Rules import their docs pages as text, so the
// metadata is bundled with esbuild (as for dist/) into a temporary module and imported from there.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = await mkdtemp(path.join(tmpdir(), 'a0lint-rules-table-'));
try {
  const outfile = path.join(dir, 'rules-table.mjs');
  await build({
    stdin: {
      contents: "export { builtinRules } from './rules/index.ts';\nexport { withRulesTable } from './src/docs/rules-table.ts';\n",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    loader: { '.md': 'text' },
    outfile,
    logLevel: 'warning',
  });
  const { builtinRules, withRulesTable } = await import(pathToFileURL(outfile).href);
  const readme = await readFile('README.md', 'utf8');
  const updated = withRulesTable(readme, builtinRules);
  if (updated === readme) console.log('README.md rules table is up to date');
  else {
    await writeFile('README.md', updated);
    console.log(`README.md rules table updated (${builtinRules.length} rules)`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
