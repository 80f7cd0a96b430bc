import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    yaml`
      resourceServers:
        - identifier: https://a.example.com
          subject_type_authorization:
            user: { policy: allow_all }
            client: { policy: deny_all }
    `,
    {
      name: 'system APIs are not reported',
      code: 'resourceServers:\n  - name: Auth0 My Account API\n    identifier: https://t.eu.auth0.com/me/\n    is_system: true\n',
    },
    {
      name: "the My Account API without is_system, as deploy-cli's example export writes it (auth0/auth0-deploy-cli@a00a055 examples/yaml/tenant.yaml)",
      code: 'resourceServers:\n  - name: Auth0 My Account API\n    identifier: "https://##AUTH0_DOMAIN##/me/"\n',
    },
    {
      name: 'the My Organization API of a known tenant',
      tenantDomain: 't.eu.auth0.com',
      code: 'resourceServers:\n  - identifier: https://t.eu.auth0.com/my-org/\n',
    },
    { name: 'the Management API is a system API', tenantDomain: 't.eu.auth0.com', code: 'resourceServers:\n  - identifier: https://t.eu.auth0.com/api/v2/\n' },
    {
      name: 'malformed values are left to valid-access-policy',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    subject_type_authorization: [user]\n',
    },
    {
      name: 'markers are left to no-unresolved-keywords',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    subject_type_authorization: "@@STA@@"\n',
    },
    {
      name: 'no field: prefer-require-client-grant already says the user policy was defaulted, so nothing is repeated here',
      code: 'resourceServers:\n  - name: Inventory\n    identifier: https://inventory.example.com\n',
    },
    {
      name: 'no user entry: prefer-require-client-grant reports it, the client entry is there',
      format: 'api-dump',
      code: '{"resource_servers": [{"identifier": "https://a.example.com", "subject_type_authorization": {"client": {"policy": "deny_all"}}}]}',
    },
    {
      name: "an empty object: the defaulted user policy is prefer-require-client-grant's",
      format: 'api-dump',
      code: '{"resource_servers": [{"identifier": "https://a.example.com", "subject_type_authorization": {}}]}',
    },
    {
      name: 'an empty entry is left to valid-access-policy',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    subject_type_authorization:\n      user:\n      client: { policy: deny_all }\n',
    },
  ],
  invalid: [
    {
      name: 'a missing client entry',
      code: yaml`
        resourceServers:
          - identifier: https://a.example.com
            subject_type_authorization:
              user:
                policy: require_client_grant
      `,
      errors: [{ messageId: 'missingClient', data: { api: 'https://a.example.com' }, path: '/subject_type_authorization/client', line: 3, column: 5 }],
    },
    {
      name: 'a /me/ API on a host other than the tenant is an ordinary API',
      tenantDomain: 't.eu.auth0.com',
      code: 'resourceServers:\n  - identifier: https://api.example.com/me/\n    subject_type_authorization:\n      user: { policy: deny_all }\n',
      errors: [{ messageId: 'missingClient', line: 3, column: 5 }],
    },
  ],
});
