import { defineRule } from '../../src/engine/rule.js';
import { grantTypePath, grantTypesInUse, profileEnforces, settingsOwnedByTenant } from '../../src/model/client-hardening.js';
import { PUBLIC_APP_TYPES } from '../../src/model/client-flows.js';
import { actionsOnTrigger } from '../../src/model/posture/action-triggers.js';
import { codeSatisfies } from '../../src/model/posture/code-calls.js';
import type { CodeEntity } from '../../src/model/types.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-pkce-enforcement',
    description: 'Enforce PKCE for single-page and native applications with a post-login Action',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'medium',
    securitySeverity: 5.0,
    tags: ['security', 'clients', 'pkce', 'actions'],
    requires: ['actions'],
    preset: 'strict',
    messages: {
      notEnforced:
        'PKCE is not enforced for {{appType}} application "{{name}}". Auth0 accepts its authorization code requests without a code_challenge, so a ' +
        'stolen or injected code can be redeemed without the verifier. Add a post-login Action that denies logins whose request has no code_challenge.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const clients = tenant.clients.filter(
      (client) =>
        settingsOwnedByTenant(client) &&
        client.appType !== undefined &&
        PUBLIC_APP_TYPES.includes(client.appType) &&
        grantTypesInUse(client).includes('authorization_code') &&
        // Auth0 requires PKCE of strict third-party applications and under FAPI profiles itself.
        !(client.thirdParty && client.data.third_party_security_mode === 'strict') &&
        !profileEnforces(client, 'pkce'),
    );
    if (clients.length === 0 || actionsOnTrigger(tenant.posture.actions, 'post-login').some(enforcesPkce)) return;
    for (const client of clients) {
      report({
        entity: client,
        path: grantTypePath(client, 'authorization_code'),
        subject: 'pkce',
        messageId: 'notEnforced',
        data: { name: client.name ?? client.key, appType: client.appType! },
      });
    }
  },
});

/** The Action reads `code_challenge` and calls `api.access.deny`. */
function enforcesPkce(action: CodeEntity<'action'>): boolean {
  return codeSatisfies(action.code, (facts) => facts.properties.has('code_challenge') && facts.calls.has('api.access.deny'), [
    'code_challenge',
    'api.access.deny',
  ]);
}
