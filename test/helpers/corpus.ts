import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpus of real public Auth0 configurations, beside the checkout (CI lays it there too). */
const besideCheckout = path.resolve(repoRoot, '../shared/corpus');
export const CORPUS = existsSync(path.join(besideCheckout, 'PROVENANCE.md')) ? besideCheckout : undefined;

export interface CorpusExport {
  /** Path relative to the corpus root. */
  readonly name: string;
  readonly path: string;
  readonly kind: 'yaml' | 'directory';
  /** AUTH0_KEYWORD_REPLACE_MAPPINGS from the export's own deploy-cli config, when it has one. */
  readonly mappings: Record<string, unknown>;
}

/** Every deploy-cli export in the corpus: tenant.yaml files and folders holding clients/, resource-servers/ or grants/. */
export function corpusExports(): CorpusExport[] {
  if (!CORPUS) return [];
  const found: CorpusExport[] = [];
  const walk = (dir: string): void => {
    const names = readdirSync(dir);
    if (names.some((name) => ['clients', 'resource-servers', 'grants'].includes(name) && statSync(path.join(dir, name)).isDirectory())) {
      found.push(describe(dir, 'directory'));
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!['clients', 'resource-servers', 'grants', 'recordings'].includes(name)) walk(full);
      } else if (/^tenant\.ya?ml$/.test(name)) found.push(describe(full, 'yaml'));
    }
  };
  walk(CORPUS);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

function describe(exportPath: string, kind: 'yaml' | 'directory'): CorpusExport {
  const name = path.relative(CORPUS!, exportPath);
  return { name, path: exportPath, kind, mappings: findMappings(kind === 'yaml' ? path.dirname(exportPath) : exportPath) };
}

/** deploy-cli projects keep config.json or config/dev.json next to the export, or one folder up. */
function findMappings(dir: string): Record<string, unknown> {
  for (const base of [dir, path.dirname(dir)]) {
    for (const candidate of ['config.json', 'config/dev.json']) {
      const file = path.join(base, candidate);
      if (!existsSync(file) || !file.startsWith(CORPUS!)) continue;
      const config = JSON.parse(readFileSync(file, 'utf8')) as { AUTH0_KEYWORD_REPLACE_MAPPINGS?: Record<string, unknown> };
      return config.AUTH0_KEYWORD_REPLACE_MAPPINGS ?? {};
    }
  }
  return {};
}
