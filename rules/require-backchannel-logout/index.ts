import { defineRule } from '../../src/engine/rule.js';
import { grantTypesInUse, settingsOwnedByTenant, signsInByFederation } from '../../src/model/client-hardening.js';
import { dig } from '../../src/model/posture/values.js';
import docs from './README.md';

/** Grants that sign users in through Auth0's session, which back-channel logout ends in the application too. */
const LOGIN_GRANTS = ['authorization_code', 'implicit'];

export default defineRule({
  meta: {
    id: 'require-backchannel-logout',
    description: 'Give regular web applications an OIDC back-channel logout URL, so their sessions end with the Auth0 session',
    defaultSeverity: 'note',
    category: 'clients',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['security', 'clients', 'sessions'],
    preset: 'strict',
    messages: {
      missing:
        'Web application "{{name}}" has no back-channel logout URL. When a user\'s Auth0 session ends (logout elsewhere, a deleted or blocked user, ' +
        'a revoked session), its own session stays open. Set oidc_logout.backchannel_logout_urls to an endpoint that ends the session.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      // SPAs and native apps hold no server session to end; machine-to-machine apps have no user session.
      if (!settingsOwnedByTenant(client) || client.appType !== 'regular_web') continue;
      // SAML and WS-Fed logins end through the addon's own single logout, not OIDC's.
      if (signsInByFederation(client)) continue;
      if (!LOGIN_GRANTS.some((grantType) => grantTypesInUse(client).includes(grantType))) continue;
      // `oidc_backchannel_logout` is the field's older name, still returned for clients set up with it.
      const urls = dig(client.data, 'oidc_logout', 'backchannel_logout_urls') ?? dig(client.data, 'oidc_backchannel_logout', 'backchannel_logout_urls');
      if (Array.isArray(urls) && urls.length > 0) continue;
      const path =
        dig(client.data, 'oidc_logout', 'backchannel_logout_urls') !== undefined
          ? '/oidc_logout/backchannel_logout_urls'
          : client.data.oidc_logout !== undefined
            ? '/oidc_logout'
            : '/app_type';
      report({ entity: client, path, subject: 'oidc_logout', messageId: 'missing', data: { name: client.name ?? client.key } });
    }
  },
});
