import { defineRule } from '../../src/engine/rule.js';
import { grantTypePath, grantTypesInUse, hardensAuthorizationRequests, profileEnforces } from '../../src/model/client-hardening.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-pushed-authorization-requests',
    description: 'Make confidential applications that use the authorization code flow push their authorization requests (PAR)',
    defaultSeverity: 'note',
    category: 'clients',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['security', 'clients', 'fapi'],
    preset: 'strict',
    messages: {
      notRequired:
        'Application "{{name}}" does not require pushed authorization requests. Its authorization requests travel in the browser\'s URL, ' +
        'where they can be read and altered before they reach Auth0. Set require_pushed_authorization_requests to true (PAR, a Highly Regulated Identity feature).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      // PAR authenticates the client at the /par endpoint: Auth0 refuses it for public clients.
      if (!hardensAuthorizationRequests(client)) continue;
      if (!grantTypesInUse(client).includes('authorization_code')) continue;
      if (client.data.require_pushed_authorization_requests === true || profileEnforces(client, 'par')) continue;
      const path =
        client.data.require_pushed_authorization_requests === undefined
          ? grantTypePath(client, 'authorization_code')
          : '/require_pushed_authorization_requests';
      report({ entity: client, path, subject: 'require_pushed_authorization_requests', messageId: 'notRequired', data: { name: client.name ?? client.key } });
    }
  },
});
