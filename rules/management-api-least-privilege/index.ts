import { CRITICAL_MANAGEMENT_SCOPES } from '../../src/data/critical-management-scopes.js';
import { defineRule } from '../../src/engine/rule.js';
import { grantClientListed } from '../../src/model/grant-client.js';
import { grantClientLabel } from '../../src/model/labels.js';
import docs from './README.md';

export interface Options {
  /** Names or client ids of applications allowed to hold critical scopes (a deploy pipeline's own client). */
  readonly allowedClients: readonly string[];
}

const LISTED = 8;

export default defineRule<Options>({
  meta: {
    id: 'management-api-least-privilege',
    description: 'Disallow Management API grants with scopes that can take over the tenant',
    defaultSeverity: 'error',
    category: 'client-grants',
    precision: 'high',
    securitySeverity: 9.0,
    tags: ['security', 'least-privilege', 'client-grants', 'management-api'],
    messages: {
      criticalScopes:
        'Client grant for "{{client}}" on the Auth0 Management API holds {{count}} critical scope(s): {{scopes}}. With these the application can grant itself more access, ' +
        'change how users sign in or run code in the login pipeline, so anyone who obtains its credentials controls the tenant. ' +
        'Remove every scope the application\'s code does not call; if this is the deploy pipeline\'s own application, list it in this rule\'s allowedClients option.',
      allowAllScopes:
        'Client grant for "{{client}}" on the Auth0 Management API sets allow_all_scopes: true, which grants every Management API scope, today\'s and every one Auth0 adds, ' +
        'including those that let the application grant itself more access and control the tenant. ' +
        'Replace allow_all_scopes with a scope list of only what the application\'s code calls; if this is the deploy pipeline\'s own application, list it in allowedClients.',
    },
    schema: {
      type: 'object',
      properties: {
        allowedClients: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          default: [],
          description: 'Names or client ids of applications allowed to hold critical Management API scopes, such as the deploy pipeline\'s own client.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowedClients: [] },
    docs,
  },
  check({ tenant, options, report }) {
    for (const grant of tenant.clientGrants) {
      // Auth0 creates is_system grants itself and refuses changes to them, so nobody could act on a finding.
      if (!grant.toManagementApi || grant.data.is_system === true || grantClientListed(grant, options.allowedClients)) continue;
      const client = grantClientLabel(grant);
      if (grant.allowAllScopes) report({ entity: grant, path: '/allow_all_scopes', messageId: 'allowAllScopes', data: { client } });
      const list: unknown[] = Array.isArray(grant.data.scope) ? grant.data.scope : [];
      const first = list.findIndex((scope) => typeof scope === 'string' && CRITICAL_MANAGEMENT_SCOPES.has(scope));
      if (first < 0) continue;
      const critical = [...new Set(grant.scopes.filter((scope) => CRITICAL_MANAGEMENT_SCOPES.has(scope)))].sort();
      const shown = critical.slice(0, LISTED).join(', ') + (critical.length > LISTED ? ` and ${critical.length - LISTED} more` : '');
      // The finding points at the first critical scope; its identity is the grant, so reordering scopes keeps it.
      report({ entity: grant, path: `/scope/${first}`, subject: 'critical-scopes', messageId: 'criticalScopes', data: { client, count: critical.length, scopes: shown } });
    }
  },
});
