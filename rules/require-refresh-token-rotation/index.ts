import { duration } from '../../src/engine/duration.js';
import { defineRule } from '../../src/engine/rule.js';
import { publicLabel } from '../../src/model/client-flows.js';
import { GRANT_TYPES, grantTypeEntries } from '../../src/model/grant-types.js';
import type { Client } from '../../src/model/types.js';
import docs from './README.md';

export interface Options {
  /** The longest reuse interval (refresh_token.leeway, seconds) accepted on a rotating refresh token. */
  readonly maxLeeway: number;
}

type MessageIds = 'nonRotating' | 'unset' | 'longLeeway';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'require-refresh-token-rotation',
    description: 'Require refresh token rotation for public applications, with a short reuse interval wherever rotation is on',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'high',
    securitySeverity: 5.0,
    tags: ['security', 'oauth', 'refresh-tokens'],
    messages: {
      nonRotating:
        'Public application "{{client}}" does not rotate its refresh tokens. It is public ({{why}}) and uses refresh tokens with rotation_type ' +
        '{{rotationType}}, so a refresh token stolen from the device or browser stays usable until it expires. Set refresh_token.rotation_type to rotating ' +
        '(with expiration_type expiring), so each use issues a new token and reuse is detected.',
      unset:
        'Public application "{{client}}" uses refresh tokens without setting their rotation. It is public ({{why}}) and does not set ' +
        'refresh_token.rotation_type; Auth0 creates applications with non-rotating refresh tokens, which a thief can reuse until they expire. Set ' +
        'refresh_token.rotation_type to rotating (with expiration_type expiring).',
      longLeeway:
        'Application "{{client}}" lets a used refresh token keep working for {{leeway}}. It rotates its refresh tokens but sets that reuse interval ' +
        '(refresh_token.leeway): Auth0 does not apply reuse detection inside it, so for that long a stolen refresh token keeps working next to the legitimate ' +
        'one and nobody notices. The interval exists to absorb concurrent requests, which take seconds. Set refresh_token.leeway to {{max}} seconds or less (0 ' +
        'turns the overlap off).',
    },
    schema: {
      type: 'object',
      properties: {
        maxLeeway: {
          type: 'integer',
          minimum: 0,
          default: 60,
          description: 'The longest refresh token reuse interval (refresh_token.leeway, in seconds) accepted on an application with rotating refresh tokens.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxLeeway: 60 },
    docs,
  },
  check({ tenant, options, report }) {
    for (const client of tenant.clients) {
      const settings = refreshTokenSettings(client);
      const rotationType = settings?.rotation_type;
      if (rotationType === 'rotating') {
        const leeway = settings?.leeway;
        if (typeof leeway === 'number' && leeway > options.maxLeeway && !refreshTokensOff(client)) {
          report({
            entity: client,
            path: '/refresh_token/leeway',
            messageId: 'longLeeway',
            data: { client: client.name ?? client.key, leeway: `${leeway} seconds (${duration(leeway)})`, max: options.maxLeeway },
          });
        }
        continue;
      }
      // Public apps cannot keep a secret, so a stolen refresh token is all an attacker needs.
      if (!client.publicBecause || grantTypeEntries(client, [GRANT_TYPES.refreshToken]).length === 0) continue;
      // Token Vault's refresh-token exchange requires rotation to be off: demanding it would break the integration.
      if (grantTypeEntries(client, [GRANT_TYPES.tokenVault]).length > 0) continue;
      report({
        entity: client,
        path: '/refresh_token/rotation_type',
        messageId: rotationType === undefined || rotationType === null ? 'unset' : 'nonRotating',
        data: { client: client.name ?? client.key, why: publicLabel(client), rotationType: String(rotationType) },
      });
    }
  },
});

function refreshTokenSettings(client: Client): { rotation_type?: unknown; leeway?: unknown } | undefined {
  const settings = client.data.refresh_token;
  return typeof settings === 'object' && settings !== null ? settings : undefined;
}

/** The application's grant_types is stated and holds no refresh_token: its refresh token settings are never used. */
function refreshTokensOff(client: Client): boolean {
  return Array.isArray(client.data.grant_types) && grantTypeEntries(client, [GRANT_TYPES.refreshToken]).length === 0;
}
