import { defineRule } from '../../src/engine/rule.js';
import { apiLabel } from '../../src/model/labels.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'prefer-require-client-grant',
    description: 'Require a client grant for user access to every API (user policy require_client_grant)',
    defaultSeverity: 'warning',
    category: 'access-policy',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['security', 'least-privilege', 'access-policy'],
    messages: {
      explicit:
        'API "{{api}}" sets its user access policy to allow_all. Every application in the tenant can get user access tokens for it. Set ' +
        'subject_type_authorization.user.policy to require_client_grant and give each application that needs the API a client grant with subject_type user.',
      defaulted:
        'API "{{api}}" has no user access policy, so Auth0\'s default allow_all applies. Every application in the tenant can get user access tokens for it. Set ' +
        'subject_type_authorization.user.policy to require_client_grant (and state client.policy beside it: require_client_grant or deny_all) and give each ' +
        'application that needs the API a client grant with subject_type user.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const { policy, explicit } = api.policy.user;
      if (api.isSystem || policy !== 'allow_all') continue;
      report({
        entity: api,
        path: explicit ? '/subject_type_authorization/user/policy' : '/subject_type_authorization/user',
        messageId: explicit ? 'explicit' : 'defaulted',
        data: { api: apiLabel(api) },
      });
    }
  },
});
