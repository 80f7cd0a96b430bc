import { defineRule } from '../../src/engine/rule.js';
import { grantTypePath, grantTypesInUse, hardensAuthorizationRequests, profileEnforces } from '../../src/model/client-hardening.js';
import { dig } from '../../src/model/posture/values.js';
import docs from './README.md';

/** Grants whose authorization request goes through the browser, where JAR protects it. */
const FRONT_CHANNEL_GRANTS = ['authorization_code', 'implicit'];

export default defineRule({
  meta: {
    id: 'require-signed-authorization-requests',
    description: 'Make confidential applications sign their authorization requests (JAR)',
    defaultSeverity: 'note',
    category: 'clients',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['security', 'clients', 'fapi'],
    preset: 'strict',
    messages: {
      notRequired:
        'Application "{{name}}" does not require signed authorization requests. Anyone can start a login in its name with parameters it never chose, ' +
        'and nothing proves a request came from it. Register a public key and set signed_request_object.required to true (JAR, a Highly Regulated Identity feature).',
      noCredentials:
        'Application "{{name}}" requires signed authorization requests but registers no key. Auth0 cannot verify any request, so every login fails. ' +
        "Add the application's public key to signed_request_object.credentials.",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      // Auth0 accepts request objects only from clients that can authenticate.
      if (!hardensAuthorizationRequests(client)) continue;
      const grant = FRONT_CHANNEL_GRANTS.find((grantType) => grantTypesInUse(client).includes(grantType));
      if (grant === undefined) continue;
      const name = client.name ?? client.key;
      const required = dig(client.data, 'signed_request_object', 'required');
      if (required === true) {
        // Only a list written empty says there is no key; an export may leave the credentials out.
        const credentials = dig(client.data, 'signed_request_object', 'credentials');
        if (Array.isArray(credentials) && credentials.length === 0)
          report({ entity: client, path: '/signed_request_object/credentials', messageId: 'noCredentials', data: { name } });
        continue;
      }
      if (profileEnforces(client, 'jar')) continue;
      const path = required === undefined ? grantTypePath(client, grant) : '/signed_request_object/required';
      report({ entity: client, path, subject: 'signed_request_object', messageId: 'notRequired', data: { name } });
    }
  },
});
