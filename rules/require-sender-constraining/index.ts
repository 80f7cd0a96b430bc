import { defineRule } from '../../src/engine/rule.js';
import { grantTypePath, grantTypesInUse, profileEnforces, settingsOwnedByTenant, signsInByFederation } from '../../src/model/client-hardening.js';
import { dig } from '../../src/model/posture/values.js';
import docs from './README.md';

/** Grants that issue tokens at the token endpoint, where Auth0 can bind them to a key (DPoP) or certificate (mTLS). */
const TOKEN_GRANTS = ['authorization_code', 'refresh_token', 'client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:device_code'];

export default defineRule({
  meta: {
    id: 'require-sender-constraining',
    description: 'Bind access tokens to their holder (DPoP or mTLS) in applications and APIs',
    defaultSeverity: 'note',
    category: 'clients',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['security', 'clients', 'apis', 'fapi'],
    preset: 'strict',
    messages: {
      client:
        'Application "{{name}}" does not require sender-constrained tokens. Its tokens are bearer tokens: whoever steals one can use it from anywhere. ' +
        'Set require_proof_of_possession to true and have the application use DPoP or mTLS.',
      api:
        'API "{{name}}" does not require sender-constrained tokens. It accepts a stolen access token from any caller. ' +
        'Set proof_of_possession (mechanism dpop or mtls) with required: true.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    // A federation client's logins end in SAML or WS-Fed assertions; only a machine grant gives it access tokens to bind.
    const machineClients = new Set(tenant.clientGrants.filter((grant) => grant.subjectType === 'client').map((grant) => grant.client));
    for (const client of tenant.clients) {
      if (!settingsOwnedByTenant(client) || (signsInByFederation(client) && !machineClients.has(client))) continue;
      const grant = TOKEN_GRANTS.find((grantType) => grantTypesInUse(client).includes(grantType));
      if (grant === undefined || client.data.require_proof_of_possession === true || profileEnforces(client, 'sender-constraining')) continue;
      const path = client.data.require_proof_of_possession === undefined ? grantTypePath(client, grant) : '/require_proof_of_possession';
      report({ entity: client, path, subject: 'require_proof_of_possession', messageId: 'client', data: { name: client.name ?? client.key } });
    }
    for (const api of tenant.resourceServers) {
      // Auth0's own APIs are not configured by the tenant.
      if (api.isSystem || api.systemApi !== undefined) continue;
      if (dig(api.data, 'proof_of_possession', 'required') === true) continue;
      const path =
        dig(api.data, 'proof_of_possession', 'required') !== undefined
          ? '/proof_of_possession/required'
          : api.data.proof_of_possession !== undefined
            ? '/proof_of_possession'
            : '';
      report({ entity: api, path, subject: 'proof_of_possession', messageId: 'api', data: { name: api.name ?? api.identifier ?? api.key } });
    }
  },
});
