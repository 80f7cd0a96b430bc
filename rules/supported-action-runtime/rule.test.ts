import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'actions:\n  - name: a\n    runtime: node22\n',
    { name: 'no runtime', code: 'actions:\n  - name: a\n' },
    { name: 'a lowered minimum', code: 'actions:\n  - name: a\n    runtime: node18-actions\n', options: { minimumNodeVersion: 18 } },
  ],
  invalid: [
    {
      code: 'actions:\n  - name: a\n    runtime: node18-actions\n  - name: b\n    runtime: node12\n',
      errors: [
        { messageId: 'old', entity: 'a', path: '/runtime', data: { name: 'a', runtime: 'node18-actions', version: '18', minimum: 22 }, line: 3, column: 14 },
        { messageId: 'old', entity: 'b', line: 5, column: 14 },
      ],
    },
  ],
});
