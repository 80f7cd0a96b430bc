import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'tenant:\n  session_lifetime: 168\n  idle_session_lifetime: 72\n',
    { name: 'defaults when absent', code: 'tenant:\n  friendly_name: x\n' },
    { name: 'minutes after deploy-cli parsing', code: 'tenant:\n  session_lifetime_in_minutes: 10080\n  idle_session_lifetime_in_minutes: 4320\n' },
    { name: 'a raised bound', code: 'tenant:\n  session_lifetime: 720\n', options: { maxHours: 720 } },
  ],
  invalid: [
    {
      code: 'tenant:\n  session_lifetime: 720\n  idle_session_lifetime: 168\n',
      errors: [
        { messageId: 'tooLong', entity: 'tenant', path: '/session_lifetime', data: { field: 'session_lifetime', hours: 720, max: 168 }, line: 2, column: 21 },
        { messageId: 'tooLong', path: '/idle_session_lifetime', data: { field: 'idle_session_lifetime', hours: 168, max: 72 }, line: 3, column: 26 },
      ],
    },
    {
      name: 'minutes are read as minutes',
      code: 'tenant:\n  idle_session_lifetime_in_minutes: 600\n',
      options: { maxIdleHours: 8 },
      errors: [
        {
          messageId: 'tooLong',
          path: '/idle_session_lifetime_in_minutes',
          data: { field: 'idle_session_lifetime_in_minutes', hours: 10, max: 8 },
          line: 2,
          column: 37,
        },
      ],
    },
    {
      name: 'ephemeral sessions too',
      code: 'tenant:\n  ephemeral_session_lifetime: 200\n',
      errors: [{ messageId: 'tooLong', path: '/ephemeral_session_lifetime', line: 2, column: 31 }],
    },
  ],
});
