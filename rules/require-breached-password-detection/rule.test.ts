import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const off = 'attackProtection:\n  breachedPasswordDetection:\n    enabled: false\n';

testRule(rule, {
  valid: [
    'attackProtection:\n  breachedPasswordDetection:\n    enabled: true\n',
    'attackProtection: {}\n',
    'tenant: {}\n',
    {
      name: 'a tenant whose export lists no database connection has no password to check',
      code: yaml`
        databases: []
        connections:
          - name: email
            strategy: email
          - name: github
            strategy: github
        attackProtection:
          breachedPasswordDetection:
            enabled: false
      `,
    },
  ],
  invalid: [
    { code: off, errors: [{ messageId: 'off', entity: 'breachedPasswordDetection', path: '/enabled', line: 3, column: 14 }] },
    {
      name: 'with a database connection',
      code: `databases:\n  - name: Customers\n    strategy: auth0\n${off}`,
      errors: [{ messageId: 'off', entity: 'breachedPasswordDetection', path: '/enabled', line: 6, column: 14 }],
    },
  ],
});
