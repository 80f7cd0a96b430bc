import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['attackProtection:\n  suspiciousIpThrottling:\n    enabled: true\n    shields: [block, admin_notification]\n', 'tenant: {}\n'],
  invalid: [
    { code: 'attackProtection:\n  suspiciousIpThrottling:\n    enabled: false\n', errors: [{ messageId: 'off', path: '/enabled', line: 3, column: 14 }] },
    {
      code: 'attackProtection:\n  suspiciousIpThrottling:\n    enabled: true\n    shields: [admin_notification]\n',
      errors: [{ messageId: 'noBlock', path: '/shields', line: 4, column: 14 }],
    },
  ],
});
