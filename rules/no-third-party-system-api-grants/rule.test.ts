import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const tenant = (firstParty: string, audience: string, grant = ''): string => yaml`
  clients:
    - name: Partner Portal
      app_type: regular_web
  ${firstParty}
  clientGrants:
    - client_id: Partner Portal
      audience: ${audience}
  ${grant}
`;

testRule(rule, {
  valid: [
    { name: 'a first-party application on the Management API', tenantDomain: 't.eu.auth0.com', code: tenant('', 'https://t.eu.auth0.com/api/v2/') },
    { name: 'is_first_party: true', code: tenant('    is_first_party: true', 'https://t.eu.auth0.com/api/v2/') },
    { name: 'a third-party application on an ordinary API', code: tenant('    is_first_party: false', 'https://partners.example.com') },
    {
      name: 'a default grant for third-party applications on an ordinary API',
      format: 'api-dump',
      code: '{"client_grants": [{"default_for": "third_party_clients", "audience": "https://partners.example.com", "scope": ["read:profiles"]}]}',
    },
    { name: 'an application not in the data', code: 'clientGrants:\n  - client_id: Someone\n    audience: https://t.eu.auth0.com/api/v2/\n' },
  ],
  invalid: [
    {
      name: 'a third-party application on the Management API, in an export (recognised by the audience)',
      code: tenant('    is_first_party: false', 'https://t.eu.auth0.com/api/v2/', '    scope: [read:users]'),
      errors: [{ messageId: 'thirdPartyClient', data: { client: 'Partner Portal', api: 'the Auth0 Management API' }, path: '/client_id', line: 6, column: 16 }],
    },
    {
      name: 'a third-party application with a user grant on the My Account API',
      tenantDomain: 't.eu.auth0.com',
      code: tenant('    is_first_party: false', 'https://t.eu.auth0.com/me/', '    subject_type: user'),
      errors: [{ messageId: 'thirdPartyClient', data: { client: 'Partner Portal', api: 'the My Account API' }, line: 6, column: 16 }],
    },
    {
      name: 'another is_system API in the data',
      format: 'api-dump',
      code:
        '{"clients": [{"client_id": "tpc_1", "name": "Partner", "is_first_party": false}],\n' +
        ' "resource_servers": [{"name": "Okta OIN Express Configuration API", "identifier": "https://t.eu.auth0.com/oin-express-configuration/", "is_system": true}],\n' +
        ' "client_grants": [{"client_id": "tpc_1", "audience": "https://t.eu.auth0.com/oin-express-configuration/"}]}',
      errors: [{ messageId: 'thirdPartyClient', data: { client: 'Partner', api: 'the system API "Okta OIN Express Configuration API"' }, line: 3, column: 34 }],
    },
    {
      name: 'a default grant for third-party applications on the My Organization API',
      format: 'api-dump',
      code:
        '{"resource_servers": [{"name": "My Organization API", "identifier": "https://t.eu.auth0.com/my-org/", "is_system": true}],\n' +
        ' "client_grants": [{"default_for": "third_party_clients", "audience": "https://t.eu.auth0.com/my-org/", "subject_type": "user"}]}',
      errors: [{ messageId: 'defaultForThirdParty', data: { api: 'the My Organization API' }, path: '/default_for', line: 2, column: 36 }],
    },
  ],
});
