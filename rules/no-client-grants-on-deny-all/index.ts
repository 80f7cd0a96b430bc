import { defineRule } from '../../src/engine/rule.js';
import { apiLabel, grantClientLabel } from '../../src/model/labels.js';
import { isSubjectType } from '../../src/model/policy.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-client-grants-on-deny-all',
    description: "Disallow client grants that an API's deny_all access policy makes unusable",
    defaultSeverity: 'error',
    category: 'client-grants',
    precision: 'very-high',
    securitySeverity: 4.0,
    tags: ['security', 'access-policy', 'client-grants', 'dead-configuration'],
    messages: {
      deadGrant:
        'Grant for "{{client}}" on "{{api}}" can never be used. It has subject type {{subject}}, and the API\'s {{subject}} access policy is deny_all, which ' +
        'refuses every application whatever its grants. The grant hides intent and becomes live as soon as someone relaxes the policy. Delete the grant, or, if ' +
        'the application needs access, set the policy to require_client_grant.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const api = grant.api;
      if (!api || !isSubjectType(grant.subjectType) || api.policy[grant.subjectType].policy !== 'deny_all') continue;
      report({
        entity: grant,
        path: grant.data.subject_type === undefined ? '' : '/subject_type',
        messageId: 'deadGrant',
        data: { client: grantClientLabel(grant), api: apiLabel(api), subject: grant.subjectType },
      });
    }
  },
});
