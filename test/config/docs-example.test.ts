import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a0lint, printedConfig, scratchRepo } from './cli-run.js';

let repo: Awaited<ReturnType<typeof scratchRepo>>;

beforeAll(async () => {
  const page = await readFile(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');
  const example = /## Example\n\n```yaml\n([\s\S]*?)```/.exec(page)![1]!;
  repo = await scratchRepo({
    '.a0lint.yml': example,
    'config.json': '{ "AUTH0_KEYWORD_REPLACE_MAPPINGS": { "API_HOST": "api.example.com" } }\n',
    'a0lint-rules/house.yml': 'rules:\n  - { id: custom/any, description: Any, severity: note, collection: clients, message: x, assert: true }\n',
    'tenants/dev/tenant.yaml': 'clients: []\n',
    'tenants/prod/tenant.yaml': 'clients: []\n',
  });
});
afterAll(() => repo.remove());

describe('the example in docs/configuration.md', () => {
  it('loads as written and resolves per tenant', async () => {
    const dev = await a0lint(repo.dir, ['--print-config', 'tenants/dev/tenant.yaml']);
    expect(dev.stderr).toBe('');
    const devConfig = printedConfig(dev);
    expect(devConfig).toMatchObject({ tenantDomain: 'example-dev.eu.auth0.com', mappingKeys: ['API_HOST'], customRules: ['custom/any'], ignore: [] });
    expect(devConfig.rules['no-localhost-urls']).toBe('off');
    expect(devConfig.rules['limit-token-lifetime']).toEqual(['warning', { maxSeconds: 86400 }]);
    const prod = printedConfig(await a0lint(repo.dir, ['--print-config', 'tenants/prod/tenant.yaml']));
    expect(prod).toMatchObject({ tenantDomain: 'example.eu.auth0.com', ignore: [{ rule: 'prefer-require-client-grant', owner: 'platform-team' }] });
    expect(prod.rules['no-localhost-urls']).toBe('error');
  });
});
