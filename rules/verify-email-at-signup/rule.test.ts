import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const database = (method: string): string =>
  `databases:\n  - name: users\n    strategy: auth0\n    options:\n      attributes:\n        email:\n          verification_method: ${method}\n`;

testRule(rule, {
  valid: [
    database('otp'),
    { name: 'no flexible identifiers', code: 'databases:\n  - name: users\n    strategy: auth0\n    options:\n      passwordPolicy: good\n' },
    { name: 'no database section', code: 'tenant: {}\n' },
  ],
  invalid: [
    { code: database('link'), errors: [{ messageId: 'link', entity: 'users', path: '/options/attributes/email/verification_method', line: 7, column: 32 }] },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"connections": [{"name": "users", "strategy": "auth0", "options": {"attributes": {"email": {"verification_method": "link"}}}}]}',
      errors: [{ messageId: 'link', entity: 'users', line: 1, column: 117 }],
    },
  ],
});
