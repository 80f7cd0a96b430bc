import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

const SYMMETRIC = 'HS256';

export default defineRule({
  meta: {
    id: 'no-symmetric-signing',
    description: 'Sign access tokens and ID tokens with an asymmetric algorithm (RS256, PS256), not HS256',
    defaultSeverity: 'warning',
    category: 'apis',
    precision: 'very-high',
    securitySeverity: 5.5,
    tags: ['security', 'tokens', 'signing'],
    messages: {
      api:
        'API "{{api}}" signs its access tokens with HS256, a shared secret. Every service that verifies them holds the key and can mint valid tokens, and the ' +
        "signing secret ends up in exports and configuration. Set signing_alg to RS256 (or PS256) and verify tokens against the tenant's public keys.",
      client:
        'Application "{{client}}" gets ID tokens signed with HS256 under its client secret. Anyone who holds the secret can forge ID tokens for it. ' +
        "Set jwt_configuration.alg to RS256 (or PS256) and validate ID tokens against the tenant's public keys.",
    },
    docs,
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      if (api.data.signing_alg === SYMMETRIC) report({ entity: api, path: '/signing_alg', messageId: 'api', data: { api: api.name ?? api.key } });
    }
    for (const client of tenant.clients) {
      const jwt = client.data.jwt_configuration;
      if (typeof jwt === 'object' && jwt !== null && (jwt as { alg?: unknown }).alg === SYMMETRIC) {
        report({ entity: client, path: '/jwt_configuration/alg', messageId: 'client', data: { client: client.name ?? client.key } });
      }
    }
  },
});
