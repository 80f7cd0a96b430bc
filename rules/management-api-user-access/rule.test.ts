import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const dump = (policy: string): string =>
  `{"resource_servers": [\n  {"name": "Auth0 Management API", "identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true,\n   "subject_type_authorization": {"user": {"policy": "${policy}"}, "client": {"policy": "require_client_grant"}}}\n]}\n`;

testRule(rule, {
  valid: [
    { name: 'require_client_grant', format: 'api-dump', code: dump('require_client_grant') },
    { name: 'deny_all', format: 'api-dump', code: dump('deny_all') },
    {
      name: 'no policy in the data: the default is undocumented, so not reported',
      format: 'api-dump',
      code: '{"resource_servers": [{"name": "Auth0 Management API", "identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true}]}',
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
      name: 'allow_all in an API dump',
      format: 'api-dump',
      code: dump('allow_all'),
      errors: [{ messageId: 'allowAll', entity: 'https://t.eu.auth0.com/api/v2/', path: '/subject_type_authorization/user/policy', line: 3, column: 54, endColumn: 65 }],
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
      errors: [{ messageId: 'allowAll', message: 'API v2', line: 6, column: 17 }],
    },
  ],
});
