import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

/** App types that run on a server and can keep a credential. */
const CONFIDENTIAL_APP_TYPES = new Set(['regular_web', 'non_interactive']);

export default defineRule({
  meta: {
    id: 'confidential-client-auth',
    description: 'Require client authentication at the token endpoint for regular web and machine-to-machine applications',
    defaultSeverity: 'error',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 8.0,
    tags: ['security', 'oauth', 'client-authentication'],
    messages: {
      none:
        'Application "{{client}}" is a {{appType}} application but sets token_endpoint_auth_method to none, so anyone who knows its client_id can use it at the token endpoint ' +
        '(for machine-to-machine apps: get access tokens with all its client grants). Set token_endpoint_auth_method to client_secret_post or client_secret_basic, ' +
        'or use private_key_jwt through client_authentication_methods.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.appType === undefined || !CONFIDENTIAL_APP_TYPES.has(client.appType)) continue;
      if (client.data.token_endpoint_auth_method !== 'none') continue;
      report({ entity: client, path: '/token_endpoint_auth_method', messageId: 'none', data: { client: client.name ?? client.key, appType: client.appType } });
    }
  },
});
