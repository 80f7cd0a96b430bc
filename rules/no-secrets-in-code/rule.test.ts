import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintInput } from '../../src/app/lint-input.js';
import { loadInput } from '../../src/loaders/load.js';
import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    yaml`
      actions:
        - name: a
          code: |
            const tokenUrl = "https://example.com/oauth/token";
            const password = event.secrets.PASSWORD;
            const apiKey = "YOUR_API_KEY";
            const field = "client_secret";
      `,
    { name: 'no code sections', code: 'tenant: {}\n' },
    { name: 'a code file that could not be read (text in memory) is not guessed', code: 'actions:\n  - name: a\n    code: ./actions/a/code.js\n' },
  ],
  invalid: [
    {
      code: yaml`
        actions:
          - name: crm
            code: |
              exports.onExecutePostLogin = async (event, api) => {
                const CRM_API_KEY = "c4f8e2a9b7d1e0f3";
              };
      `,
      errors: [
        {
          messageId: 'secret',
          entity: 'crm',
          data: {
            owner: 'Action',
            name: 'crm',
            what: 'secret assigned to CRM_API_KEY',
            where: 'its code',
            line: 2,
            fix: 'an Action secret, read as event.secrets.NAME',
          },
          line: 5,
          column: 30,
          endColumn: 46,
        },
      ],
    },
    {
      name: 'formats that name themselves, in rules, hooks and custom database scripts',
      code: yaml`
        rules:
          - name: r
            script: |
              // AKIAABCDEFGHIJKLMNOP
              function (user, context, callback) { callback(null, user, context); }
        hooks:
          - name: h
            script: 'module.exports = function (a, b, cb) { const t = "xoxb-1234567890-abcdef"; cb(); };'
        databases:
          - name: db
            options:
              customScripts:
                login: |
                  function login(email, password, callback) {
                    const db = connect({ password: "S3cret-Pa55word" });
                  }
      `,
      errors: [
        {
          messageId: 'secret',
          data: { owner: 'Rule', name: 'r', what: 'AWS access key', where: 'its script', line: 1, fix: 'the rules configuration, read as configuration.NAME' },
          entity: 'r',
          line: 4,
          column: 10,
        },
        {
          messageId: 'secret',
          data: { owner: 'Hook', name: 'h', what: 'Slack token', where: 'its script', line: 1, fix: 'a Hook secret, read as context.webtask.secrets.NAME' },
          entity: 'h',
          line: 8,
          column: 64,
        },
        {
          messageId: 'secret',
          data: {
            owner: 'Connection',
            name: 'db',
            what: 'secret assigned to password',
            where: 'its login script',
            line: 2,
            fix: 'a connection setting, read as configuration.NAME',
          },
          entity: 'db',
          line: 15,
          column: 45,
        },
      ],
    },
    {
      name: 'API dump: code inline in JSON',
      format: 'api-dump',
      code: '{"actions": [{"name": "a", "code": "const stripe = \\"sk_live_abcdefghijklmnop1234\\";"}]}',
      errors: [
        {
          messageId: 'secret',
          data: { owner: 'Action', name: 'a', what: 'Stripe live key', where: 'its code', line: 1, fix: 'an Action secret, read as event.secrets.NAME' },
          line: 1,
          column: 54,
        },
      ],
    },
  ],
});

describe('no-secrets-in-code in files deploy-cli writes beside tenant.yaml', () => {
  it('points inside the code file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-code-'));
    mkdirSync(path.join(dir, 'actions', 'crm'), { recursive: true });
    writeFileSync(path.join(dir, 'tenant.yaml'), 'actions:\n  - name: crm\n    code: ./actions/crm/code.js\n    runtime: node22\n');
    writeFileSync(path.join(dir, 'actions', 'crm', 'code.js'), 'exports.onExecutePostLogin = async () => {\n  const apiKey = "c4f8e2a9b7d1e0f3";\n};\n');
    const input = await loadInput('tenant.yaml', { cwd: dir });
    expect(input.errors).toEqual([]);
    const result = lintInput(input, { rules: [rule] });
    expect(result.findings.map((finding) => [finding.location?.file, finding.location?.startLine, finding.location?.startColumn])).toEqual([
      ['actions/crm/code.js', 2, 19],
    ]);
    expect(JSON.stringify(result.findings)).not.toContain('c4f8e2a9b7d1e0f3');
  });
});
