import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a0lint, findingsOf, printedConfig, scratchRepo, summary } from './cli-run.js';

// Two tenants in one repository, one configuration: dev may keep localhost URLs and prod may not, and one accepted
// finding in prod is suppressed with a reason until a date. Both tenants hold the same localhost callback.
const TENANT = (env: string): string => `clients:
  - name: Web App
    app_type: regular_web
    callbacks:
      - https://app.${env}.example.com/callback
      - http://localhost:3000/callback
resourceServers:
  - name: Orders API
    identifier: https://orders.${env}.example.com
    subject_type_authorization:
      user:
        policy: allow_all
  - name: Legacy API
    identifier: https://legacy.${env}.example.com
    subject_type_authorization:
      user:
        policy: allow_all
`;

const CONFIG = `rules:
  no-localhost-urls: error
  prefer-require-client-grant: error
overrides:
  - files: ['tenants/dev/**']
    rules:
      no-localhost-urls: off
ignore:
  - rule: prefer-require-client-grant
    entity: { kind: resourceServer, key: 'https://legacy.*' }
    files: ['tenants/prod/**']
    reason: Legacy API is retired with the Q3 migration (SEC-123)
    expires: 2026-09-30
    owner: platform-team
`;

const RULES = ['no-localhost-urls', 'prefer-require-client-grant', 'expired-ignore', 'unused-ignore'];

let repo: Awaited<ReturnType<typeof scratchRepo>>;
beforeAll(async () => {
  repo = await scratchRepo({
    '.a0lint.yml': CONFIG,
    'tenants/dev/tenant.yaml': TENANT('dev'),
    'tenants/prod/tenant.yaml': TENANT('prod'),
  });
});
afterAll(() => repo.remove());

describe('configuration per tenant', () => {
  it('applies overrides by path and the justified ignore before it expires', async () => {
    const run = await a0lint(repo.dir, ['tenants/dev/tenant.yaml', 'tenants/prod/tenant.yaml', '--format', 'json']);
    expect(summary(run, RULES)).toEqual([
      'no-localhost-urls error Web App tenants/prod/tenant.yaml',
      'prefer-require-client-grant error https://legacy.dev.example.com tenants/dev/tenant.yaml',
      'prefer-require-client-grant error https://orders.dev.example.com tenants/dev/tenant.yaml',
      'prefer-require-client-grant error https://orders.prod.example.com tenants/prod/tenant.yaml',
    ]);
    expect(run.stderr).toContain('1 finding suppressed by ignore entries in .a0lint.yml');
    expect(run.code).toBe(1);
  });

  it('finds the configuration from a subfolder', async () => {
    const run = await a0lint(`${repo.dir}/tenants`, ['prod/tenant.yaml', '--format', 'json']);
    expect(summary(run, RULES)).toEqual([
      'no-localhost-urls error Web App prod/tenant.yaml',
      'prefer-require-client-grant error https://orders.prod.example.com prod/tenant.yaml',
    ]);
  });

  it('stops suppressing on the expiry date and reports the entry where it is written', async () => {
    const run = await a0lint(repo.dir, ['tenants/prod/tenant.yaml', '--format', 'json'], new Date('2026-09-30T00:00:00Z'));
    expect(summary(run, RULES)).toEqual([
      'expired-ignore warning - .a0lint.yml',
      'no-localhost-urls error Web App tenants/prod/tenant.yaml',
      'prefer-require-client-grant error https://legacy.prod.example.com tenants/prod/tenant.yaml',
      'prefer-require-client-grant error https://orders.prod.example.com tenants/prod/tenant.yaml',
    ]);
    const expired = findingsOf(run).find((finding) => finding.ruleId === 'expired-ignore')!;
    expect(expired.location).toMatchObject({ file: '.a0lint.yml', startLine: 13, startColumn: 14 });
    expect(expired.message).toMatch(/^An ignore entry for \S+ expired on 2026-09-30\. It covers .* \(owner: platform-team\)/);
  });

  it('without the configuration, every rule runs at its default severity', async () => {
    const run = await a0lint(repo.dir, ['tenants/dev/tenant.yaml', '--no-config', '--format', 'json']);
    expect(summary(run, RULES)).toContain('no-localhost-urls note Web App tenants/dev/tenant.yaml');
    expect(summary(run, RULES)).toContain('prefer-require-client-grant warning https://orders.dev.example.com tenants/dev/tenant.yaml');
  });

  it('prints the resolved configuration for a file', async () => {
    const dev = printedConfig(await a0lint(repo.dir, ['--print-config', 'tenants/dev/tenant.yaml']));
    const prod = printedConfig(await a0lint(repo.dir, ['--print-config', 'tenants/prod/tenant.yaml']));
    expect(dev).toMatchObject({ configFile: '.a0lint.yml', input: 'tenants/dev/tenant.yaml', overrides: [{ index: 0 }], ignore: [] });
    expect(dev.rules['no-localhost-urls']).toBe('off');
    expect(prod.rules['no-localhost-urls']).toBe('error');
    expect(prod.ignore).toEqual([expect.objectContaining({ rule: 'prefer-require-client-grant', expires: '2026-09-30' })]);
  });

  it("prints every rule's options in force: defaults, merged with the configured ones", async () => {
    const options = await scratchRepo({
      '.a0lint.yml': 'rules:\n  strong-password-policy: [error, { minimumLength: 12 }]\n  limit-token-lifetime: off\n',
      'tenant.yaml': TENANT('dev'),
    });
    try {
      const { rules } = printedConfig(await a0lint(options.dir, ['--print-config', 'tenant.yaml']));
      expect(rules['strong-password-policy']).toEqual([
        'error',
        { minimumPolicy: 'good', minimumLength: 12, requireHistory: true, requireDictionary: true, requireNoPersonalInfo: true },
      ]);
      expect(rules['limit-token-lifetime']).toEqual(['off', { maxSeconds: 86400 }]);
      expect(rules['require-refresh-token-rotation']).toEqual(['warning', { maxLeeway: 60 }]);
      expect(rules['no-localhost-urls']).toBe('note');
    } finally {
      await options.remove();
    }
  });
});

describe('tenant domain and keyword mappings from the configuration', () => {
  const KEYWORD_TENANT = `resourceServers:
  - name: Orders API
    identifier: https://##API_HOST##/orders
`;
  const unresolved = (run: Awaited<ReturnType<typeof a0lint>>): string[] => summary(run, ['no-unresolved-keywords']);

  it('applies configured mappings, per override too, and never prints their values', async () => {
    const keywords = await scratchRepo({
      '.a0lint.yml': "mappings: { API_HOST: api.example.com }\noverrides:\n  - files: ['dev/**']\n    mappings: ./dev/config.json\n",
      'dev/config.json': '{ "AUTH0_KEYWORD_REPLACE_MAPPINGS": { "OTHER": "x" } }\n',
      'dev/tenant.yaml': KEYWORD_TENANT,
      'prod/tenant.yaml': KEYWORD_TENANT,
    });
    try {
      expect(unresolved(await a0lint(keywords.dir, ['prod/tenant.yaml', 'dev/tenant.yaml', '--format', 'json']))).toEqual([]);
      const printed = printedConfig(await a0lint(keywords.dir, ['--print-config', 'dev/tenant.yaml']));
      expect(printed.mappingKeys).toEqual(['API_HOST', 'OTHER']);
      expect(JSON.stringify(printed)).not.toContain('api.example.com');
      const noConfig = await a0lint(keywords.dir, ['prod/tenant.yaml', '--no-config', '--format', 'json']);
      expect(unresolved(noConfig)).toEqual(['no-unresolved-keywords error https://##API_HOST##/orders prod/tenant.yaml']);
    } finally {
      await keywords.remove();
    }
  });

  it('uses the configured tenant domain to recognise the Management API; --tenant-domain wins', async () => {
    const grant = (host: string): string => `  - client_id: Sync\n    audience: https://${host}/api/v2/\n    scope: [update:clients]\n`;
    const domains = await scratchRepo({
      '.a0lint.yml': 'tenantDomain: t.eu.auth0.com\n',
      'tenant.yaml': `clients:\n  - name: Sync\n    app_type: non_interactive\nclientGrants:\n${grant('t.eu.auth0.com')}${grant('other.eu.auth0.com')}`,
    });
    const managementGrants = (run: Awaited<ReturnType<typeof a0lint>>): string[] => summary(run, ['management-api-least-privilege']);
    try {
      expect(managementGrants(await a0lint(domains.dir, ['tenant.yaml', '--format', 'json']))).toEqual([
        'management-api-least-privilege error Sync|https://t.eu.auth0.com/api/v2/|client tenant.yaml',
      ]);
      expect(managementGrants(await a0lint(domains.dir, ['tenant.yaml', '--tenant-domain', 'other.eu.auth0.com', '--format', 'json']))).toEqual([
        'management-api-least-privilege error Sync|https://other.eu.auth0.com/api/v2/|client tenant.yaml',
      ]);
    } finally {
      await domains.remove();
    }
  });
});
