import { defineRule } from '../../src/engine/rule.js';
import { apiLabel, grantClientLabel } from '../../src/model/labels.js';
import { isUnresolved } from '../../src/model/markers.js';
import { scopesAvailableTo } from '../../src/model/scopes.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'grant-scopes-defined',
    description: 'Require every scope of a client grant to be defined by its API',
    defaultSeverity: 'error',
    category: 'client-grants',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['correctness', 'client-grants', 'scopes'],
    messages: {
      undefinedScope:
        'Scope "{{scope}}" is not defined on API "{{api}}". The grant for "{{client}}" lists it, but it grants nothing today, and if someone later adds ' +
        'a scope of that name to the API, the application holds it without anyone having granted it on purpose. Correct the spelling, add the scope to the ' +
        "API's scopes if the application needs it, or remove it from the grant.",
      unknownManagementScope:
        'Grant for "{{client}}" lists "{{scope}}", which is not a Management API scope. It grants nothing, and a misspelt scope usually means the ' +
        'application lacks a permission it was meant to have. Use the scope name from the Management API reference (for example read:users, update:users) or ' +
        'remove it.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const list = grant.data.scope;
      if (!Array.isArray(list) || list.length === 0) continue;
      const available = scopesAvailableTo(grant);
      if (!available) continue;
      list.forEach((scope: unknown, index) => {
        if (typeof scope !== 'string' || available.has(scope) || isUnresolved(scope)) return;
        report({
          entity: grant,
          path: `/scope/${index}`,
          subject: scope,
          messageId: grant.toManagementApi ? 'unknownManagementScope' : 'undefinedScope',
          data: { client: grantClientLabel(grant), api: grant.api ? apiLabel(grant.api) : (grant.audience ?? ''), scope },
        });
      });
    }
  },
});
