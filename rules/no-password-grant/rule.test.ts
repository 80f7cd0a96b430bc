import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: Web\n    grant_types: [authorization_code, refresh_token]\n',
    { name: 'absent grant_types is left alone (defaults depend on the app)', code: 'clients:\n  - name: Web\n    app_type: regular_web\n' },
    { name: 'other Auth0 extension grants are fine', code: 'clients:\n  - name: Web\n    grant_types: ["http://auth0.com/oauth/grant-type/mfa-otp"]\n' },
    { name: 'a grant_types that is no list is ignored', code: 'clients:\n  - name: Web\n    grant_types: password\n' },
  ],
  invalid: [
    {
      name: 'password points at its list item',
      code: yaml`
        clients:
          - name: Legacy
            grant_types:
              - authorization_code
              - password
      `,
      errors: [
        {
          messageId: 'password',
          entity: 'Legacy',
          path: '/grant_types/1',
          data: { client: 'Legacy', grantType: 'password' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'password-realm, in a flow list',
      code: 'clients:\n  - name: Legacy\n    grant_types: [implicit, "http://auth0.com/oauth/grant-type/password-realm"]\n',
      errors: [
        {
          messageId: 'password',
          path: '/grant_types/1',
          data: { client: 'Legacy', grantType: 'http://auth0.com/oauth/grant-type/password-realm' },
          line: 3,
          column: 29,
        },
      ],
    },
    {
      name: 'both in one client: two findings',
      code: 'clients:\n  - name: Legacy\n    grant_types: [password, "http://auth0.com/oauth/grant-type/password-realm"]\n',
      errors: [
        { messageId: 'password', path: '/grant_types/0', line: 3, column: 19 },
        { messageId: 'password', path: '/grant_types/1', line: 3, column: 29 },
      ],
    },
    {
      name: 'API dump: the entity is keyed by client_id',
      format: 'api-dump',
      code: '{"clients": [{"client_id": "abc", "name": "Legacy", "grant_types": ["password"]}]}',
      errors: [{ messageId: 'password', entity: 'abc', path: '/grant_types/0', line: 1, column: 69 }],
    },
  ],
});
