import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const dump = (policy: string): string =>
  `{"resource_servers": [\n  {"name": "Auth0 Management API", "identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true,\n   "subject_type_authorization": {"user": {"policy": "${policy}"}, "client": {"policy": "require_client_grant"}}}\n]}\n`;

const selfService = (path: string, policy: string, system = ', "is_system": true'): string =>
  `{"resource_servers": [\n  {"name": "Self-service", "identifier": "https://t.eu.auth0.com/${path}/"${system},\n   "subject_type_authorization": {"user": {"policy": "${policy}"}, "client": {"policy": "deny_all"}}}\n]}\n`;

testRule(rule, {
  valid: [
    { name: 'require_client_grant', format: 'api-dump', code: dump('require_client_grant') },
    { name: 'deny_all', format: 'api-dump', code: dump('deny_all') },
    {
      name: 'no policy in an export: deploy-cli drops the field (and the API), so absence says nothing',
      tenantDomain: 't.eu.auth0.com',
      code: 'resourceServers:\n  - name: Auth0 Management API\n    identifier: https://t.eu.auth0.com/api/v2/\n',
    },
    { name: 'My Account API with require_client_grant', format: 'api-dump', code: selfService('me', 'require_client_grant') },
    {
      name: 'My Account API without a policy: Auth0 activates it with require_client_grant',
      format: 'api-dump',
      code: '{"resource_servers": [{"name": "Auth0 My Account API", "identifier": "https://t.eu.auth0.com/me/", "is_system": true}]}',
    },
    {
      name: "a /me/ API on a host other than the tenant, not is_system, is an ordinary API (prefer-require-client-grant's)",
      tenantDomain: 't.eu.auth0.com',
      code: 'resourceServers:\n  - identifier: https://api.example.com/me/\n    subject_type_authorization:\n      user: { policy: allow_all }\n',
    },
    {
      name: 'an API named like the Management API is an ordinary API',
      code: yaml`
        resourceServers:
          - name: management api TEST
            identifier: https://api.example.com/mgmt
            subject_type_authorization:
              user: { policy: allow_all }
      `,
    },
    {
      name: 'a /api/v2/ API of another host, when the tenant domain is known, is not the Management API',
      tenantDomain: 't.eu.auth0.com',
      code: yaml`
        resourceServers:
          - name: Some API
            identifier: https://api.my-company.com/api/v2/
            subject_type_authorization:
              user: { policy: allow_all }
      `,
    },
  ],
  invalid: [
    {
      name: "no user policy in an API dump, which carries the field: Auth0's default allow_all applies",
      format: 'api-dump',
      code: '{"resource_servers": [{"name": "Auth0 Management API", "identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true}]}',
      errors: [{ messageId: 'absent', entity: 'https://t.eu.auth0.com/api/v2/', path: '/subject_type_authorization/user', line: 1, column: 23 }],
    },
    {
      name: 'a client entry but no user entry in an API dump',
      format: 'api-dump',
      code: '{"resource_servers": [{"identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true,\n  "subject_type_authorization": {"client": {"policy": "require_client_grant"}}}]}',
      errors: [{ messageId: 'absent', data: { api: 'https://t.eu.auth0.com/api/v2/' }, line: 2, column: 33 }],
    },
    ...(['https://t.us.auth0.com', 'login.example.com', 't.us.auth0.com/', 'other.eu.auth0.com'] as const).map((tenantDomain) => ({
      name: `an is_system /api/v2/ API is the Management API whatever the tenant domain says (${tenantDomain})`,
      format: 'api-dump' as const,
      tenantDomain,
      code: dump('allow_all'),
      errors: [{ messageId: 'allowAll' as const, line: 3, column: 54 }],
    })),
    {
      name: 'an API dump whose domain field holds the custom domain',
      format: 'api-dump',
      code: dump('allow_all').replace('{"resource_servers"', '{"domain": "login.example.com", "resource_servers"'),
      errors: [{ messageId: 'allowAll', line: 3, column: 54 }],
    },
    {
      name: 'My Account API with allow_all (is_system)',
      format: 'api-dump',
      code: selfService('me', 'allow_all'),
      errors: [
        {
          messageId: 'selfServiceAllowAll',
          data: {
            api: 'Self-service',
            kind: 'My Account API',
            reach: "read and change the user's own account: enrol and delete authentication methods, and connect external accounts for Token Vault",
          },
          path: '/subject_type_authorization/user/policy',
          line: 3,
          column: 54,
        },
      ],
    },
    {
      name: 'My Organization API with allow_all (is_system), with a custom domain given',
      format: 'api-dump',
      tenantDomain: 'login.example.com',
      code: selfService('my-org', 'allow_all'),
      errors: [
        {
          messageId: 'selfServiceAllowAll',
          data: {
            api: 'Self-service',
            kind: 'My Organization API',
            reach: "administer the user's organization: its details, its identity providers (SSO) and SCIM provisioning, and its verified domains",
          },
          line: 3,
          column: 54,
        },
      ],
    },
    {
      name: "My Organization API with allow_all, without is_system, on the tenant's host",
      format: 'api-dump',
      tenantDomain: 't.eu.auth0.com',
      code: selfService('my-org', 'allow_all', ''),
      errors: [
        {
          messageId: 'selfServiceAllowAll',
          data: {
            api: 'Self-service',
            kind: 'My Organization API',
            reach: "administer the user's organization: its details, its identity providers (SSO) and SCIM provisioning, and its verified domains",
          },
          line: 3,
          column: 54,
        },
      ],
    },
    {
      name: 'My Account API with allow_all in a deploy-cli export, its host a keyword marker and no is_system',
      code: yaml`
        resourceServers:
          - name: Auth0 My Account API
            identifier: "https://##AUTH0_DOMAIN##/me/"
            subject_type_authorization:
              user:
                policy: allow_all
              client:
                policy: deny_all
      `,
      errors: [
        {
          messageId: 'selfServiceAllowAll',
          data: {
            api: 'Auth0 My Account API',
            kind: 'My Account API',
            reach: "read and change the user's own account: enrol and delete authentication methods, and connect external accounts for Token Vault",
          },
          line: 6,
          column: 17,
        },
      ],
    },
    {
      name: 'allow_all in an API dump',
      format: 'api-dump',
      code: dump('allow_all'),
      errors: [
        {
          messageId: 'allowAll',
          entity: 'https://t.eu.auth0.com/api/v2/',
          path: '/subject_type_authorization/user/policy',
          line: 3,
          column: 54,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'allow_all in YAML, recognised by the tenant domain given on the command line',
      tenantDomain: 'acme.us.auth0.com',
      code: yaml`
        resourceServers:
          - name: API v2
            identifier: https://acme.us.auth0.com/api/v2/
            subject_type_authorization:
              user:
                policy: allow_all
      `,
      errors: [{ messageId: 'allowAll', data: { api: 'API v2' }, line: 6, column: 17 }],
    },
  ],
});
