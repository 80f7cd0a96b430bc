import { defineRule } from '../../src/engine/rule.js';
import { apiLabel, grantClientLabel } from '../../src/model/labels.js';
import type { ClientGrant, SystemApiKind } from '../../src/model/types.js';
import docs from './README.md';

const SYSTEM_API_NAMES: Readonly<Record<SystemApiKind, string>> = {
  management: 'the Auth0 Management API',
  'my-account': 'the My Account API',
  'my-organization': 'the My Organization API',
};

export default defineRule({
  meta: {
    id: 'no-third-party-system-api-grants',
    description: "Disallow client grants that give third-party applications access to Auth0's system APIs",
    defaultSeverity: 'error',
    category: 'client-grants',
    precision: 'very-high',
    securitySeverity: 8.0,
    tags: ['security', 'least-privilege', 'client-grants', 'third-party'],
    messages: {
      thirdPartyClient:
        'Grant on {{api}} for third-party application "{{client}}". The application has is_first_party: false, so someone outside your organisation runs it, ' +
        'and the grant lets it act on a system API that administers your tenant or your users\' accounts. Auth0 refuses such grants ("Client grants for this API ' +
        'cannot be created for third-party clients"), so a deploy of it fails, and one that exists predates the restriction. Delete the grant; if the ' +
        'integration needs the data, expose it through an API of your own with narrow scopes.',
      defaultForThirdParty:
        'Default client grant for third-party applications on {{api}}. With default_for: third_party_clients it would give every third-party application, ' +
        'including any registered dynamically, access to a system API. Auth0 does not support default grants on system APIs, so the deploy fails. Delete the ' +
        'grant.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const api = systemApiLabel(grant);
      if (api === undefined) continue;
      if (grant.defaultFor === 'third_party_clients') {
        report({ entity: grant, path: '/default_for', messageId: 'defaultForThirdParty', data: { api } });
      } else if (grant.client?.thirdParty) {
        report({ entity: grant, path: '/client_id', messageId: 'thirdPartyClient', data: { client: grantClientLabel(grant), api } });
      }
    }
  },
});

/** How the message names the grant's API when it is a system API (known by audience, or `is_system` in the data). */
function systemApiLabel(grant: ClientGrant): string | undefined {
  if (grant.toSystemApi !== undefined) return SYSTEM_API_NAMES[grant.toSystemApi];
  return grant.api?.isSystem ? `the system API "${apiLabel(grant.api)}"` : undefined;
}
