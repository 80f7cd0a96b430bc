import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'logStreams:\n  - name: a\n    status: active\n',
    { name: 'no status is active', code: 'logStreams:\n  - name: a\n' },
    { name: 'one active is enough', code: 'logStreams:\n  - name: a\n    status: paused\n  - name: b\n    status: active\n' },
    { name: 'no section', code: 'tenant: {}\n' },
  ],
  invalid: [
    { code: 'logStreams: []\n', errors: [{ messageId: 'none', line: 1, column: 13 }] },
    {
      code: 'logStreams:\n  - name: a\n    status: suspended\n',
      errors: [{ messageId: 'inactive', entity: 'a', path: '/status', data: { name: 'a', status: 'suspended' }, line: 3, column: 13 }],
    },
  ],
});
