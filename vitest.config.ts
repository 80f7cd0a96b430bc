import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const TEST_FILES = ['test/**/*.test.ts', 'rules/**/*.test.ts'];

/**
 * Test files that need a process of their own, found by what they use. A module mock (vi.mock) replaces a module
 * only where it is not loaded yet, which in a shared worker depends on the files that ran before.
 * test/helpers/count-work.ts replaces Array.prototype methods and its iterator while it counts; V8 then takes its
 * slow path for array iteration in that process for good, which would slow every file after it.
 */
function needingIsolation(): string[] {
  const root = new URL('.', import.meta.url);
  return ['test', 'rules']
    .flatMap((dir) => readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' }).map((name) => `${dir}/${name.replace(/\\/g, '/')}`))
    .filter((file) => file.endsWith('.test.ts') && /\bvi\.(mock|doMock)\(|helpers\/count-work/.test(readFileSync(new URL(file, root), 'utf8')));
}
const ISOLATED = needingIsolation();

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
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest leaves a core free by default: one worker on a 2-core machine, idle while a file waits on a child
    // process, a socket or a browser. Every core runs a file.
    maxWorkers: availableParallelism(),
    // The other files share their worker process and its loaded modules: starting a process and evaluating the
    // sources' module graph again for each of 170 files cost more CPU than most of the tests themselves. No test
    // changes process-wide state (environment, working directory, globals); each runs the CLI and the Action
    // in-process through their ports.
    projects: [
      {
        extends: true,
        test: { name: 'shared', isolate: false, include: TEST_FILES, exclude: [...configDefaults.exclude, ...ISOLATED] },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
