import { defineRule } from '../../src/engine/rule.js';
import { apiLabel, grantClientLabel } from '../../src/model/labels.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-allow-all-scopes',
    description: 'Require client grants to list their scopes instead of allowing all',
    defaultSeverity: 'warning',
    category: 'client-grants',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['security', 'least-privilege', 'client-grants'],
    messages: {
      allowAll:
        'Client grant for "{{client}}" on "{{api}}" sets allow_all_scopes: true. The application holds every scope the API defines, including any scope added ' +
        'later, without anyone reviewing the grant again. Replace allow_all_scopes with a scope list of only what the application needs.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      // The Management API has its own, stricter rule: management-api-least-privilege.
      if (!grant.allowAllScopes || grant.toManagementApi) continue;
      report({
        entity: grant,
        path: '/allow_all_scopes',
        messageId: 'allowAll',
        data: { client: grantClientLabel(grant), api: grant.api ? apiLabel(grant.api) : (grant.audience ?? '') },
      });
    }
  },
});
