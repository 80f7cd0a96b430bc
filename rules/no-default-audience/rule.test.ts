import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ["tenant:\n  default_audience: ''\n", 'tenant:\n  friendly_name: x\n', 'clients: []\n'],
  invalid: [
    {
      code: 'tenant:\n  default_audience: https://api.example.com\n',
      errors: [{ messageId: 'set', entity: 'tenant', path: '/default_audience', data: { audience: 'https://api.example.com' }, line: 2, column: 21 }],
    },
  ],
});
