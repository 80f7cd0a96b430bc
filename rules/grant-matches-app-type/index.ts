import { defineRule } from '../../src/engine/rule.js';
import { CLIENT_CREDENTIALS, hasUserFlow, publicLabel, statedGrantTypes } from '../../src/model/client-flows.js';
import { apiLabel, grantClientLabel } from '../../src/model/labels.js';
import type { Client, ClientGrant } from '../../src/model/types.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'grant-matches-app-type',
    description: 'Require client grants to match the flows their application can use',
    defaultSeverity: 'warning',
    category: 'client-grants',
    precision: 'high',
    securitySeverity: 4.0,
    tags: ['security', 'client-grants', 'dead-configuration'],
    messages: {
      publicApp:
        'Public application "{{client}}" cannot use its M2M grant on "{{api}}". It is public ({{why}}) and the grant has subject type ' +
        "client: Auth0 gives the client credentials flow only to applications that authenticate, and refuses client_credentials in a public application's " +
        'grant_types, so the grant is unusable today. It goes live, with scopes nobody reviewed lately, the day someone gives the application a credential. ' +
        'Delete the grant, or give the backend that needs the API its own confidential application (regular_web or non_interactive, with a secret or a key) and ' +
        'grant that one.',
      noClientCredentials:
        'Application "{{client}}" cannot use its M2M grant on "{{api}}". The grant has subject type client, but the application\'s grant_types ' +
        'does not include client_credentials. The grant hides what the application can really access and becomes live as soon as someone enables the flow. ' +
        'Delete the grant, or add client_credentials to grant_types if the application calls the API on its own behalf.',
      machineUserGrant:
        'M2M application "{{client}}" cannot use its user grant on "{{api}}". The grant has subject type user, but the application ' +
        "(app_type non_interactive) has no users. The grant misleads reviewers about who acts on users' behalf. Delete it, or set subject_type to client if the " +
        'application calls the API on its own behalf.',
      noUserFlow:
        'Application "{{client}}" cannot use its user grant on "{{api}}". The grant has subject type user, but the application\'s grant_types holds no ' +
        'flow that signs users in (it has only client_credentials or nothing). The grant misleads reviewers and becomes live when someone enables a user flow. ' +
        'Delete it, or set subject_type to client.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const client = grant.client;
      if (!client) continue;
      const messageId = problemOf(grant, client);
      if (!messageId) continue;
      report({
        entity: grant,
        path: grant.data.subject_type === undefined ? '' : '/subject_type',
        messageId,
        data: { client: grantClientLabel(grant), api: grant.api ? apiLabel(grant.api) : (grant.audience ?? ''), why: publicLabel(client) },
      });
    }
  },
});

/** Which flow the grant needs and whether the application can use it; anonymous_user grants are not documented enough to judge. */
function problemOf(grant: ClientGrant, client: Client): 'publicApp' | 'noClientCredentials' | 'machineUserGrant' | 'noUserFlow' | undefined {
  const types = statedGrantTypes(client);
  if (grant.subjectType === 'client') {
    if (client.publicBecause) return 'publicApp';
    return types && !types.includes(CLIENT_CREDENTIALS) ? 'noClientCredentials' : undefined;
  }
  if (grant.subjectType === 'user') {
    // A machine-to-machine app that lists a user flow (a legacy password grant, token exchange) does get user tokens.
    if (types && hasUserFlow(types)) return undefined;
    if (client.appType === 'non_interactive') return 'machineUserGrant';
    return types ? 'noUserFlow' : undefined;
  }
  return undefined;
}
