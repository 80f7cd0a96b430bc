import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

interface Generator {
  readonly VALIDATOR_FILE: string;
  configValidatorSource(): Promise<string>;
}

describe('the precompiled configuration validator', () => {
  it('is current with schemas/a0lint.schema.json (regenerate with `npm run build`)', async () => {
    const generator = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/config-validator.mjs')).href)) as Generator;
    const committed = await readFile(generator.VALIDATOR_FILE, 'utf8');
    expect(
      committed === (await generator.configValidatorSource()),
      `${path.relative(REPO_ROOT, generator.VALIDATOR_FILE)} is stale: run \`npm run build\``,
    ).toBe(true);
  });
});
