import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'third-party-strict-security',
    description: 'Keep third-party applications in strict security mode, with open redirect protection',
    defaultSeverity: 'warning',
    category: 'clients',
    precision: 'very-high',
    securitySeverity: 6.0,
    tags: ['security', 'clients', 'third-party'],
    messages: {
      permissive:
        'Third-party application "{{name}}" is in permissive security mode. With third_party_security_mode: permissive it keeps grant types, token ' +
        'lifetimes and flows without PKCE that strict mode forbids for applications you do not control. The mode cannot be changed on an existing application: create it ' +
        'again in strict mode and retire this one.',
      allowAlways:
        'Third-party application "{{name}}" sets redirection_policy: allow_always. Auth0 redirects to its callback without the confirmation that protects users ' +
        'from open redirects through your login domain. Set redirection_policy to open_redirect_protection.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.data.is_first_party !== false) continue;
      const name = client.name ?? client.key;
      if (client.data.third_party_security_mode === 'permissive')
        report({ entity: client, path: '/third_party_security_mode', messageId: 'permissive', data: { name } });
      if (client.data.redirection_policy === 'allow_always') report({ entity: client, path: '/redirection_policy', messageId: 'allowAlways', data: { name } });
    }
  },
});
