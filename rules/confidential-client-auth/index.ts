import { defineRule } from '../../src/engine/rule.js';
import { keyAuthMethods } from '../../src/model/client-flows.js';
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
        'Regular web application "{{client}}" does not authenticate. Its token_endpoint_auth_method is none and it registers no key or certificate, so Auth0 ' +
        'treats it as a public application: anyone who knows its client_id (it is no secret) can redeem its authorization codes and refresh tokens at the token ' +
        'endpoint as if they were the application. Set token_endpoint_auth_method to client_secret_post or client_secret_basic, or register private_key_jwt or ' +
        'mTLS credentials in client_authentication_methods.',
      noneMachine:
        'Machine-to-machine application "{{client}}" does not authenticate. Its token_endpoint_auth_method is none, it is non_interactive and registers no key or ' +
        'certificate, so Auth0 treats it as a public application and refuses it the client credentials flow, the only flow such an application uses: the ' +
        'Management API rejects client_credentials in its grant_types, and its client grants cannot be used (grant-matches-app-type reports each one). Set ' +
        'token_endpoint_auth_method to client_secret_post or client_secret_basic, or register private_key_jwt or mTLS credentials in ' +
        'client_authentication_methods.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.appType === undefined || !CONFIDENTIAL_APP_TYPES.has(client.appType)) continue;
      if (client.data.token_endpoint_auth_method !== 'none' || keyAuthMethods(client.data).length > 0) continue;
      report({
        entity: client,
        path: '/token_endpoint_auth_method',
        messageId: client.appType === 'non_interactive' ? 'noneMachine' : 'none',
        data: { client: client.name ?? client.key },
      });
    }
  },
});
