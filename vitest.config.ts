import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // The tests run the configuration schema as it is in the sources: the precompiled validator is generated
      // from it as the build would, so a schema change is tested before the build's file is written.
      name: 'current-config-validator',
      enforce: 'pre',
      async load(id) {
        if (!id.replace(/\\/g, '/').endsWith('/src/config/config-schema.validate.js')) return null;
        const generator = (await import(new URL('./scripts/config-validator.mjs', import.meta.url).href)) as { configValidatorSource(): Promise<string> };
        return generator.configValidatorSource();
      },
    },
    {
      // Rule docs pages are imported as text, as the esbuild bundle does.
      name: 'markdown-as-text',
      enforce: 'pre',
      async load(id) {
        if (!id.endsWith('.md')) return null;
        return `export default ${JSON.stringify(await readFile(id, 'utf8'))};`;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest leaves a core free by default: one worker on a 2-core machine, idle while a file waits on a child
    // process, a socket or a browser. Every core runs a file.
    maxWorkers: availableParallelism(),
  },
});
