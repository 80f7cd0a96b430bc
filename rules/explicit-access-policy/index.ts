import { defineRule } from '../../src/engine/rule.js';
import { apiLabel } from '../../src/model/labels.js';
import { DEFAULT_POLICIES, SUBJECT_TYPES } from '../../src/model/policy.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'explicit-access-policy',
    description: 'Require every API to state its user and client access policies',
    defaultSeverity: 'note',
    category: 'access-policy',
    precision: 'very-high',
    securitySeverity: 2.0,
    tags: ['maintainability', 'access-policy'],
    messages: {
      missingField:
        'API "{{api}}" has no subject_type_authorization, so Auth0\'s defaults apply without anyone having chosen them: user access allow_all ' +
        '(every application may get user tokens) and client access require_client_grant. Write both policies, for example ' +
        'subject_type_authorization: { user: { policy: require_client_grant }, client: { policy: require_client_grant } }.',
      missingEntry:
        'API "{{api}}" states no {{subject}} access policy, so Auth0\'s default {{default}} applies without anyone having chosen it. ' +
        'Add subject_type_authorization.{{subject}}.policy (require_client_grant or deny_all{{userChoice}}).',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      if (api.isSystem) continue;
      const value = api.data.subject_type_authorization;
      if (value === undefined || value === null) {
        report({ entity: api, path: '/subject_type_authorization', messageId: 'missingField', data: { api: apiLabel(api) } });
        continue;
      }
      // Any other shape is malformed (valid-access-policy) or an unresolved marker (no-unresolved-keywords).
      if (typeof value !== 'object' || Array.isArray(value)) continue;
      for (const subject of SUBJECT_TYPES) {
        if (Object.hasOwn(value, subject)) continue;
        report({
          entity: api,
          path: `/subject_type_authorization/${subject}`,
          messageId: 'missingEntry',
          data: { api: apiLabel(api), subject, default: DEFAULT_POLICIES[subject], userChoice: subject === 'user' ? ', or allow_all if every application may' : '' },
        });
      }
    }
  },
});
