import { defineRule } from '../../src/engine/rule.js';
import { databasesWithOptions, isExternalUserStore } from '../../src/model/posture/databases.js';
import { label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-external-user-store',
    description: 'Migrate users of custom database connections into Auth0 (import mode) instead of checking every login against your own database',
    defaultSeverity: 'note',
    category: 'authentication',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['security', 'connections', 'passwords'],
    requires: ['databases'],
    preset: 'strict',
    messages: {
      external:
        'Database connection "{{name}}" keeps its users in your own database. As a custom database without import, every login runs your login ' +
        "script against it, so that database's security and uptime decide every sign-in, and Auth0 features that need stored users (passkeys, flexible " +
        'identifiers) stay unavailable. Turn on "Import Users to Auth0" (options.import_mode) to migrate users as they log in, or document why not.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const { connection, options } of databasesWithOptions(tenant)) {
      if (isExternalUserStore(options))
        report({ entity: connection, path: '/options/enabledDatabaseCustomization', messageId: 'external', data: { name: label(connection) } });
    }
  },
});
