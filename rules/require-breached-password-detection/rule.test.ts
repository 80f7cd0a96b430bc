import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['attackProtection:\n  breachedPasswordDetection:\n    enabled: true\n', 'attackProtection: {}\n', 'tenant: {}\n'],
  invalid: [
    {
      code: 'attackProtection:\n  breachedPasswordDetection:\n    enabled: false\n',
      errors: [{ messageId: 'off', entity: 'breachedPasswordDetection', path: '/enabled', line: 3, column: 14 }],
    },
  ],
});
