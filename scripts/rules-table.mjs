// Regenerates the rules table in README.md and each rule page's metadata line from rule metadata. Rules import their docs pages as text, so the
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
      contents:
        "export { builtinRules } from './rules/index.ts';\nexport { withRulesTable } from './src/docs/rules-table.ts';\n" +
        "export { withRuleMetaLine } from './src/docs/rule-meta-line.ts';\n" +
        "export { withAuditScopes } from './src/docs/audit-scopes.ts';\n",
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
  const { builtinRules, withRulesTable, withRuleMetaLine, withAuditScopes } = await import(pathToFileURL(outfile).href);
  const readme = await readFile('README.md', 'utf8');
  const updated = withAuditScopes(withRulesTable(readme, builtinRules));
  if (updated === readme) console.log('README.md rules table is up to date');
  else {
    await writeFile('README.md', updated);
    console.log(`README.md rules table updated (${builtinRules.length} rules)`);
  }
  let pages = 0;
  for (const { meta } of builtinRules) {
    const file = path.join('rules', meta.id, 'README.md');
    const page = await readFile(file, 'utf8');
    const updated = withRuleMetaLine(page, meta);
    if (updated !== page) {
      await writeFile(file, updated);
      pages++;
    }
  }
  console.log(pages === 0 ? 'rule pages are up to date' : `metadata line updated in ${pages} rule page(s)`);
  // The read scopes a live audit uses, listed where the docs name them.
  for (const file of ['docs/security.md', 'rules/audit-credentials-read-only/README.md']) {
    const text = await readFile(file, 'utf8');
    const current = withAuditScopes(text);
    if (current !== text) {
      await writeFile(file, current);
      console.log(`${file}: audit scopes updated`);
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
