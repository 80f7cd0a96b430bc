import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'tenant:\n  flags:\n    allow_legacy_ro_grant_types: false\n    enable_sso: true\n',
    { name: 'no tenant section', code: 'resourceServers: []\n' },
    { name: 'a string is not on', code: 'tenant:\n  flags:\n    enable_legacy_profile: "true"\n' },
  ],
  invalid: [
    {
      code: 'tenant:\n  flags:\n    allow_legacy_ro_grant_types: true\n    enable_sso: true\n    enable_legacy_profile: true\n',
      errors: [
        {
          messageId: 'legacy',
          entity: 'tenant',
          path: '/flags/allow_legacy_ro_grant_types',
          data: { flag: 'allow_legacy_ro_grant_types', what: 'the legacy resource owner endpoint (/oauth/ro) and its password grants' },
          line: 3,
          column: 34,
        },
        { messageId: 'legacy', path: '/flags/enable_legacy_profile', line: 5, column: 28 },
      ],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"tenant_settings": {"flags": {"allow_other_legacy_grant_types": true}}}',
      errors: [{ messageId: 'legacy', path: '/flags/allow_other_legacy_grant_types', line: 1, column: 66 }],
    },
  ],
});
