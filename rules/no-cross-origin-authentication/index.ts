import { clientUrls, type UrlField } from '../../src/model/client-urls.js';
import { defineRule } from '../../src/engine/rule.js';
import { grantTypesInUse } from '../../src/model/client-hardening.js';
import docs from './README.md';

/**
 * The origins Auth0 accepts cross-origin login requests from: Allowed Origins (CORS), Allowed Web Origins, and the
 * callback URLs' origins (Auth0 docs, Configure Cross-Origin Resource Sharing). An application listing none of them
 * cannot be used for embedded login from any page, so its switch changes nothing until an origin is added.
 */
const ORIGIN_FIELDS: ReadonlySet<UrlField> = new Set(['callbacks', 'web_origins', 'allowed_origins']);

/** Grants that complete a login at /authorize, where a cross-origin login ticket is redeemed. */
const BROWSER_GRANTS = ['authorization_code', 'implicit'];

export default defineRule({
  meta: {
    id: 'no-cross-origin-authentication',
    description: 'Keep cross-origin authentication (embedded password login) off',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['security', 'clients', 'embedded-login'],
    preset: 'strict',
    messages: {
      on:
        'Application "{{name}}" allows cross-origin authentication ({{field}}: true). Its web pages collect passwords themselves and send them to Auth0 across ' +
        "origins, outside Universal Login, which exposes them to the page's scripts, breaks with third-party cookie blocking and bypasses protections of the " +
        'hosted login page. Use Universal Login and set {{field}} to false.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.data.global === true) continue;
      // deploy-cli deploys the deprecated cross_origin_auth when cross_origin_authentication is not written (clients
      // handler, sanitizeCrossOriginAuth), and the Terraform provider names the attribute so: one finding either way.
      const field = 'cross_origin_authentication' in client.data ? 'cross_origin_authentication' : 'cross_origin_auth';
      if (client.data[field] !== true || !clientUrls(client).some((url) => ORIGIN_FIELDS.has(url.field))) continue;
      // The login ticket is redeemed at /authorize: an application known to have no browser grant completes no login.
      const grants = grantTypesInUse(client);
      if (grants.length > 0 && !grants.some((grant) => BROWSER_GRANTS.includes(grant))) continue;
      report({ entity: client, path: `/${field}`, subject: '/cross_origin_authentication', messageId: 'on', data: { name: client.name ?? client.key, field } });
    }
  },
});
