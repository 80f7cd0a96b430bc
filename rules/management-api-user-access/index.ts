import { defineRule } from '../../src/engine/rule.js';
import { apiLabel } from '../../src/model/labels.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'management-api-user-access',
    description: 'Require a client grant for user access to the Auth0 Management API',
    defaultSeverity: 'error',
    category: 'access-policy',
    precision: 'very-high',
    securitySeverity: 8.0,
    tags: ['security', 'least-privilege', 'access-policy', 'management-api'],
    messages: {
      allowAll:
        'The Auth0 Management API ("{{api}}") sets its user access policy to allow_all, so every application in the tenant can get a Management API ' +
        'token for its signed-in user, with scopes such as update:current_user_identities and update:current_user_metadata; one cross-site scripting ' +
        'bug in any application is then enough to link accounts or rewrite user metadata. Set subject_type_authorization.user.policy to ' +
        'require_client_grant and give a user-subject client grant only to the applications that must call the Management API for their users.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const { policy, explicit } = api.policy.user;
      // Auth0 does not document the Management API's default user policy, so only a written allow_all is reported.
      if (!api.isManagementApi || !explicit || policy !== 'allow_all') continue;
      report({ entity: api, path: '/subject_type_authorization/user/policy', messageId: 'allowAll', data: { api: apiLabel(api) } });
    }
  },
});
