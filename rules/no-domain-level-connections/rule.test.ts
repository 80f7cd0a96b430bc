import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'databases:\n  - name: users\n    strategy: auth0\n    is_domain_connection: false\n',
    { name: 'not written', code: 'connections:\n  - name: google\n    strategy: google-oauth2\n' },
    { name: 'no connection sections', code: 'tenant: {}\n' },
  ],
  invalid: [
    {
      code: 'databases:\n  - name: users\n    strategy: auth0\n    is_domain_connection: true\nconnections:\n  - name: google\n    strategy: google-oauth2\n    is_domain_connection: true\n',
      errors: [
        { messageId: 'promoted', entity: 'users', path: '/is_domain_connection', line: 4, column: 27 },
        { messageId: 'promoted', entity: 'google', path: '/is_domain_connection', line: 8, column: 27 },
      ],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"connections": [{"name": "sso", "strategy": "samlp", "is_domain_connection": true}]}',
      errors: [{ messageId: 'promoted', entity: 'sso', line: 1, column: 79 }],
    },
  ],
});
