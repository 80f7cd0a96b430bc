import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const tenant = (client: string, grant: string): string =>
  `clients:\n  - name: App\n${client}resourceServers:\n  - name: Orders\n    identifier: https://orders.example.com\nclientGrants:\n  - client_id: App\n    audience: https://orders.example.com\n${grant}`;

testRule(rule, {
  valid: [
    { name: 'M2M app, client grant', code: tenant('    app_type: non_interactive\n    grant_types: [client_credentials]\n', '') },
    { name: 'SPA, user grant', code: tenant('    app_type: spa\n    grant_types: [authorization_code, refresh_token]\n', '    subject_type: user\n') },
    {
      name: 'regular web app with both flows, client grant',
      code: tenant('    app_type: regular_web\n    grant_types: [authorization_code, client_credentials]\n', ''),
    },
    {
      name: 'token_endpoint_auth_method none with private-key JWT credentials is not public',
      code: tenant(
        '    app_type: non_interactive\n    token_endpoint_auth_method: none\n    client_authentication_methods:\n      private_key_jwt:\n        credentials: [{id: cred_1}]\n',
        '',
      ),
    },
    {
      name: 'self-signed mTLS credentials make the application confidential',
      code: tenant(
        '    token_endpoint_auth_method: none\n    client_authentication_methods:\n      self_signed_tls_client_auth:\n        credentials: [{id: cred_2}]\n    grant_types: [client_credentials]\n',
        '',
      ),
    },
    {
      name: 'M2M app that lists a user flow, user grant',
      code: tenant('    app_type: non_interactive\n    grant_types: [client_credentials, password]\n', '    subject_type: user\n'),
    },
    { name: 'no grant_types: defaults are unknown', code: tenant('    app_type: regular_web\n', '') },
    { name: 'grant_types from an unresolved marker', code: tenant('    app_type: regular_web\n    grant_types: ["##GRANT##"]\n', '') },
    { name: 'anonymous_user grants are not judged', code: tenant('    app_type: non_interactive\n', '    subject_type: anonymous_user\n') },
    { name: 'unknown application', code: 'clientGrants:\n  - client_id: Nobody\n    audience: https://orders.example.com\n' },
  ],
  invalid: [
    {
      name: 'token_endpoint_auth_method none and client_credentials, no app_type: public, so the grant is unusable (the same story as confidential-client-auth)',
      code: tenant('    token_endpoint_auth_method: none\n    grant_types: [client_credentials]\n', ''),
      errors: [{ messageId: 'publicApp', data: { client: 'App', api: 'Orders', why: 'token_endpoint_auth_method none' }, line: 9, column: 5 }],
    },
    {
      name: 'SPA with a client grant (no subject_type: reported on the grant)',
      code: tenant('    app_type: spa\n', ''),
      errors: [
        {
          messageId: 'publicApp',
          data: { client: 'App', api: 'Orders', why: 'app_type spa' },
          entity: 'App|https://orders.example.com|client',
          path: '',
          line: 8,
          column: 5,
        },
      ],
    },
    {
      name: 'token_endpoint_auth_method none with a client grant',
      code: tenant('    app_type: regular_web\n    token_endpoint_auth_method: none\n', '    subject_type: client\n'),
      errors: [
        { messageId: 'publicApp', data: { client: 'App', api: 'Orders', why: 'token_endpoint_auth_method none' }, path: '/subject_type', line: 11, column: 19 },
      ],
    },
    {
      name: 'grant_types without client_credentials',
      code: tenant('    app_type: regular_web\n    grant_types: [authorization_code]\n', ''),
      errors: [{ messageId: 'noClientCredentials', line: 9, column: 5 }],
    },
    {
      name: 'M2M app with a user grant',
      code: tenant('    app_type: non_interactive\n', '    subject_type: user\n'),
      errors: [{ messageId: 'machineUserGrant', path: '/subject_type', line: 10, column: 19 }],
    },
    {
      name: 'user grant to an app with only client_credentials',
      code: tenant('    app_type: regular_web\n    grant_types: [client_credentials]\n', '    subject_type: user\n'),
      errors: [{ messageId: 'noUserFlow', line: 11, column: 19 }],
    },
  ],
});
