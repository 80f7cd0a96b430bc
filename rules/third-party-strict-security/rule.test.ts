import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    is_first_party: false\n    third_party_security_mode: strict\n    redirection_policy: open_redirect_protection\n',
    { name: 'first-party apps are not concerned', code: 'clients:\n  - name: a\n    third_party_security_mode: permissive\n' },
    { name: 'an absent mode is not guessed', code: 'clients:\n  - name: a\n    is_first_party: false\n' },
  ],
  invalid: [
    {
      code: 'clients:\n  - name: Reviews Widget\n    is_first_party: false\n    third_party_security_mode: permissive\n    redirection_policy: allow_always\n',
      errors: [
        { messageId: 'permissive', entity: 'Reviews Widget', path: '/third_party_security_mode', line: 4, column: 32 },
        { messageId: 'allowAlways', path: '/redirection_policy', line: 5, column: 25 },
      ],
    },
  ],
});
