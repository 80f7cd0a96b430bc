import { defineRule } from '../../src/engine/rule.js';
import { grantClientListed } from '../../src/model/grant-client.js';
import { grantClientLabel } from '../../src/model/labels.js';
import { managementAudience, managementAudienceHost } from '../../src/model/management-api.js';
import { isUnresolved } from '../../src/model/markers.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { Tenant } from '../../src/model/types.js';
import docs from './README.md';

export interface Options {
  /** Names or client ids of applications the export leaves out on purpose. */
  readonly ignoreClients: readonly string[];
}

type MessageIds = 'danglingClient' | 'danglingApi' | 'severalManagementApis';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'no-dangling-client-grants',
    description: 'Require every client grant to point at an application and an API that exist',
    defaultSeverity: 'error',
    category: 'client-grants',
    precision: 'high',
    securitySeverity: 4.0,
    tags: ['correctness', 'client-grants', 'dead-configuration'],
    messages: {
      danglingClient:
        'Client grant on "{{audience}}" names an unknown application ("{{client}}"). It matches no application in the data by client_id or name. deploy-cli ' +
        'then sends the value as a client id, so the deploy fails, or the grant lands on whatever application holds that id, with scopes nobody reviewed for ' +
        "it. Correct client_id to the application's name or id, or delete the grant; if the application is left out of the export on purpose, add it to this " +
        "rule's ignoreClients option.",
      danglingApi:
        'Client grant for "{{client}}" is for an unknown API ("{{audience}}"). The audience is no API in the data and not the tenant\'s Management API ' +
        '({{managementApi}}). Auth0 refuses to create a grant for an API that does not exist, and a grant left over from a deleted or renamed API hides what ' +
        'the application really can access. Set audience to the identifier of an existing API, or delete the grant.',
      severalManagementApis:
        'Client grants here point at the Management APIs of {{count}} tenants. This one, for "{{client}}", points at the Management API of {{host}}; the ' +
        'tenants are {{hosts}}. A tenant has one Management API, so the grants to all but one of them are dangling (left over from another tenant, or a ' +
        "copy-paste), and the data does not say which tenant this is. Give the tenant's domain with --tenant-domain (or tenantDomain in the configuration) to " +
        'have the others reported, then correct or delete them.',
    },
    schema: {
      type: 'object',
      properties: {
        ignoreClients: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          default: [],
          description: 'Names or client ids of applications the export leaves out on purpose (AUTH0_EXCLUDED_CLIENTS); grants naming them are not reported.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignoreClients: [] },
    docs,
  },
  check({ tenant, options, report }) {
    // Auth0 deletes a grant with its application or API, so data holding grants but no application (or no API)
    // left that collection out (an API dump of grants only, deploy-cli's AUTH0_EXCLUDED): nothing can be checked.
    const checkClients = tenant.clients.length > 0;
    const checkApis = tenant.resourceServers.length > 0;
    if (tenant.domain === undefined) reportSeveralManagementApis(tenant, report);
    for (const grant of tenant.clientGrants) {
      const { clientRef, audience } = grant;
      // default_for grants apply to a group of applications (all third-party ones), not to one client.
      if (
        checkClients &&
        grant.defaultFor === undefined &&
        clientRef !== undefined &&
        !grant.client &&
        !isUnresolved(clientRef) &&
        !grantClientListed(grant, options.ignoreClients)
      ) {
        report({ entity: grant, path: '/client_id', messageId: 'danglingClient', data: { client: clientRef, audience: audience ?? '(none)' } });
      }
      if (!checkApis || audience === undefined || grant.api || grant.toManagementApi || isUnresolved(audience)) continue;
      // Without a known tenant domain, a https://{host}/api/v2/ audience may be this tenant's Management API.
      if (tenant.domain === undefined && managementAudienceHost(audience) !== undefined) continue;
      report({
        entity: grant,
        path: '/audience',
        messageId: 'danglingApi',
        data: { client: grantClientLabel(grant), audience, managementApi: tenant.domain ? managementAudience(tenant.domain) : 'tenant domain unknown' },
      });
    }
  },
});

/**
 * Without a known domain, the model takes every https://{tenant}.auth0.com/api/v2/ audience for this tenant's
 * Management API; grants to two or more such hosts mean at least one is dangling. Which one is not guessed: the first
 * grant to each host says so.
 */
function reportSeveralManagementApis(tenant: Tenant, report: RuleContext['report']): void {
  const firstGrantOf = new Map<string, Tenant['clientGrants'][number]>();
  for (const grant of tenant.clientGrants) {
    if (!grant.toManagementApi || grant.api || grant.audience === undefined || isUnresolved(grant.audience)) continue;
    const host = managementAudienceHost(grant.audience);
    if (host !== undefined && !firstGrantOf.has(host)) firstGrantOf.set(host, grant);
  }
  if (firstGrantOf.size < 2) return;
  const hosts = [...firstGrantOf.keys()].sort();
  for (const [host, grant] of firstGrantOf) {
    report({
      entity: grant,
      path: '/audience',
      subject: 'several-management-apis',
      messageId: 'severalManagementApis',
      data: { client: grantClientLabel(grant), host, count: hosts.length, hosts: hosts.join(', ') },
    });
  }
}
