import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'resourceServers:\n  - identifier: https://a.example.com\n    signing_alg: RS256\n',
    {
      name: 'absent alg is left alone',
      code: 'resourceServers:\n  - identifier: https://a.example.com\nclients:\n  - name: Customer Self-Service Web\n    jwt_configuration: {lifetime_in_seconds: 36000}\n',
    },
    { name: 'client with RS256', code: 'clients:\n  - name: Customer Self-Service Web\n    jwt_configuration:\n      alg: RS256\n' },
    { name: 'lower-case hs256 is no Auth0 value', code: 'clients:\n  - name: Customer Self-Service Web\n    jwt_configuration:\n      alg: hs256\n' },
  ],
  invalid: [
    {
      name: 'API with HS256',
      code: yaml`
        resourceServers:
          - name: Orders
            identifier: https://orders.example.com
            signing_alg: HS256
      `,
      errors: [{ messageId: 'api', entity: 'https://orders.example.com', path: '/signing_alg', line: 4, column: 18, endColumn: 23 }],
    },
    {
      name: 'client with HS256',
      code: yaml`
        clients:
          - name: Customer Self-Service Web
            jwt_configuration:
              alg: HS256
              secret_encoded: false
      `,
      errors: [{ messageId: 'client', entity: 'Customer Self-Service Web', path: '/jwt_configuration/alg', line: 4, column: 12 }],
    },
  ],
});
