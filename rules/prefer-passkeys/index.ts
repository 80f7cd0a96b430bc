import { defineRule } from '../../src/engine/rule.js';
import { databasesWithOptions, isExternalUserStore } from '../../src/model/posture/databases.js';
import { dig, isRecord, label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'prefer-passkeys',
    description: 'Offer passkeys on database connections that sign users in with passwords',
    defaultSeverity: 'note',
    category: 'authentication',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['security', 'connections', 'passkeys', 'phishing'],
    requires: ['databases'],
    preset: 'strict',
    messages: {
      passwordOnly:
        'Database connection "{{name}}" signs users in with passwords only, passkeys off. Its options.authentication_methods leave passkeys disabled. Passwords ' +
        'can be phished, reused and stuffed; a passkey cannot leave the device or be typed into a fake site. Enable passkeys for the connection (Dashboard: ' +
        'Authentication → Database → Authentication Methods).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const { connection, options } of databasesWithOptions(tenant)) {
      // Without authentication_methods the data does not say (older exports, Terraform leaving it to the API).
      const methods = options.authentication_methods;
      if (!isRecord(methods) || dig(methods, 'password', 'enabled') === false || dig(methods, 'passkey', 'enabled') === true) continue;
      // A custom database without import stores no users, so passkeys cannot be enabled; no-external-user-store says so.
      if (isExternalUserStore(options)) continue;
      const path = dig(methods, 'passkey', 'enabled') === undefined ? '/options/authentication_methods' : '/options/authentication_methods/passkey/enabled';
      report({ entity: connection, path, messageId: 'passwordOnly', data: { name: label(connection) } });
    }
  },
});
