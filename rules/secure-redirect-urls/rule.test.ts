import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: Web\n    callbacks: [https://a.example.com/cb]\n    initiate_login_uri: https://a.example.com/login\n',
    {
      name: 'loopback over http',
      code: 'clients:\n  - name: Web\n    callbacks: ["http://localhost:3000/cb", "http://127.0.0.1/cb", "http://[::1]:8080/cb"]\n',
    },
    {
      name: 'wildcard subdomains in origins and logout URLs',
      code: 'clients:\n  - name: Web\n    web_origins: ["https://*.example.com"]\n    allowed_origins: ["https://*.example.com"]\n    allowed_logout_urls: ["https://*.example.com"]\n',
    },
    { name: 'custom schemes of native apps', code: 'clients:\n  - name: App\n    callbacks: ["com.example.app://login.example.com/ios/callback"]\n' },
    {
      name: 'marker in the host: unknown value',
      code: "clients:\n  - name: Web\n    callbacks: ['http://##APP_HOST##/cb', '##APP_URL##/cb', 'http://app-##ENV##.example.com/cb']\n",
    },
    {
      name: 'mapped marker resolving to https',
      code: "clients:\n  - name: Web\n    callbacks: ['##APP_URL##/cb']\n",
      mappings: { APP_URL: 'https://a.example.com' },
    },
    { name: 'https in upper case', code: 'clients:\n  - name: Web\n    callbacks: [HTTPS://a.example.com/cb]\n' },
  ],
  invalid: [
    {
      name: 'http callback points at its list item',
      code: yaml`
        clients:
          - name: Storefront
            callbacks:
              - https://shop.example.com/cb
              - http://shop.example.com/cb
      `,
      errors: [
        {
          messageId: 'plainHttp',
          entity: 'Storefront',
          path: '/callbacks/1',
          data: { client: 'Storefront', url: 'http://shop.example.com/cb', field: 'callbacks' },
          line: 5,
          column: 9,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'wildcard callback',
      code: 'clients:\n  - name: Web\n    callbacks: ["https://*.example.com/cb"]\n',
      errors: [{ messageId: 'wildcardCallback', path: '/callbacks/0', line: 3, column: 17 }],
    },
    {
      name: 'http and wildcard on one callback: two findings',
      code: 'clients:\n  - name: Web\n    callbacks: ["http://*.example.com/cb"]\n',
      errors: [
        { messageId: 'plainHttp', line: 3, column: 17 },
        { messageId: 'wildcardCallback', line: 3, column: 17 },
      ],
    },
    {
      name: 'every URL field, and initiate_login_uri as a single value',
      code: yaml`
        clients:
          - name: Web
            allowed_logout_urls: [http://a.example.com]
            web_origins: [http://a.example.com]
            allowed_origins: ["http://*.example.com"]
            initiate_login_uri: http://a.example.com/login
      `,
      errors: [
        { messageId: 'plainHttp', path: '/allowed_logout_urls/0', line: 3, column: 27 },
        { messageId: 'plainHttp', path: '/web_origins/0', line: 4, column: 19 },
        { messageId: 'plainHttp', path: '/allowed_origins/0', line: 5, column: 23 },
        { messageId: 'plainHttp', path: '/initiate_login_uri', line: 6, column: 25 },
      ],
    },
    {
      name: 'a marker in the path does not hide an http host',
      code: "clients:\n  - name: Web\n    callbacks: ['http://a.example.com/##PATH##']\n",
      errors: [{ messageId: 'plainHttp', line: 3, column: 17 }],
    },
    {
      name: 'a host that only starts like localhost is not loopback',
      code: 'clients:\n  - name: Web\n    callbacks: ["http://localhost.example.com/cb", "http://user@127.0.0.1.evil.com/cb"]\n',
      errors: [
        { messageId: 'plainHttp', path: '/callbacks/0', line: 3, column: 17 },
        { messageId: 'plainHttp', path: '/callbacks/1', line: 3, column: 52 },
      ],
    },
  ],
});
