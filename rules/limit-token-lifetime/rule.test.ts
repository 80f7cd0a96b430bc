import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'resourceServers:\n  - identifier: https://a.example.com\n    token_lifetime: 86400\n    token_lifetime_for_web: 7200\n',
    { name: 'absent lifetimes use the defaults', code: 'resourceServers:\n  - identifier: https://a.example.com\n' },
    {
      name: 'web lifetime alone is not compared to an assumed default',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    token_lifetime_for_web: 100000\n',
    },
    { name: 'a raised limit', code: 'resourceServers:\n  - identifier: https://a.example.com\n    token_lifetime: 172800\n', options: { maxSeconds: 172800 } },
    {
      name: 'system APIs keep the lifetimes Auth0 gives them',
      code: 'resourceServers:\n  - identifier: urn:auth0:express-configure\n    is_system: true\n    token_lifetime: 300\n    token_lifetime_for_web: 7200\n',
    },
    { name: 'non-numbers are left alone', code: 'resourceServers:\n  - identifier: https://a.example.com\n    token_lifetime: "999999"\n' },
  ],
  invalid: [
    {
      name: 'over the default limit',
      code: yaml`
        resourceServers:
          - name: Orders
            identifier: https://orders.example.com
            token_lifetime: 2592000
      `,
      errors: [
        {
          messageId: 'tooLong',
          entity: 'https://orders.example.com',
          path: '/token_lifetime',
          data: { api: 'Orders', max: 86400, seconds: 2592000, duration: '30 days' },
          line: 4,
          column: 21,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'over a lowered limit',
      options: { maxSeconds: 3600 },
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    token_lifetime: 7200\n',
      errors: [{ messageId: 'tooLong', data: { api: 'https://a.example.com', max: 3600, seconds: 7200, duration: '2 hours' }, line: 3, column: 21 }],
    },
    {
      name: 'web lifetime above the lifetime',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    token_lifetime: 3600\n    token_lifetime_for_web: 7200\n',
      errors: [{ messageId: 'webLonger', path: '/token_lifetime_for_web', line: 4, column: 29 }],
    },
    {
      name: 'both at once',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    token_lifetime: 100000\n    token_lifetime_for_web: 200000\n',
      errors: [
        { messageId: 'tooLong', line: 3, column: 21 },
        { messageId: 'webLonger', line: 4, column: 29 },
      ],
    },
  ],
});
