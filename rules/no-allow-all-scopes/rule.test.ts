import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clientGrants:\n  - client_id: Job\n    audience: https://ledger.example.com\n    scope: [ledger:read]\n',
    'clientGrants:\n  - client_id: Job\n    audience: https://ledger.example.com\n    allow_all_scopes: false\n',
    {
      name: 'the Management API is left to management-api-least-privilege',
      code: 'clientGrants:\n  - client_id: Job\n    audience: https://acme.eu.auth0.com/api/v2/\n    allow_all_scopes: true\n',
    },
  ],
  invalid: [
    {
      code: 'resourceServers:\n  - name: Ledger\n    identifier: https://ledger.example.com\nclientGrants:\n  - client_id: Job\n    audience: https://ledger.example.com\n    allow_all_scopes: true\n',
      errors: [
        {
          messageId: 'allowAll',
          data: { client: 'Job', api: 'Ledger' },
          entity: 'Job|https://ledger.example.com|client',
          path: '/allow_all_scopes',
          line: 7,
          column: 23,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'an API dump',
      format: 'api-dump',
      code: '{"client_grants": [{"client_id": "x", "audience": "https://ledger.example.com", "allow_all_scopes": true}]}',
      errors: [{ messageId: 'allowAll', line: 1, column: 101 }],
    },
  ],
});
