import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const SPA = 'clients:\n  - name: web\n    app_type: spa\n    grant_types: [refresh_token, authorization_code]\n';
const action = (code: string, extra = ''): string =>
  `actions:\n  - name: pkce\n    deployed: true\n${extra}    supported_triggers:\n      - id: post-login\n        version: v3\n    code: |\n${code
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n')}\n`;
const ENFORCING = `exports.onExecutePostLogin = async (event, api) => {\n  const query = event.request.query;\n  if (!query?.code_challenge) api.access.deny('PKCE required');\n};`;

testRule(rule, {
  valid: [
    SPA + action(ENFORCING),
    {
      name: 'a computed property and optional calls',
      code: SPA + action(`exports.onExecutePostLogin = async (event, api) => {\n  if (!event.request.query['code_challenge']) api?.access.deny('no');\n};`),
    },
    {
      name: 'code that does not parse is read as text',
      code: SPA + action(`exports.onExecutePostLogin = async (event, api) => {\n  if (!event.request.query.code_challenge) api.access.deny('no')\n  <<<\n};`),
    },
    { name: 'confidential applications', code: 'clients:\n  - name: web\n    app_type: regular_web\n    grant_types: [authorization_code]\nactions: []\n' },
    {
      name: 'strict third-party applications',
      code: 'clients:\n  - name: web\n    app_type: spa\n    is_first_party: false\n    third_party_security_mode: strict\n    grant_types: [authorization_code]\nactions: []\n',
    },
    { name: 'no actions section', code: SPA },
  ],
  invalid: [
    {
      name: 'no action at all',
      code: `${SPA}actions: []\n`,
      errors: [{ messageId: 'notEnforced', entity: 'web', path: '/grant_types/1', data: { name: 'web', appType: 'spa' }, line: 4, column: 34 }],
    },
    {
      name: 'reads code_challenge but never denies',
      code: SPA + action(`exports.onExecutePostLogin = async (event, api) => {\n  console.log(event.request.query.code_challenge);\n};`),
      errors: [{ messageId: 'notEnforced', line: 4, column: 34 }],
    },
    {
      name: 'an undeployed action does not run',
      code: SPA + action(ENFORCING, '    status: failed\n'),
      errors: [{ messageId: 'notEnforced', line: 4, column: 34 }],
    },
    {
      name: 'default grant types of a native app',
      code: yaml`
        clients:
          - name: app
            app_type: native
        actions:
          - name: other
            supported_triggers: [{id: credentials-exchange, version: v2}]
            code: "exports.onExecuteCredentialsExchange = async (event, api) => { if (!event.request.query.code_challenge) api.access.deny('x'); };"
      `,
      errors: [{ messageId: 'notEnforced', entity: 'app', path: '', line: 2, column: 5 }],
    },
  ],
});
