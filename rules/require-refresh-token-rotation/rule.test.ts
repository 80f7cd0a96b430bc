import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: SPA\n    app_type: spa\n    grant_types: [authorization_code, refresh_token]\n    refresh_token:\n      rotation_type: rotating\n',
    { name: 'no refresh_token grant', code: 'clients:\n  - name: SPA\n    app_type: spa\n    grant_types: [authorization_code]\n' },
    { name: 'grant_types absent: unknown whether refresh tokens are used', code: 'clients:\n  - name: SPA\n    app_type: native\n' },
    {
      name: 'confidential apps are left alone',
      code: 'clients:\n  - name: Web\n    app_type: regular_web\n    grant_types: [refresh_token]\n    refresh_token:\n      rotation_type: non-rotating\n',
    },
    {
      name: "app_type absent and no token_endpoint_auth_method: confidential by Auth0's rule",
      code: 'clients:\n  - name: X\n    grant_types: [refresh_token]\n',
    },
    {
      name: 'token_endpoint_auth_method none with private-key JWT credentials is confidential',
      code: 'clients:\n  - name: X\n    token_endpoint_auth_method: none\n    client_authentication_methods:\n      private_key_jwt:\n        credentials: [{id: cred_1}]\n    grant_types: [refresh_token]\n',
    },
    {
      name: 'Token Vault: its refresh-token exchange requires rotation off',
      code: yaml`
        clients:
          - name: Assistant
            app_type: native
            grant_types:
              - refresh_token
              - urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token
            refresh_token:
              rotation_type: non-rotating
      `,
    },
    {
      name: 'leeway at the bound',
      code: 'clients:\n  - name: SPA\n    app_type: spa\n    grant_types: [refresh_token]\n    refresh_token: {rotation_type: rotating, leeway: 60}\n',
    },
    {
      name: 'a long leeway on an application that does not use refresh tokens',
      code: 'clients:\n  - name: Web\n    grant_types: [authorization_code]\n    refresh_token: {rotation_type: rotating, leeway: 3600}\n',
    },
    { name: 'maxLeeway raised', options: { maxLeeway: 3600 }, code: 'clients:\n  - name: Web\n    refresh_token: {rotation_type: rotating, leeway: 3600}\n' },
    {
      name: 'a long leeway without rotation is left to the rotation check',
      code: 'clients:\n  - name: Web\n    app_type: regular_web\n    grant_types: [refresh_token]\n    refresh_token: {rotation_type: non-rotating, leeway: 3600}\n',
    },
  ],
  invalid: [
    {
      name: 'a public client known only by token_endpoint_auth_method none, without app_type',
      format: 'api-dump',
      code: '{"clients": [{"client_id": "c1", "name": "Kiosk", "token_endpoint_auth_method": "none", "grant_types": ["authorization_code", "refresh_token"],\n  "refresh_token": {"rotation_type": "non-rotating"}}]}',
      errors: [
        { messageId: 'nonRotating', data: { client: 'Kiosk', why: 'token_endpoint_auth_method none', rotationType: 'non-rotating' }, line: 2, column: 38 },
      ],
    },
    {
      name: 'a reuse interval of a day on a confidential application',
      code: yaml`
        clients:
          - name: Portal
            app_type: regular_web
            grant_types: [authorization_code, refresh_token]
            refresh_token:
              rotation_type: rotating
              leeway: 86400
      `,
      errors: [
        { messageId: 'longLeeway', data: { client: 'Portal', leeway: '86400 seconds (1 day)', max: 60 }, path: '/refresh_token/leeway', line: 7, column: 15 },
      ],
    },
    {
      name: 'a year of leeway on a public app, grant_types absent, against a lowered bound',
      options: { maxLeeway: 10 },
      format: 'api-dump',
      code: '{"clients": [{"client_id": "c2", "app_type": "spa", "refresh_token": {"rotation_type": "rotating", "leeway": 31536000}}]}',
      errors: [{ messageId: 'longLeeway', data: { client: 'c2', leeway: '31536000 seconds (365 days)', max: 10 }, line: 1, column: 110 }],
    },
    {
      name: 'explicit non-rotating points at the value',
      code: yaml`
        clients:
          - name: Mobile
            app_type: native
            grant_types: [authorization_code, refresh_token]
            refresh_token:
              rotation_type: non-rotating
      `,
      errors: [{ messageId: 'nonRotating', entity: 'Mobile', path: '/refresh_token/rotation_type', line: 6, column: 22, endColumn: 34 }],
    },
    {
      name: 'refresh_token block without rotation_type: points at the block',
      code: yaml`
        clients:
          - name: SPA
            app_type: spa
            grant_types: [refresh_token]
            refresh_token:
              leeway: 0
      `,
      errors: [{ messageId: 'unset', line: 5, column: 5 }],
    },
    {
      name: 'no refresh_token settings at all: points at the client',
      code: 'clients:\n  - name: SPA\n    app_type: spa\n    grant_types: [refresh_token]\n',
      errors: [{ messageId: 'unset', path: '/refresh_token/rotation_type', line: 2, column: 5 }],
    },
  ],
});
