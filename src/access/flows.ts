import { CLIENT_CREDENTIALS, hasUserFlow, publicLabel, statedGrantTypes } from '../model/client-flows.js';
import type { Client } from '../model/types.js';
import type { AccessReason, AccessSubject } from './types.js';

export interface FlowVerdict {
  readonly usable: boolean;
  readonly reason: AccessReason;
}

/** Whether an application can use the flows of a subject type; undefined for anonymous sessions (too little documented to judge). */
export function flowVerdict(subject: AccessSubject, client: Client): FlowVerdict | undefined {
  if (subject === 'client') return clientCredentials(client);
  if (subject === 'user') return userFlow(client);
  return undefined;
}

function clientCredentials(client: Client): FlowVerdict {
  const name = clientLabel(client);
  if (client.publicBecause) {
    return {
      usable: false,
      reason: {
        code: 'public-client',
        text: `"${name}" is public (${publicLabel(client)}): Auth0 gives the client credentials flow only to applications that authenticate.`,
      },
    };
  }
  const types = statedGrantTypes(client);
  if (types === undefined) return unstated(client);
  if (!types.includes(CLIENT_CREDENTIALS)) {
    return {
      usable: false,
      reason: { code: 'no-client-credentials', text: `"${name}" does not list client_credentials in grant_types, so it cannot use the flow.` },
    };
  }
  return { usable: true, reason: { code: 'client-credentials', text: `"${name}" lists client_credentials in grant_types.` } };
}

function userFlow(client: Client): FlowVerdict {
  const name = clientLabel(client);
  const types = statedGrantTypes(client);
  // A machine-to-machine app that lists a user flow (a legacy password grant, token exchange) does get user tokens.
  if (types !== undefined && hasUserFlow(types)) {
    const flows = types.filter((type) => type !== CLIENT_CREDENTIALS).join(', ');
    return { usable: true, reason: { code: 'user-flow', text: `"${name}" signs users in (${flows}).` } };
  }
  if (client.appType === 'non_interactive') {
    return {
      usable: false,
      reason: {
        code: 'machine-app-no-user-flow',
        text: `"${name}" is a machine-to-machine application (app_type non_interactive) with no user flow, so it gets no user tokens.`,
      },
    };
  }
  if (types !== undefined) {
    return { usable: false, reason: { code: 'no-user-flow', text: `"${name}" has no flow that signs users in (grant_types: ${types.join(', ') || 'none'}).` } };
  }
  return unstated(client);
}

function unstated(client: Client): FlowVerdict {
  const type = client.appType === undefined ? 'no app_type' : `app_type ${client.appType}`;
  return {
    usable: true,
    reason: {
      code: 'grant-types-unstated',
      text: `"${clientLabel(client)}" does not state grant_types (${type}); Auth0's defaults apply, assumed to include the flow.`,
    },
  };
}

export function clientLabel(client: Client): string {
  return client.name ?? client.key;
}

/** Auth0 treats an application as first-party unless is_first_party is false. */
export function isThirdParty(client: Client): boolean {
  return client.data.is_first_party === false;
}
