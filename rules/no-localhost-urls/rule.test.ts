import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: Web\n    callbacks: [https://a.example.com/cb]\n',
    {
      name: 'look-alike hosts are not loopback',
      code: 'clients:\n  - name: Web\n    callbacks: ["https://localhost.example.com/cb", "https://127.0.0.1.nip.io/cb", "https://my-localhost/cb"]\n',
    },
    { name: 'marker as host', code: "clients:\n  - name: Web\n    callbacks: ['http://##HOST##:3000/cb']\n" },
    {
      name: 'native apps redirect to a loopback IP by design (RFC 8252)',
      code: 'clients:\n  - name: Desktop\n    app_type: native\n    callbacks: ["http://127.0.0.1:8400/callback", "http://[::1]:8400/callback"]\n',
    },
    { name: 'other fields are not URL settings', code: 'clients:\n  - name: Web\n    description: http://localhost:3000\n' },
  ],
  invalid: [
    {
      name: 'a native app on localhost, or on a loopback IP outside callbacks, is still reported',
      code: 'clients:\n  - name: Desktop\n    app_type: native\n    callbacks: ["http://localhost:8400/callback"]\n    allowed_logout_urls: ["http://127.0.0.1:8400"]\n',
      errors: [
        { messageId: 'loopback', path: '/callbacks/0', line: 4, column: 17 },
        { messageId: 'loopback', path: '/allowed_logout_urls/0', line: 5, column: 27 },
      ],
    },
    {
      name: 'localhost callback and origin',
      code: yaml`
        clients:
          - name: Storefront
            callbacks:
              - https://shop.example.com/cb
              - http://localhost:3000/cb
            web_origins: [http://localhost:3000]
      `,
      errors: [
        { messageId: 'loopback', entity: 'Storefront', path: '/callbacks/1', line: 5, column: 9, endColumn: 33 },
        {
          messageId: 'loopback',
          path: '/web_origins/0',
          data: { client: 'Storefront', url: 'http://localhost:3000', field: 'web_origins' },
          line: 6,
          column: 19,
        },
      ],
    },
    {
      name: '127.0.0.1, [::1] and https://localhost',
      code: 'clients:\n  - name: Web\n    allowed_logout_urls: ["http://127.0.0.1:8080", "http://[::1]/", "https://LOCALHOST/"]\n',
      errors: [
        { messageId: 'loopback', path: '/allowed_logout_urls/0', line: 3, column: 27 },
        { messageId: 'loopback', path: '/allowed_logout_urls/1', line: 3, column: 52 },
        { messageId: 'loopback', path: '/allowed_logout_urls/2', line: 3, column: 69 },
      ],
    },
  ],
});
