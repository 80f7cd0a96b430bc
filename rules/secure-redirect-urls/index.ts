import { defineRule } from '../../src/engine/rule.js';
import { clientUrls, isLoopbackHost } from '../../src/model/client-urls.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'secure-redirect-urls',
    description: 'Require https:// for application URLs (except loopback) and exact callback URLs without wildcards',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 6.5,
    tags: ['security', 'oauth', 'redirects'],
    messages: {
      plainHttp:
        'Application "{{client}}" lists a plain http:// URL in {{field}}: {{url}}. Whatever passes through that URL (authorization codes, tokens, trusted ' +
        'cross-origin requests) can be read or altered by anyone on the network path. Change it to https://, or remove it if the site is gone.',
      wildcardCallback:
        'Application "{{client}}" allows a wildcard callback: {{url}}. Auth0 sends authorization codes and tokens to any URL that matches it, including a ' +
        'forgotten or taken-over subdomain. List every callback URL exactly, without *.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const url of clientUrls(client)) {
        if (url.unresolved) continue;
        const data = { client: client.name ?? client.key, url: url.value, field: url.field };
        if (url.scheme === 'http' && url.host && !isLoopbackHost(url.host)) {
          report({ entity: client, path: url.path, subject: `http ${url.field} ${url.value}`, messageId: 'plainHttp', data });
        }
        if (url.field === 'callbacks' && url.value.includes('*')) {
          report({ entity: client, path: url.path, subject: `wildcard ${url.value}`, messageId: 'wildcardCallback', data });
        }
      }
    }
  },
});
