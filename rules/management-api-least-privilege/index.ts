import { ACCOUNT_TAKEOVER_SCOPE_GROUPS, ACCOUNT_TAKEOVER_SCOPES, CRITICAL_MANAGEMENT_SCOPES } from '../../src/data/critical-management-scopes.js';
import { defineRule } from '../../src/engine/rule.js';
import { grantClientListed } from '../../src/model/grant-client.js';
import { grantClientLabel } from '../../src/model/labels.js';
import { publicLabel } from '../../src/model/client-flows.js';
import type { ClientGrant } from '../../src/model/types.js';
import docs from './README.md';

export interface Options {
  /** Names or client ids of applications allowed to hold critical scopes (a deploy pipeline's own client). */
  readonly allowedClients: readonly string[];
}

const LISTED = 8;

type MessageIds = 'criticalScopes' | 'takeoverScopes' | 'allowAllScopes';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'management-api-least-privilege',
    description: "Disallow Management API grants with scopes that can take over the tenant or its users' accounts",
    defaultSeverity: 'error',
    category: 'client-grants',
    precision: 'high',
    securitySeverity: 9.0,
    tags: ['security', 'least-privilege', 'client-grants', 'management-api'],
    messages: {
      criticalScopes:
        'Client grant for "{{client}}" holds {{count}} critical Management API scope(s). Scopes: {{scopes}}. With these the application can grant itself more ' +
        'access, change how users sign in or run code in the login pipeline, so anyone who obtains its credentials controls the tenant. Remove every scope the ' +
        "application's code does not call; if this is the deploy pipeline's own application, list it in this rule's allowedClients option.",
      takeoverScopes:
        'Client grant for "{{client}}" holds {{count}} account-takeover Management API scope(s). Scopes: {{scopes}}. With these the application can ' +
        "{{what}}, so anyone who obtains its credentials can act as, or lock out, any user.{{exposure}} Remove every scope the application's code does not " +
        'call, and keep the rest on a confidential backend application; if the grant is needed as it is, list the application in allowedClients.',
      allowAllScopes:
        'Client grant for "{{client}}" on the Auth0 Management API sets allow_all_scopes: true. It grants every Management API scope, today\'s and every one ' +
        'Auth0 adds, including those that let the application grant itself more access and control the tenant. Replace allow_all_scopes with a scope list of ' +
        "only what the application's code calls; if this is the deploy pipeline's own application, list it in allowedClients.",
    },
    schema: {
      type: 'object',
      properties: {
        allowedClients: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          default: [],
          description: "Names or client ids of applications allowed to hold critical Management API scopes, such as the deploy pipeline's own client.",
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
      reportTier(grant, list, CRITICAL_MANAGEMENT_SCOPES, (first, critical) =>
        report({
          entity: grant,
          path: `/scope/${first}`,
          subject: 'critical-scopes',
          messageId: 'criticalScopes',
          data: { client, count: critical.length, scopes: shown(critical) },
        }),
      );
      reportTier(grant, list, ACCOUNT_TAKEOVER_SCOPES, (first, takeover) => {
        const exposure = exposureOf(grant);
        report({
          entity: grant,
          path: `/scope/${first}`,
          subject: 'account-takeover-scopes',
          messageId: 'takeoverScopes',
          // A warning on a confidential first-party backend; an error where the credentials are not the tenant's to keep.
          ...(exposure ? {} : { severity: 'warning' as const }),
          data: { client, count: takeover.length, scopes: shown(takeover), what: takeoverReach(takeover), exposure: exposure ?? '' },
        });
      });
    }
  },
});

/** Reports a tier once per grant, at the first of its scopes in the list, naming them all (sorted, without repeats). */
function reportTier(grant: ClientGrant, list: readonly unknown[], tier: ReadonlySet<string>, reportAt: (first: number, scopes: string[]) => void): void {
  const first = list.findIndex((scope) => typeof scope === 'string' && tier.has(scope));
  if (first >= 0) reportAt(first, [...new Set(grant.scopes.filter((scope) => tier.has(scope)))].sort());
}

function shown(scopes: readonly string[]): string {
  return scopes.slice(0, LISTED).join(', ') + (scopes.length > LISTED ? ` and ${scopes.length - LISTED} more` : '');
}

/** What the held takeover scopes allow, group by group. */
function takeoverReach(scopes: readonly string[]): string {
  return ACCOUNT_TAKEOVER_SCOPE_GROUPS.filter((group) => group.scopes.some((scope) => scopes.includes(scope)))
    .map((group) => group.why)
    .join('; ');
}

/** Why the grant's credentials are out of the tenant's hands, as a sentence of the message; undefined when they are not. */
function exposureOf(grant: ClientGrant): string | undefined {
  const client = grant.client;
  if (client?.publicBecause) return ` The application is public (${publicLabel(client)}): whatever credential it holds is readable on users' devices.`;
  if (client?.thirdParty)
    return ' The application is a third-party application (is_first_party: false): someone outside your organisation runs it and holds its credentials.';
  return undefined;
}
