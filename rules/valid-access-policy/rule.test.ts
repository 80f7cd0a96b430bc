import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const api = (policy: string): string =>
  `resourceServers:\n  - name: Customer Orders Backend\n    identifier: https://a.example.com\n    subject_type_authorization:\n${policy}`;

testRule(rule, {
  valid: [
    api('      user: { policy: allow_all }\n      client: { policy: require_client_grant }\n'),
    api('      user: { policy: deny_all }\n      client: { policy: deny_all }\n'),
    { name: 'absent field: defaults apply', code: 'resourceServers:\n  - identifier: https://a.example.com\n' },
    { name: 'empty field: defaults apply', code: 'resourceServers:\n  - identifier: https://a.example.com\n    subject_type_authorization:\n' },
    { name: 'anonymous_user is a known subject type; its policies are not checked', code: api('      anonymous_user: { policy: something_new }\n') },
    {
      name: 'an unresolved marker for the whole field is left to no-unresolved-keywords',
      code: api('      "@@STA@@"\n').replace('subject_type_authorization:\n      ', 'subject_type_authorization: '),
    },
    { name: 'an unresolved marker for a policy is left to no-unresolved-keywords', code: api('      user: { policy: "##USER_POLICY##" }\n') },
    {
      name: 'a policy filled from a mapping is checked after replacement',
      code: api('      user: { policy: "##USER_POLICY##" }\n'),
      mappings: { USER_POLICY: 'require_client_grant' },
    },
  ],
  invalid: [
    {
      name: 'client allow_all',
      code: api('      user:\n        policy: require_client_grant\n      client:\n        policy: allow_all\n'),
      errors: [
        { messageId: 'clientAllowAll', entity: 'https://a.example.com', path: '/subject_type_authorization/client/policy', line: 8, column: 17, endColumn: 26 },
      ],
    },
    {
      name: 'a policy outside the enum (a plural typo)',
      code: api('      user:\n        policy: require_client_grants\n').replace('name: Customer Orders Backend', 'name: Catalog API'),
      errors: [
        {
          messageId: 'invalidPolicy',
          data: { api: 'Catalog API', subject: 'user', policy: 'require_client_grants', allowed: 'allow_all, require_client_grant, deny_all' },
          path: '/subject_type_authorization/user/policy',
          line: 6,
          column: 17,
        },
      ],
    },
    {
      name: 'an entry without policy, and an empty entry',
      code: api('      user: {}\n      client:\n'),
      errors: [
        { messageId: 'missingPolicy', path: '/subject_type_authorization/user', line: 5, column: 13 },
        { messageId: 'missingPolicy', path: '/subject_type_authorization/client', line: 6, column: 14 },
      ],
    },
    {
      name: 'an unknown subject key',
      code: api('      users:\n        policy: require_client_grant\n'),
      errors: [
        {
          messageId: 'unknownSubject',
          data: { api: 'Customer Orders Backend', subject: 'users' },
          path: '/subject_type_authorization/users',
          line: 5,
          column: 7,
        },
      ],
    },
    {
      name: 'not an object',
      code: yaml`
        resourceServers:
          - identifier: https://a.example.com
            subject_type_authorization: require_client_grant
      `,
      errors: [{ messageId: 'notObject', path: '/subject_type_authorization', line: 3, column: 33 }],
    },
    {
      name: 'an API dump with a non-string policy',
      format: 'api-dump',
      code: '{"resource_servers": [{"identifier": "https://a.example.com", "subject_type_authorization": {"user": {"policy": 1}}}]}',
      errors: [
        {
          messageId: 'invalidPolicy',
          data: { api: 'https://a.example.com', subject: 'user', policy: '1', allowed: 'allow_all, require_client_grant, deny_all' },
          line: 1,
          column: 113,
        },
      ],
    },
  ],
});
