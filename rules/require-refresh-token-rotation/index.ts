import { defineRule } from '../../src/engine/rule.js';
import { PUBLIC_APP_TYPES } from '../../src/model/client-flows.js';
import { GRANT_TYPES, grantTypeEntries } from '../../src/model/grant-types.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-refresh-token-rotation',
    description: 'Require refresh token rotation for single-page and native applications that use refresh tokens',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'high',
    securitySeverity: 5.0,
    tags: ['security', 'oauth', 'refresh-tokens'],
    messages: {
      nonRotating:
        'Public application "{{client}}" ({{appType}}) uses refresh tokens with rotation_type {{rotationType}}, so a refresh token stolen from the device or browser ' +
        'stays usable until it expires. Set refresh_token.rotation_type to rotating (with expiration_type expiring), so each use issues a new token and reuse is detected.',
      unset:
        'Public application "{{client}}" ({{appType}}) uses refresh tokens but does not set refresh_token.rotation_type; Auth0 creates applications with non-rotating ' +
        'refresh tokens, which a thief can reuse until they expire. Set refresh_token.rotation_type to rotating (with expiration_type expiring).',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      // Public apps cannot keep a secret, so a stolen refresh token is all an attacker needs.
      if (client.appType === undefined || !PUBLIC_APP_TYPES.includes(client.appType)) continue;
      if (grantTypeEntries(client, [GRANT_TYPES.refreshToken]).length === 0) continue;
      const settings = client.data.refresh_token;
      const rotationType = typeof settings === 'object' && settings !== null ? (settings as { rotation_type?: unknown }).rotation_type : undefined;
      if (rotationType === 'rotating') continue;
      report({
        entity: client,
        path: '/refresh_token/rotation_type',
        messageId: rotationType === undefined || rotationType === null ? 'unset' : 'nonRotating',
        data: { client: client.name ?? client.key, appType: client.appType, rotationType: String(rotationType) },
      });
    }
  },
});
