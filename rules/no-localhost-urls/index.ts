import { defineRule } from '../../src/engine/rule.js';
import { clientUrls, isLoopbackHost, isLoopbackIp } from '../../src/model/client-urls.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-localhost-urls',
    description: 'Keep localhost and loopback URLs out of application URL settings',
    defaultSeverity: 'note',
    category: 'clients',
    precision: 'high',
    securitySeverity: 2.0,
    tags: ['security', 'hygiene', 'redirects'],
    messages: {
      loopback:
        'Application "{{client}}" lists {{url}} in {{field}}, a loopback address. Any program on a user\'s machine listening on that port receives what Auth0 ' +
        'sends there, and development URLs do not belong in a production tenant. Move local development to its own tenant or application and remove this entry.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const url of clientUrls(client)) {
        if (url.unresolved || !url.host || !isLoopbackHost(url.host)) continue;
        // A native desktop app receives its login response on a loopback IP port by design (RFC 8252, 7.3).
        if (client.appType === 'native' && url.field === 'callbacks' && isLoopbackIp(url.host)) continue;
        report({
          entity: client,
          path: url.path,
          subject: `${url.field} ${url.value}`,
          messageId: 'loopback',
          data: { client: client.name ?? client.key, url: url.value, field: url.field },
        });
      }
    }
  },
});
