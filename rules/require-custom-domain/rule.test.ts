import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'customDomains:\n  - domain: login.example.com\n    status: ready\n    tls_policy: recommended\n',
    {
      name: 'one ready domain is enough',
      code: 'customDomains:\n  - domain: a.example.com\n    status: pending_verification\n  - domain: b.example.com\n    status: ready\n',
    },
    { name: 'no status to judge', code: 'customDomains:\n  - domain: login.example.com\n    type: auth0_managed_certs\n' },
    { name: 'no section', code: 'tenant: {}\n' },
  ],
  invalid: [
    { code: 'customDomains: []\n', errors: [{ messageId: 'none', line: 1, column: 16 }] },
    {
      code: 'customDomains:\n  - domain: login.example.com\n    status: pending_verification\n    tls_policy: compatible\n',
      errors: [
        {
          messageId: 'notReady',
          entity: 'login.example.com',
          path: '/status',
          data: { name: 'login.example.com', status: 'pending_verification' },
          line: 3,
          column: 13,
        },
        { messageId: 'weakTls', path: '/tls_policy', line: 4, column: 17 },
      ],
    },
    {
      code: '{"custom_domains": [{"custom_domain_id": "cd_1", "domain": "login.example.com", "status": "failed"}]}',
      format: 'api-dump',
      errors: [{ messageId: 'notReady', entity: 'login.example.com', path: '/status', line: 1, column: 91 }],
    },
  ],
});
