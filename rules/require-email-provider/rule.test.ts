import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    "emailProvider:\n  name: sendgrid\n  enabled: true\n  credentials:\n    api_key: '##KEY##'\n",
    { name: 'no email provider section', code: 'tenant: {}\n' },
    { name: 'deploy-cli wrote null: not exported', code: 'emailProvider: null\n' },
  ],
  invalid: [
    { code: 'emailProvider: {}\n', errors: [{ messageId: 'none', entity: 'emailProvider', line: 1, column: 16 }] },
    { code: 'emailProvider:\n  name: ses\n  enabled: false\n', errors: [{ messageId: 'disabled', path: '/enabled', line: 3, column: 12 }] },
  ],
});
