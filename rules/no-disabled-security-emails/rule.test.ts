import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'emailTemplates:\n  - template: verify_email\n    enabled: true\n',
    { name: 'other templates may be off', code: 'emailTemplates:\n  - template: welcome_email\n    enabled: false\n' },
    { name: 'no templates customized', code: 'emailTemplates: []\n' },
    { name: 'no email templates section', code: 'tenant: {}\n' },
  ],
  invalid: [
    {
      code: 'emailTemplates:\n  - template: verify_email\n    enabled: false\n  - template: blocked_account\n    enabled: false\n',
      errors: [
        {
          messageId: 'disabled',
          entity: 'verify_email',
          path: '/enabled',
          data: { template: 'verify_email', what: 'verification emails', effect: 'sign-ups keep unverified addresses unless you verify them another way' },
          line: 3,
          column: 14,
        },
        { messageId: 'disabled', entity: 'blocked_account', path: '/enabled', line: 5, column: 14 },
      ],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"email_templates": [{"template": "mfa_oob_code", "enabled": false}]}',
      errors: [{ messageId: 'disabled', entity: 'mfa_oob_code', line: 1, column: 62 }],
    },
  ],
});
