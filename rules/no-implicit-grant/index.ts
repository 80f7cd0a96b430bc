import { defineRule } from '../../src/engine/rule.js';
import { GRANT_TYPES, grantTypeEntries } from '../../src/model/grant-types.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-implicit-grant',
    description: 'Disallow the implicit grant on applications',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['security', 'oauth', 'grant-types'],
    messages: {
      implicit:
        'Application "{{client}}" allows the implicit grant. It returns tokens in the browser\'s URL where history, logs and injected scripts can read them, and ' +
        'offers no sender binding or refresh tokens. Remove implicit from grant_types and use the authorization code flow with PKCE.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const entry of grantTypeEntries(client, [GRANT_TYPES.implicit])) {
        report({ entity: client, path: entry.path, subject: entry.value, messageId: 'implicit', data: { client: client.name ?? client.key } });
      }
    }
  },
});
