import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-management-api-refresh-policies',
    description: 'Keep the Management API out of multi-resource refresh token policies',
    defaultSeverity: 'error',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 8.0,
    tags: ['security', 'clients', 'management-api', 'refresh-tokens'],
    messages: {
      management:
        'Application "{{name}}" lists the Management API in its refresh token policies. The policy names {{audience}} (refresh_token.policies): its refresh ' +
        'tokens would be exchanged for Management API tokens, so one stolen refresh token would reach tenant administration. Auth0 does not allow the ' +
        'Management API in multi-resource refresh token policies. Remove this policy entry.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      const refresh = client.data.refresh_token as { policies?: unknown } | null | undefined;
      const policies = refresh && typeof refresh === 'object' ? refresh.policies : undefined;
      if (!Array.isArray(policies)) continue;
      policies.forEach((policy: unknown, index) => {
        const audience = (policy as { audience?: unknown } | null)?.audience;
        if (typeof audience !== 'string' || !tenant.isManagementApiAudience(audience)) return;
        report({
          entity: client,
          path: `/refresh_token/policies/${index}/audience`,
          subject: `refresh_token.policies:${audience}`,
          messageId: 'management',
          data: { name: client.name ?? client.key, audience },
        });
      });
    }
  },
});
