import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'guardianFactors:\n  - name: otp\n    enabled: true\nguardianPolicies:\n  policies: [all-applications]\n',
    { name: 'no MFA sections', code: 'tenant: {}\n' },
    {
      name: 'empty policy, no code in the input: an Action may ask',
      code: 'guardianFactors:\n  - name: otp\n    enabled: true\nguardianPolicies:\n  policies: []\n',
    },
    {
      name: 'empty policy, an Action asks',
      code: yaml`
        guardianFactors:
          - name: otp
            enabled: true
        guardianPolicies:
          policies: []
        actions:
          - name: mfa
            supported_triggers:
              - id: post-login
                version: v3
            code: |
              exports.onExecutePostLogin = async (event, api) => {
                api.multifactor.enable('any');
              };
      `,
    },
    {
      name: 'API dump: the policy list itself',
      format: 'api-dump',
      code: '{"guardian_factors": [{"name": "otp", "enabled": true}], "guardian_policies": ["confidence-score"]}',
    },
  ],
  invalid: [
    {
      code: 'guardianFactors:\n  - name: otp\n    enabled: false\n  - name: sms\n    enabled: true\n    trial_expired: true\n',
      errors: [{ messageId: 'noFactor', line: 1, column: 1 }],
    },
    {
      name: 'empty policy and actions that do not ask',
      code: 'guardianFactors:\n  - name: otp\n    enabled: true\nguardianPolicies:\n  policies: []\nactions: []\n',
      errors: [{ messageId: 'neverAsks', entity: 'guardianPolicies', path: '/policies', line: 5, column: 13 }],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"guardian_factors": [{"name": "otp", "enabled": true}], "guardian_policies": [], "rules": []}',
      errors: [{ messageId: 'neverAsks', line: 1, column: 79 }],
    },
  ],
});
