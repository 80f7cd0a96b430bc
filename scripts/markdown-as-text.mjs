// Module hook: `import docs from './README.md'` gives the file's text (see source-hooks.mjs).
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.md')) return nextLoad(url, context);
  return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(await readFile(new URL(url), 'utf8'))};` };
}
