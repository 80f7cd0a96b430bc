import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const tenant = (userPolicy: string, clientPolicy: string, grants: string): string =>
  yaml`
  clients:
    - name: Job
      app_type: non_interactive
  resourceServers:
    - name: Ledger
      identifier: https://ledger.example.com
      subject_type_authorization:
        user: { policy: ${userPolicy} }
        client: { policy: ${clientPolicy} }
  clientGrants:
` + grants;

testRule(rule, {
  valid: [
    {
      name: 'an anonymous_user grant (Anonymous Sessions beta) is valid; its policy is not the user or client one',
      code: tenant('deny_all', 'deny_all', '  - client_id: Job\n    audience: https://ledger.example.com\n    subject_type: anonymous_user\n'),
    },
    {
      name: 'client grant under require_client_grant',
      code: tenant('deny_all', 'require_client_grant', '  - client_id: Job\n    audience: https://ledger.example.com\n'),
    },
    {
      name: 'user grant when only the client policy is deny_all',
      code: tenant('require_client_grant', 'deny_all', '  - client_id: Job\n    audience: https://ledger.example.com\n    subject_type: user\n'),
    },
    { name: 'grant to an API not in the data', code: tenant('deny_all', 'deny_all', '  - client_id: Job\n    audience: https://other.example.com\n') },
  ],
  invalid: [
    {
      name: 'subject type absent (client): reported on the grant entry',
      code: tenant('require_client_grant', 'deny_all', '  - client_id: Job\n    audience: https://ledger.example.com\n'),
      errors: [{ messageId: 'deadGrant', entity: 'Job|https://ledger.example.com|client', path: '', line: 11, column: 5 }],
    },
    {
      name: 'user grant on a user deny_all: reported at subject_type',
      code: tenant('deny_all', 'require_client_grant', '  - client_id: Job\n    audience: https://ledger.example.com\n    subject_type: user\n'),
      errors: [
        { messageId: 'deadGrant', entity: 'Job|https://ledger.example.com|user', path: '/subject_type', line: 13, column: 19, endLine: 13, endColumn: 23 },
      ],
    },
  ],
});
