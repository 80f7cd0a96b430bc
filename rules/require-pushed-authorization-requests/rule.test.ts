import { FEDERATION_CLIENTS, UNDECIDED_CONFIDENTIAL_CLIENTS } from '../../test/helpers/hardening-cases.js';
import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    require_pushed_authorization_requests: true\n',
    { name: 'public clients cannot push requests', code: 'clients:\n  - name: a\n    app_type: spa\n    grant_types: [authorization_code]\n' },
    {
      name: 'no token endpoint authentication',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    token_endpoint_auth_method: none\n    grant_types: [authorization_code]\n',
    },
    { name: 'no authorization code flow', code: 'clients:\n  - name: a\n    app_type: non_interactive\n    grant_types: [client_credentials]\n' },
    {
      name: 'a FAPI 1 profile enforces PAR',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    compliance_level: fapi1_adv_pkj_par\n',
    },
    { name: 'unknown app type without grant types', code: 'clients:\n  - name: a\n' },
    ...FEDERATION_CLIENTS,
    ...UNDECIDED_CONFIDENTIAL_CLIENTS,
  ],
  invalid: [
    {
      name: 'at the grant when the setting is absent',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [refresh_token, authorization_code]\n',
      errors: [{ messageId: 'notRequired', entity: 'a', path: '/grant_types/1', line: 4, column: 34 }],
    },
    {
      name: 'at the setting when written false',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    require_pushed_authorization_requests: false\n',
      errors: [{ messageId: 'notRequired', path: '/require_pushed_authorization_requests', line: 5, column: 44 }],
    },
    {
      name: 'app type defaults include the authorization code flow',
      code: '{"clients": [{"client_id": "c1", "name": "a", "app_type": "regular_web", "compliance_level": "none"}]}',
      format: 'api-dump',
      errors: [{ messageId: 'notRequired', entity: 'c1', path: '', line: 1, column: 14 }],
    },
  ],
});
