import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: ['clients:\n  - name: a\n    cross_origin_authentication: false\n', 'clients:\n  - name: a\n'],
  invalid: [
    { code: 'clients:\n  - name: a\n    cross_origin_authentication: true\n', errors: [{ messageId: 'on', entity: 'a', path: '/cross_origin_authentication', line: 3, column: 34 }] },
  ],
});
