import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    { name: 'flag off', code: 'tenant:\n  flags:\n    enable_dynamic_client_registration: false\n' },
    { name: 'no flags', code: 'tenant:\n  friendly_name: x\n' },
    { name: 'no tenant section: the rule does not run', code: 'clients:\n  - name: a\n' },
    {
      name: 'restricted by an active ACL',
      code: yaml`
        tenant:
          flags:
            enable_dynamic_client_registration: true
        networkACLs:
          - description: partners
            active: true
            rule:
              scope: dynamic_client_registration
              action:
                block: true
      `,
    },
    {
      name: 'API dump names',
      format: 'api-dump',
      code: '{"tenant_settings": {"flags": {"enable_dynamic_client_registration": true}}, "network_acls": [{"active": true, "rule": {"scope": "dynamic_client_registration"}}]}',
    },
  ],
  invalid: [
    {
      name: 'on, no ACL section',
      code: 'tenant:\n  flags:\n    enable_dynamic_client_registration: true\n',
      errors: [{ messageId: 'openAclsUnknown', entity: 'tenant', path: '/flags/enable_dynamic_client_registration', line: 3, column: 41 }],
    },
    {
      name: 'on, the ACL is inactive',
      code: yaml`
        tenant:
          flags:
            enable_dynamic_client_registration: true
        networkACLs:
          - description: partners
            active: false
            rule:
              scope: dynamic_client_registration
      `,
      errors: [{ messageId: 'open', line: 3, column: 41 }],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"tenant_settings": {"flags": {"enable_dynamic_client_registration": true}}, "network_acls": []}',
      errors: [{ messageId: 'open', line: 1, column: 70 }],
    },
  ],
});
