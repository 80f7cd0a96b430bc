import { FEDERATION_CLIENTS } from '../../test/helpers/hardening-cases.js';
import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    app_type: regular_web\n    oidc_logout:\n      backchannel_logout_urls: [https://a.example.com/logout]\n',
    {
      name: 'the older field name',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    oidc_backchannel_logout:\n      backchannel_logout_urls: [https://a.example.com/logout]\n',
    },
    { name: 'single-page apps', code: 'clients:\n  - name: a\n    app_type: spa\n' },
    { name: 'a CIMD client', code: 'clients:\n  - name: a\n    app_type: regular_web\n    external_client_id: https://mcp.example.com/client.json\n' },
    { name: 'no user login', code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [client_credentials]\n' },
    ...FEDERATION_CLIENTS,
  ],
  invalid: [
    { code: 'clients:\n  - name: a\n    app_type: regular_web\n', errors: [{ messageId: 'missing', entity: 'a', path: '/app_type', line: 3, column: 15 }] },
    {
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    oidc_logout:\n      backchannel_logout_urls: []\n',
      errors: [{ messageId: 'missing', path: '/oidc_logout/backchannel_logout_urls', line: 6, column: 32 }],
    },
  ],
});
