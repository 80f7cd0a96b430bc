import { FEDERATION_CLIENTS } from '../../test/helpers/hardening-cases.js';
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
      name: "Okta's Express Configuration API is Auth0's, even where the data does not say is_system (Terraform)",
      code: 'resourceServers:\n  - name: Okta OIN Express Configuration API\n    identifier: urn:auth0:express-configure\n    proof_of_possession:\n      required: false\n',
    },
    {
      name: "Auth0's own APIs",
      code: '{"resource_servers": [{"name": "Auth0 Management API", "identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true}]}',
      format: 'api-dump',
    },
    ...FEDERATION_CLIENTS,
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
      name: 'an SSO integration with a machine grant gets access tokens that could be bound',
      code:
        'clients:\n  - name: Office 365\n    app_type: office365\n    grant_types: [client_credentials]\n' +
        'clientGrants:\n  - client_id: Office 365\n    audience: https://p\n    scope: [read]\n',
      errors: [{ messageId: 'client', entity: 'Office 365', path: '/grant_types/0', line: 4, column: 19 }],
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
