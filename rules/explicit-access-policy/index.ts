import { defineRule } from '../../src/engine/rule.js';
import { apiLabel } from '../../src/model/labels.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'explicit-access-policy',
    description: 'Require every API that states a user access policy to state its client access policy too',
    defaultSeverity: 'note',
    category: 'access-policy',
    precision: 'very-high',
    securitySeverity: 2.0,
    tags: ['maintainability', 'access-policy'],
    messages: {
      missingClient:
        'API "{{api}}" states a user access policy but no client access policy. Auth0\'s default require_client_grant applies to machine-to-machine access ' +
        'without anyone having chosen it. Add subject_type_authorization.client.policy (require_client_grant, or deny_all if no application calls the API on ' +
        'its own behalf).',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      if (api.isSystem) continue;
      const value = api.data.subject_type_authorization;
      // Without a user entry the user policy defaults to allow_all, which prefer-require-client-grant reports, saying
      // that it was defaulted; its fix (write the field) is where the client policy goes too, so saying it twice adds
      // nothing. Malformed values are valid-access-policy's, markers no-unresolved-keywords'.
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'user')) continue;
      if (Object.hasOwn(value, 'client')) continue;
      report({ entity: api, path: '/subject_type_authorization/client', messageId: 'missingClient', data: { api: apiLabel(api) } });
    }
  },
});
