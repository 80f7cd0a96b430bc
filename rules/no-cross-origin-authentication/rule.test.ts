import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    web_origins: [https://shop.example.com]\n    cross_origin_authentication: false\n',
    'clients:\n  - name: a\n    callbacks: [https://shop.example.com/callback]\n',
    // A machine-to-machine application created with the switch on: no origin can use it for a login page.
    'clients:\n  - name: Billing Worker\n    app_type: non_interactive\n    grant_types: [client_credentials]\n    cross_origin_authentication: true\n',
    'clients:\n  - name: Mobile\n    app_type: native\n    callbacks: []\n    web_origins: []\n    cross_origin_authentication: true\n',
    {
      name: 'a machine-to-machine application with origins: without a browser grant no cross-origin login completes',
      code: 'clients:\n  - name: m\n    app_type: non_interactive\n    web_origins: [https://shop.example.com]\n    cross_origin_authentication: true\n',
    },
  ],
  invalid: [
    {
      code: 'clients:\n  - name: a\n    web_origins: [https://shop.example.com]\n    cross_origin_authentication: true\n',
      errors: [{ messageId: 'on', entity: 'a', path: '/cross_origin_authentication', line: 4, column: 34 }],
    },
    {
      code: 'clients:\n  - name: Portal\n    app_type: regular_web\n    callbacks: [https://portal.example.com/callback]\n    cross_origin_authentication: true\n',
      errors: [{ messageId: 'on', entity: 'Portal', path: '/cross_origin_authentication', line: 5, column: 34 }],
    },
    {
      code: "clients:\n  - name: Shop\n    allowed_origins: '@@SHOP_ORIGINS@@'\n    cross_origin_authentication: true\n",
      errors: [{ messageId: 'on', entity: 'Shop', path: '/cross_origin_authentication', line: 4, column: 34 }],
    },
  ],
});
