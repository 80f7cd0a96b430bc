import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    refresh_token:\n      policies:\n        - audience: https://api.example.com\n          scope: [read:x]\n',
    'clients:\n  - name: a\n    refresh_token:\n      rotation_type: rotating\n',
    {
      name: 'another tenant domain given',
      code: 'clients:\n  - name: a\n    refresh_token:\n      policies:\n        - audience: https://other.eu.auth0.com/api/v2/\n',
      tenantDomain: 'mine.eu.auth0.com',
    },
  ],
  invalid: [
    {
      code: yaml`
        clients:
          - name: a
            refresh_token:
              policies:
                - audience: https://api.example.com
                - audience: https://example.eu.auth0.com/api/v2/
                  scope: [read:users]
      `,
      errors: [{ messageId: 'management', entity: 'a', path: '/refresh_token/policies/1/audience', line: 6, column: 21 }],
    },
    {
      name: 'a custom tenant domain',
      tenantDomain: 'login.example.com',
      code: 'clients:\n  - name: a\n    refresh_token:\n      policies:\n        - audience: https://login.example.com/api/v2/\n',
      errors: [{ messageId: 'management', line: 5, column: 21 }],
    },
  ],
});
