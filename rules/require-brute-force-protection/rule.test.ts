import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'attackProtection:\n  bruteForceProtection:\n    enabled: true\n    shields: [block]\n',
    { name: 'shields not written', code: 'attackProtection:\n  bruteForceProtection:\n    enabled: true\n' },
    { name: 'no attack protection section', code: 'tenant: {}\n' },
    { name: 'API dump', format: 'api-dump', code: '{"attack_protection": {"brute_force_protection": {"enabled": true, "shields": ["block"]}}}' },
  ],
  invalid: [
    {
      code: 'attackProtection:\n  bruteForceProtection:\n    enabled: false\n    shields: []\n',
      errors: [{ messageId: 'off', entity: 'bruteForceProtection', path: '/enabled', line: 3, column: 14 }],
    },
    {
      code: 'attackProtection:\n  bruteForceProtection:\n    enabled: true\n    shields:\n      - user_notification\n',
      errors: [{ messageId: 'noBlock', path: '/shields', line: 4, column: 5 }],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"attack_protection": {"brute_force_protection": {"enabled": false}}}',
      errors: [{ messageId: 'off', line: 1, column: 62 }],
    },
  ],
});
