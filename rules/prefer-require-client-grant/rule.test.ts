import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    yaml`
      resourceServers:
        - name: Orders
          identifier: https://orders.example.com
          subject_type_authorization:
            user: { policy: require_client_grant }
    `,
    {
      name: 'deny_all is not allow_all',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    subject_type_authorization:\n      user:\n        policy: deny_all\n',
    },
    { name: 'system APIs are left to their own rules', code: 'resourceServers:\n  - identifier: https://t.eu.auth0.com/me/\n    is_system: true\n' },
    { name: "Okta's Express Configuration API is a system API by its identifier", code: 'resourceServers:\n  - identifier: urn:auth0:express-configure\n' },
    {
      name: 'the Management API is a system API',
      format: 'api-dump',
      code: '{"resource_servers":[{"identifier":"https://t.eu.auth0.com/api/v2/","name":"Auth0 Management API"}]}',
    },
    {
      name: 'an invalid policy is left to valid-access-policy',
      code: 'resourceServers:\n  - identifier: https://a.example.com\n    subject_type_authorization:\n      user:\n        policy: allow_some\n',
    },
  ],
  invalid: [
    {
      name: 'explicit allow_all points at the policy value',
      code: yaml`
        resourceServers:
          - name: Orders
            identifier: https://orders.example.com
            subject_type_authorization:
              user:
                policy: allow_all
      `,
      errors: [
        {
          messageId: 'explicit',
          entity: 'https://orders.example.com',
          path: '/subject_type_authorization/user/policy',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'absent field: the default applies, reported on the API entry',
      code: yaml`
        resourceServers:
          - name: Orders
            identifier: https://orders.example.com
      `,
      errors: [{ messageId: 'defaulted', entity: 'https://orders.example.com', path: '/subject_type_authorization/user', line: 2, column: 5 }],
    },
    {
      name: 'absent user entry: reported on subject_type_authorization',
      code: yaml`
        resourceServers:
          - name: Orders
            identifier: https://orders.example.com
            subject_type_authorization:
              client:
                policy: require_client_grant
      `,
      errors: [{ messageId: 'defaulted', line: 4, column: 5 }],
    },
    {
      name: 'an API dump reports by pointer into the JSON file',
      format: 'api-dump',
      code: '{\n  "resource_servers": [\n    {"identifier": "https://a.example.com", "subject_type_authorization": {"user": {"policy": "allow_all"}}}\n  ]\n}\n',
      errors: [{ messageId: 'explicit', line: 3, column: 95 }],
    },
  ],
});
