import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const DB = 'databases:\n  - name: Users\n    strategy: auth0\n';
const resetAction = (code: string): string =>
  `actions:\n  - name: reset\n    supported_triggers:\n      - id: password-reset-post-challenge\n        version: v1\n    code: ${JSON.stringify(code)}\n`;

testRule(rule, {
  valid: [
    DB + resetAction("exports.onExecutePostChallenge = async (event, api) => { api.authentication.challengeWithAny([{ type: 'otp' }]); };"),
    {
      name: 'one challenging Action is enough',
      code:
        DB +
        resetAction("exports.onExecutePostChallenge = async (e, api) => { api.authentication.challengeWith({ type: 'email' }); };").replace(
          'actions:\n',
          'actions:\n  - name: log\n    supported_triggers: [{id: password-reset-post-challenge}]\n    code: "exports.x = 1;"\n',
        ),
    },
    {
      name: 'passwords turned off',
      code: 'databases:\n  - name: Users\n    strategy: auth0\n    options:\n      authentication_methods:\n        password:\n          enabled: false\nactions: []\n',
    },
    { name: 'no actions section', code: DB },
    { name: 'no databases section', code: 'actions: []\n' },
  ],
  invalid: [
    { code: `${DB}actions: []\n`, errors: [{ messageId: 'noAction', entity: 'Users', data: { name: 'Users' }, line: 2, column: 5 }] },
    {
      name: 'a reset Action without a challenge, located in its code',
      code: yaml`
        databases:
          - name: Users
            strategy: auth0
        actions:
          - name: reset
            supported_triggers: [{id: password-reset-post-challenge, version: v1}]
            code: |
              exports.onExecutePostChallenge = async (event, api) => {
                console.log(event.user.email);
              };
      `,
      errors: [{ messageId: 'noChallenge', entity: 'reset', line: 7, column: 11 }],
    },
    {
      name: 'in an API dump',
      format: 'api-dump',
      code: '{"connections": [{"name": "Users", "strategy": "auth0"}, {"name": "google", "strategy": "google-oauth2"}], "actions": []}',
      errors: [{ messageId: 'noAction', entity: 'Users', line: 1, column: 18 }],
    },
  ],
});
