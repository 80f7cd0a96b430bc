import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['rules:\n  - name: r\n    enabled: false\nhooks:\n  - name: h\n    enabled: false\n  - name: g\n', 'rules: []\n', 'tenant: {}\n'],
  invalid: [
    {
      code: 'rules:\n  - name: r\n    enabled: true\n  - name: s\nhooks:\n  - name: h\n    enabled: true\n',
      errors: [
        { messageId: 'rule', entity: 'r', path: '/enabled', line: 3, column: 14 },
        { messageId: 'rule', entity: 's', path: '', line: 4, column: 5 },
        { messageId: 'hook', entity: 'h', line: 7, column: 14 },
      ],
    },
  ],
});
