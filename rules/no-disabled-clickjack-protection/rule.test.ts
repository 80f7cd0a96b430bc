import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['tenant:\n  flags:\n    disable_clickjack_protection_headers: false\n', 'tenant: {}\n', 'clients: []\n'],
  invalid: [
    {
      code: 'tenant:\n  flags:\n    disable_clickjack_protection_headers: true\n',
      errors: [{ messageId: 'disabled', entity: 'tenant', path: '/flags/disable_clickjack_protection_headers', line: 3, column: 43 }],
    },
  ],
});
