import { defineRule } from '../../src/engine/rule.js';
import { apiLabel } from '../../src/model/labels.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'management-api-user-access',
    description: "Require a client grant for user access to Auth0's system APIs (Management, My Account and My Organization APIs)",
    defaultSeverity: 'error',
    category: 'access-policy',
    precision: 'very-high',
    securitySeverity: 8.0,
    tags: ['security', 'least-privilege', 'access-policy', 'management-api'],
    messages: {
      allowAll:
        'The Auth0 Management API ("{{api}}") sets its user access policy to allow_all. Every application in the tenant can get a Management API token for its ' +
        'signed-in user, with scopes such as update:current_user_identities and update:current_user_metadata; one cross-site scripting bug in any application ' +
        'is then enough to link accounts or rewrite user metadata. Set subject_type_authorization.user.policy to require_client_grant and give a user-subject ' +
        'client grant only to the applications that must call the Management API for their users.',
      absent:
        'Management API "{{api}}" has no user access policy, so allow_all applies. The data was read from the Management API, which returns the field when it ' +
        "is set, so Auth0's default applies: every application in the tenant can get a Management API token for its signed-in user, with scopes such as " +
        'update:current_user_identities and update:current_user_metadata, and one cross-site scripting bug in any application is enough to link accounts or ' +
        'rewrite user metadata. Set subject_type_authorization.user.policy to require_client_grant and give a user-subject client grant only to the ' +
        'applications that must call the Management API for their users.',
      selfServiceAllowAll:
        'The {{kind}} ("{{api}}") sets its user access policy to allow_all. Every application in the tenant can get a token for it on behalf of its signed-in ' +
        'user, and with it {{reach}}; Auth0 activates this API with require_client_grant and advises against allow_all. Set ' +
        'subject_type_authorization.user.policy to require_client_grant and give a user-subject client grant, with only the scopes it needs, to each ' +
        'application that offers these self-service features.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const { policy, explicit } = api.policy.user;
      if (policy !== 'allow_all' || api.systemApi === undefined) continue;
      const data = { api: apiLabel(api) };
      if (api.systemApi !== 'management') {
        // The self-service APIs default to require_client_grant, so allow_all is always written.
        report({
          entity: api,
          path: '/subject_type_authorization/user/policy',
          messageId: 'selfServiceAllowAll',
          data: { ...data, ...SELF_SERVICE[api.systemApi] },
        });
      } else if (explicit) {
        report({ entity: api, path: '/subject_type_authorization/user/policy', messageId: 'allowAll', data });
      } else if (tenant.form === 'api') {
        // Exports drop the field, so only data read from the Management API tells that the policy is really absent.
        report({ entity: api, path: '/subject_type_authorization/user', messageId: 'absent', data });
      }
    }
  },
});

/** What each self-service API lets a user-delegated token do (Auth0 docs: "My Account API", "My Organization API"). */
const SELF_SERVICE = {
  'my-account': {
    kind: 'My Account API',
    reach: "read and change the user's own account: enrol and delete authentication methods, and connect external accounts for Token Vault",
  },
  'my-organization': {
    kind: 'My Organization API',
    reach: "administer the user's organization: its details, its identity providers (SSO) and SCIM provisioning, and its verified domains",
  },
} as const;
