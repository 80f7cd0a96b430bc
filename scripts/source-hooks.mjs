// Lets a plain Node process (or worker thread) run the TypeScript sources as vitest does: TypeScript through
// tsx, and the rules' README.md pages imported as text, as the esbuild bundle imports them. The bundle in dist/
// needs none of this; it is for worker threads started while the tests run the sources.
import { register } from 'node:module';
import { register as registerTypeScript } from 'tsx/esm/api';

registerTypeScript();
register('./markdown-as-text.mjs', import.meta.url);
