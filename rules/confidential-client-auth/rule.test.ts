import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: Nightly Billing Reconciler\n    app_type: non_interactive\n    token_endpoint_auth_method: client_secret_basic\n',
    { name: 'public apps use none', code: 'clients:\n  - name: SPA\n    app_type: spa\n    token_endpoint_auth_method: none\n' },
    { name: 'native apps use none', code: 'clients:\n  - name: App\n    app_type: native\n    token_endpoint_auth_method: none\n' },
    { name: 'absent method is left alone', code: 'clients:\n  - name: Customer Self-Service Web\n    app_type: regular_web\n' },
    { name: 'absent app_type is left alone', code: 'clients:\n  - name: Customer Self-Service Web\n    token_endpoint_auth_method: none\n' },
    ...['private_key_jwt', 'tls_client_auth', 'self_signed_tls_client_auth'].map((method) => ({
      name: `${method} in client_authentication_methods counts as client authentication`,
      code: `clients:\n  - name: Nightly Billing Reconciler\n    app_type: non_interactive\n    token_endpoint_auth_method: none\n    client_authentication_methods:\n      ${method}:\n        credentials: [{id: cred_1}]\n`,
    })),
  ],
  invalid: [
    {
      name: 'non_interactive with none',
      code: yaml`
        clients:
          - name: Nightly Billing Reconciler
            app_type: non_interactive
            token_endpoint_auth_method: none
      `,
      errors: [
        {
          messageId: 'noneMachine',
          entity: 'Nightly Billing Reconciler',
          data: { client: 'Nightly Billing Reconciler' },
          path: '/token_endpoint_auth_method',
          line: 4,
          column: 33,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'regular_web in an API dump',
      format: 'api-dump',
      code: '{"clients": [{"client_id": "x1", "app_type": "regular_web", "token_endpoint_auth_method": "none"}]}',
      errors: [{ messageId: 'none', entity: 'x1', data: { client: 'x1' }, line: 1, column: 91 }],
    },
    {
      name: 'a client_authentication_methods entry set to null is no credential',
      format: 'api-dump',
      code: '{"clients": [{"client_id": "x2", "app_type": "regular_web", "token_endpoint_auth_method": "none", "client_authentication_methods": {"private_key_jwt": null}}]}',
      errors: [{ messageId: 'none', entity: 'x2', line: 1, column: 91 }],
    },
  ],
});
