import { FEDERATION_CLIENTS, UNDECIDED_CONFIDENTIAL_CLIENTS } from '../../test/helpers/hardening-cases.js';
import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    signed_request_object:\n      required: true\n      credentials: [{name: k}]\n',
    {
      name: 'credentials left out of an export',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    signed_request_object:\n      required: true\n',
    },
    { name: 'public clients', code: 'clients:\n  - name: a\n    app_type: native\n    grant_types: [authorization_code]\n' },
    { name: 'machine to machine', code: 'clients:\n  - name: a\n    app_type: non_interactive\n    grant_types: [client_credentials]\n' },
    {
      name: 'a FAPI 1 profile enforces JAR',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    compliance_level: fapi1_adv_mtls_par\n',
    },
    ...FEDERATION_CLIENTS,
    ...UNDECIDED_CONFIDENTIAL_CLIENTS,
  ],
  invalid: [
    {
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [implicit]\n',
      errors: [{ messageId: 'notRequired', entity: 'a', path: '/grant_types/0', line: 4, column: 19 }],
    },
    {
      name: 'FAPI 2 profiles do not enforce JAR',
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    compliance_level: fapi2_sp_pkj_mtls\n    signed_request_object:\n      required: false\n',
      errors: [{ messageId: 'notRequired', path: '/signed_request_object/required', line: 7, column: 17 }],
    },
    {
      code: 'clients:\n  - name: a\n    app_type: regular_web\n    grant_types: [authorization_code]\n    signed_request_object:\n      required: true\n      credentials: []\n',
      errors: [{ messageId: 'noCredentials', path: '/signed_request_object/credentials', line: 7, column: 20 }],
    },
  ],
});
