import { defineRule } from '../../src/engine/rule.js';
import { isLoopbackHost, urlParts } from '../../src/model/client-urls.js';
import { joinPointer } from '../../src/model/pointer.js';
import docs from './README.md';

/** The tenant-level URLs Auth0 sends browsers to, with the words messages use for them. */
const FIELDS = [
  ['default_redirection_uri', 'login URI (default_redirection_uri)'],
  ['allowed_logout_urls', 'allowed logout URL'],
] as const;

export default defineRule({
  meta: {
    id: 'secure-tenant-urls',
    description: "Require https:// and no loopback hosts in the tenant's login URI and allowed logout URLs",
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['security', 'tenant', 'redirects'],
    requires: ['tenant'],
    messages: {
      plainHttp:
        "The tenant's {{label}} {{url}} uses plain http://. Auth0 sends users' browsers there, and anyone on the network path can alter that page, " +
        'for example into a copy of your login page. Change it to https://, or remove it if the site is gone.',
      loopback:
        "The tenant's {{label}} {{url}} points at a loopback address. Any program on a user's machine listening on that port receives the redirect, " +
        'and development URLs do not belong in a production tenant. Keep them in a development tenant and remove this one.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const [field, label] of FIELDS) {
      const value = settings.data[field];
      const urls: Array<[string, string]> = typeof value === 'string' ? [[value, joinPointer('', field)]] : [];
      if (Array.isArray(value)) value.forEach((url, index) => typeof url === 'string' && urls.push([url, joinPointer('', field, index)]));
      for (const [url, path] of urls) {
        const { scheme, host, unresolved } = urlParts(url);
        if (unresolved || !host) continue;
        const data = { label, url };
        if (isLoopbackHost(host)) report({ entity: settings, path, subject: `${field} ${url}`, messageId: 'loopback', severity: 'note', data });
        else if (scheme === 'http') report({ entity: settings, path, subject: `${field} ${url}`, messageId: 'plainHttp', data });
      }
    }
  },
});
