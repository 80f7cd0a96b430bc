import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    grant_types: [client_credentials]\n    require_proof_of_possession: true\n',
    { name: 'no token grant', code: 'clients:\n  - name: a\n    app_type: spa\n    grant_types: [implicit]\n' },
    { name: 'a FAPI 2 profile binds tokens', code: 'clients:\n  - name: a\n    grant_types: [authorization_code]\n    compliance_level: fapi2_sp_mtls_mtls\n' },
    {
      name: 'required by the API',
      code: 'resourceServers:\n  - name: p\n    identifier: https://p\n    proof_of_possession:\n      mechanism: dpop\n      required: true\n',
    },
    {
      name: "Auth0's own APIs",
      code: '{"resource_servers": [{"name": "Auth0 Management API", "identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true}]}',
      format: 'api-dump',
    },
  ],
  invalid: [
    {
      code: 'clients:\n  - name: a\n    grant_types: [implicit, refresh_token]\n',
      errors: [{ messageId: 'client', entity: 'a', path: '/grant_types/1', line: 3, column: 29 }],
    },
    {
      code: 'clients:\n  - name: a\n    grant_types: [client_credentials]\n    require_proof_of_possession: false\n',
      errors: [{ messageId: 'client', path: '/require_proof_of_possession', line: 4, column: 34 }],
    },
    {
      code: 'resourceServers:\n  - name: p\n    identifier: https://p\n',
      errors: [{ messageId: 'api', entity: 'https://p', path: '', line: 2, column: 5 }],
    },
    {
      code: 'resourceServers:\n  - name: p\n    identifier: https://p\n    proof_of_possession:\n      mechanism: mtls\n      required: false\n',
      errors: [{ messageId: 'api', path: '/proof_of_possession/required', line: 6, column: 17 }],
    },
  ],
});
