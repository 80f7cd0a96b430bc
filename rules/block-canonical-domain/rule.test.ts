import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const READY = 'customDomains:\n  - domain: login.example.com\n    status: ready\n';
const block = (hostnames: string, scope = 'authentication'): string =>
  `networkACLs:\n  - description: canonical\n    active: true\n    priority: 1\n    rule:\n      scope: ${scope}\n      action:\n        block: true\n      match:\n        hostnames: [${hostnames}]\n`;

testRule(rule, {
  valid: [
    { code: READY + block('acme.eu.auth0.com'), tenantDomain: 'acme.eu.auth0.com' },
    { name: 'a wildcard', code: READY + block('"*.auth0.com"', 'tenant'), tenantDomain: 'acme.eu.auth0.com' },
    { name: 'an auth0.com host blocked, the domain unknown', code: READY + block('acme.us.auth0.com') },
    { name: 'no ready custom domain', code: 'customDomains:\n  - domain: login.example.com\n    status: pending_verification\nnetworkACLs: []\n' },
    { name: 'no status', code: 'customDomains:\n  - domain: login.example.com\nnetworkACLs: []\n' },
    { name: 'no ACL section', code: READY },
  ],
  invalid: [
    {
      code: READY + block('other.eu.auth0.com'),
      tenantDomain: 'acme.eu.auth0.com',
      errors: [
        {
          messageId: 'notBlocked',
          entity: 'login.example.com',
          path: '/status',
          data: { name: 'login.example.com', domain: ' acme.eu.auth0.com' },
          line: 3,
          column: 13,
        },
      ],
    },
    {
      name: 'the domain from the Management API in the data',
      code: READY + 'networkACLs: []\nclientGrants:\n  - client_id: m\n    audience: https://acme.eu.auth0.com/api/v2/\n    scope: [read:users]\n',
      errors: [{ messageId: 'notBlocked', data: { name: 'login.example.com', domain: ' acme.eu.auth0.com' }, line: 3, column: 13 }],
    },
    {
      name: 'no blocking ACL on any host',
      code: READY + 'networkACLs: []\n',
      errors: [{ messageId: 'notBlocked', data: { name: 'login.example.com', domain: '' }, line: 3, column: 13 }],
    },
    { name: 'a block on another host, the domain unknown', code: READY + block('old.example.com'), errors: [{ messageId: 'undecided', line: 3, column: 13 }] },
  ],
});
