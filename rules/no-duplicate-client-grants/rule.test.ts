import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const tenant = (grants: string): string =>
  yaml`
  clients:
    - name: Job
      client_id: job123
  clientGrants:
` + grants;

testRule(rule, {
  valid: [
    {
      name: 'a user and an anonymous_user grant for the same application and API are two grants',
      code: tenant(
        '  - client_id: Job\n    audience: https://a.example.com\n    subject_type: user\n  - client_id: Job\n    audience: https://a.example.com\n    subject_type: anonymous_user\n',
      ),
    },
    {
      name: 'one user and one client grant',
      code: tenant(
        '  - client_id: Job\n    audience: https://a.example.com\n  - client_id: Job\n    audience: https://a.example.com\n    subject_type: user\n',
      ),
    },
    {
      name: 'different APIs',
      code: tenant('  - client_id: Job\n    audience: https://a.example.com\n  - client_id: Job\n    audience: https://b.example.com\n'),
    },
    {
      name: 'different applications',
      code: tenant('  - client_id: Job\n    audience: https://a.example.com\n  - client_id: Other\n    audience: https://a.example.com\n'),
    },
    {
      name: 'markers are not compared',
      code: tenant('  - client_id: "##APP##"\n    audience: https://a.example.com\n  - client_id: "##APP##"\n    audience: https://a.example.com\n'),
    },
  ],
  invalid: [
    {
      name: 'by name and by id, audience with a trailing slash, subject type written or not',
      code: tenant(
        '  - client_id: Job\n    audience: https://a.example.com\n  - client_id: job123\n    audience: https://A.example.com/\n    subject_type: client\n',
      ),
      errors: [{ messageId: 'duplicate', entity: 'job123|https://A.example.com/|client', path: '', line: 7, column: 5 }],
    },
    {
      name: 'three copies: two findings',
      code: tenant(
        '  - client_id: Job\n    audience: https://a.example.com\n  - client_id: Job\n    audience: https://a.example.com\n  - client_id: Job\n    audience: https://a.example.com\n',
      ),
      errors: [
        { messageId: 'duplicate', line: 7, column: 5 },
        { messageId: 'duplicate', line: 9, column: 5 },
      ],
    },
    {
      name: 'default_for grants',
      format: 'api-dump',
      code: '{"client_grants": [\n {"default_for": "third_party_clients", "audience": "https://a.example.com"},\n {"default_for": "third_party_clients", "audience": "https://a.example.com"}]}',
      errors: [{ messageId: 'duplicate', line: 3, column: 2 }],
    },
  ],
});
