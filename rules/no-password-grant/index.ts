import { defineRule } from '../../src/engine/rule.js';
import { GRANT_TYPES, grantTypeEntries } from '../../src/model/grant-types.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-password-grant',
    description: 'Disallow the resource owner password grant (password and password-realm) on applications',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 6.0,
    tags: ['security', 'oauth', 'grant-types'],
    messages: {
      password:
        'Application "{{client}}" allows the password grant ({{grantType}}). It collects users\' passwords itself and sends them to Auth0, bypassing Universal ' +
        'Login, MFA prompts and phishing-resistant login methods. Remove {{grantType}} from grant_types and sign users in with the authorization code flow ' +
        '(with PKCE for public apps).',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const entry of grantTypeEntries(client, [GRANT_TYPES.password, GRANT_TYPES.passwordRealm])) {
        report({
          entity: client,
          path: entry.path,
          subject: entry.value,
          messageId: 'password',
          data: { client: client.name ?? client.key, grantType: entry.value },
        });
      }
    }
  },
});
