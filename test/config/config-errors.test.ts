import { afterEach, describe, expect, it } from 'vitest';
import { a0lint, printedConfig, scratchRepo } from './cli-run.js';

const TENANT = `resourceServers:
  - name: Orders API
    identifier: https://orders.example.com
`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

/** Runs with the given .a0lint.yml and returns the one stderr line. */
async function configError(config: string, files: Record<string, string> = {}): Promise<{ code: number; line: string }> {
  const repo = await scratchRepo({ '.a0lint.yml': config, 'tenant.yaml': TENANT, ...files });
  cleanup = repo.remove;
  const run = await a0lint(repo.dir, ['tenant.yaml']);
  return { code: run.code, line: run.stderr.trim() };
}

describe('configuration errors name file, line and column', () => {
  it.each([
    ['an unknown top-level key', 'rulez:\n  x: off\n', '.a0lint.yml:1:1: unknown property "rulez" (did you mean "rules"?)'],
    [
      'a misspelt severity',
      'rules:\n  prefer-require-client-grant: warnig\n',
      '.a0lint.yml:2:32: rules.prefer-require-client-grant: must be one of "off", "note", "warning", "error" (did you mean "warning"?)',
    ],
    ['a misspelt key in an override', "overrides:\n  - file: ['dev/**']\n", '.a0lint.yml:2:5: overrides[0]: unknown property "file" (did you mean "files"?)'],
    [
      'options that are not a mapping',
      'rules:\n  limit-token-lifetime: [warning, 3600]\n',
      '.a0lint.yml:2:35: rules.limit-token-lifetime[1]: must be a mapping (key: value)',
    ],
    [
      'a tenant domain written as a URL',
      'tenantDomain: https://example.eu.auth0.com/\n',
      '.a0lint.yml:1:15: tenantDomain: must be a host name such as example.eu.auth0.com (no scheme, port or path)',
    ],
    [
      'an expiry date in another form',
      'ignore:\n  - rule: prefer-require-client-grant\n    entity: { kind: resourceServer, key: x }\n    reason: accepted until the migration\n    expires: 30.09.2027\n',
      '.a0lint.yml:5:14: ignore[0].expires: must be a date written YYYY-MM-DD',
    ],
    [
      'an unknown rule, with a suggestion',
      'rules:\n  prefer-require-client-grants: off\n',
      '.a0lint.yml:2:3: rules.prefer-require-client-grants: unknown rule "prefer-require-client-grants" (did you mean "prefer-require-client-grant"?)',
    ],
    [
      'options for a rule without options',
      'rules:\n  prefer-require-client-grant: [error, { level: 3 }]\n',
      '.a0lint.yml:2:40: rules.prefer-require-client-grant[1]: rule prefer-require-client-grant takes no options',
    ],
    [
      "options outside the rule's schema",
      'rules:\n  limit-token-lifetime: [warning, { maxSeconds: soon }]\n',
      '.a0lint.yml:2:49: rules.limit-token-lifetime[1].maxSeconds: must be a whole number',
    ],
    ['an unknown preset', 'extends: [recommended, paranoid]\n', '.a0lint.yml:1:24: extends[1]: must be one of "recommended", "strict"'],
    [
      'an ignore without a reason',
      'ignore:\n  - rule: prefer-require-client-grant\n    entity: { kind: resourceServer, key: x }\n',
      '.a0lint.yml:2:5: ignore[0]: missing required property "reason"',
    ],
    [
      'an ignore with a one-word reason',
      'ignore:\n  - rule: prefer-require-client-grant\n    entity: { kind: resourceServer, key: x }\n    reason: because\n',
      '.a0lint.yml:4:13: ignore[0].reason: must be at least 10 characters long',
    ],
    [
      'an impossible expiry date',
      'ignore:\n  - rule: prefer-require-client-grant\n    entity: { kind: resourceServer, key: x }\n    reason: accepted until the migration\n    expires: 2026-02-30\n',
      '.a0lint.yml:5:14: ignore[0].expires: "2026-02-30" is not a date (YYYY-MM-DD)',
    ],
    [
      'an ignore for an unknown rule',
      'ignore:\n  - rule: no-such-rule\n    entity: { kind: client, key: x }\n    reason: accepted until the migration\n',
      '.a0lint.yml:2:11: ignore[0].rule: unknown rule "no-such-rule"',
    ],
    ['a customRules glob that matches nothing', "customRules: ['house/*.yml']\n", '.a0lint.yml:1:15: customRules[0]: "house/*.yml" matches no rule file'],
    ['a mappings file that does not exist', 'mappings: ./config.json\n', '.a0lint.yml:1:11: mappings: config.json: no such deploy-cli config file'],
    [
      'invalid YAML',
      'rules: [\n',
      '.a0lint.yml:1:8: invalid YAML: the [ that starts here is not closed with ], or a line inside it is indented less than the key it belongs to',
    ],
  ])('%s', async (_name, config, expected) => {
    const { code, line } = await configError(config);
    expect(line).toBe(expected);
    expect(code).toBe(2);
  });

  it('a configuration of comments only is an empty configuration', async () => {
    const { code, line } = await configError('# nothing configured yet\n');
    expect(line).toBe('');
    expect(code).not.toBe(2);
  });

  it('--config names a file that does not exist', async () => {
    const repo = await scratchRepo({ 'tenant.yaml': TENANT });
    cleanup = repo.remove;
    const run = await a0lint(repo.dir, ['tenant.yaml', '--config', 'missing.yml']);
    expect(run.stderr.trim()).toBe('missing.yml: no such configuration file');
    expect(run.code).toBe(2);
  });
});

describe('every configuration mistake is reported in one run', () => {
  it('names each, located, in file order, with did-you-mean for keys and rule ids', async () => {
    const config = [
      'extends: [recommended, paranoid]',
      'rules:',
      '  prefer-require-client-grants: off',
      '  no-localhost-urls: eror',
      '  limit-token-lifetime: [warning, { maxSeconds: soon, maxSecond: 60 }]',
      'overrides:',
      "  - file: ['dev/**']",
      'ignore:',
      '  - rule: no-such-rule',
      '    entity: { kind: client, key: x }',
      '    reason: short',
      '',
    ].join('\n');
    const { code, line } = await configError(config);
    expect(line.split('\n')).toEqual([
      '.a0lint.yml:1:24: extends[1]: must be one of "recommended", "strict"',
      '.a0lint.yml:3:3: rules.prefer-require-client-grants: unknown rule "prefer-require-client-grants" (did you mean "prefer-require-client-grant"?)',
      '.a0lint.yml:4:22: rules.no-localhost-urls: must be one of "off", "note", "warning", "error" (did you mean "error"?)',
      '.a0lint.yml:5:49: rules.limit-token-lifetime[1].maxSeconds: must be a whole number',
      '.a0lint.yml:5:55: rules.limit-token-lifetime[1]: unknown property "maxSecond" (did you mean "maxSeconds"?)',
      '.a0lint.yml:7:5: overrides[0]: unknown property "file" (did you mean "files"?)',
      '.a0lint.yml:9:11: ignore[0].rule: unknown rule "no-such-rule"',
      '.a0lint.yml:11:13: ignore[0].reason: must be at least 10 characters long',
    ]);
    expect(code).toBe(2);
  });

  it("a custom rule file that fails to load does not hide the configuration's other mistakes", async () => {
    const { code, line } = await configError("customRules: ['house/*.yml']\nrules:\n  no-localhost-url: error\n");
    expect(line.split('\n')).toEqual([
      '.a0lint.yml:1:15: customRules[0]: "house/*.yml" matches no rule file',
      '.a0lint.yml:3:3: rules.no-localhost-url: unknown rule "no-localhost-url" (did you mean "no-localhost-urls"?)',
    ]);
    expect(code).toBe(2);
  });
});

describe('ESLint habits are accepted', () => {
  it('warn, 0, 1 and 2 as severities, and extends as one name', async () => {
    const repo = await scratchRepo({
      '.a0lint.yml':
        'extends: strict\nrules:\n  no-localhost-urls: 2\n  prefer-require-client-grant: 0\n  explicit-access-policy: warn\n  limit-token-lifetime: [1, { maxSeconds: 3600 }]\n',
      'tenant.yaml': TENANT,
    });
    cleanup = repo.remove;
    const run = await a0lint(repo.dir, ['--print-config', 'tenant.yaml']);
    expect(run.stderr).toBe('');
    const printed = printedConfig(run);
    expect(printed.extends).toEqual(['strict']);
    expect(printed.rules).toMatchObject({
      'no-localhost-urls': 'error',
      'prefer-require-client-grant': 'off',
      'explicit-access-policy': 'warning',
      'limit-token-lifetime': ['warning', { maxSeconds: 3600 }],
      // strict turns on the rules recommended leaves off.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any, by design
      'require-mfa': expect.not.stringMatching(/^off$/),
    });
  });
});
