import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-oidc-conformant',
    description: 'Keep applications OIDC-conformant (oidc_conformant not false)',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['security', 'clients', 'legacy'],
    messages: {
      legacy:
        'Application "{{name}}" sets oidc_conformant: false. It keeps the legacy authentication pipeline, where the legacy flows and endpoints (resource owner, ' +
        'delegation, /tokeninfo, access tokens without an audience) stay open to it. Set oidc_conformant to true (Dashboard: Advanced Settings → OAuth → OIDC ' +
        'Conformant) after moving the application to standard OIDC flows.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      // The global "All Applications" client of API dumps is no application of its own.
      if (client.data.global === true) continue;
      if (client.data.oidc_conformant === false)
        report({ entity: client, path: '/oidc_conformant', messageId: 'legacy', data: { name: client.name ?? client.key } });
    }
  },
});
