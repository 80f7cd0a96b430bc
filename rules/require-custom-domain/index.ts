import { defineRule } from '../../src/engine/rule.js';
import { asString, label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-custom-domain',
    description: 'Serve logins from a verified custom domain with the recommended TLS policy',
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'high',
    securitySeverity: 4.0,
    tags: ['security', 'tenant', 'custom-domain'],
    requires: ['customDomains'],
    preset: 'strict',
    messages: {
      none:
        "The tenant has no custom domain. Users sign in on an auth0.com address they cannot tell from a look-alike, and cookies belong to Auth0's domain. " +
        'Add a custom domain on your own domain (Branding → Custom Domains) and use it in your applications.',
      notReady:
        'Custom domain "{{name}}" is {{status}}, and no custom domain is ready. Logins still run on the auth0.com domain. ' +
        'Finish its DNS verification (the CNAME or TXT record Auth0 asks for) until its status is ready.',
      weakTls:
        'Custom domain "{{name}}" uses tls_policy compatible. It accepts TLS 1.0 and 1.1, which are broken and deprecated. Set tls_policy to recommended (TLS 1.2 and later).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const domains = tenant.posture.customDomains;
    for (const domain of domains) {
      if (domain.data.tls_policy === 'compatible') report({ entity: domain, path: '/tls_policy', messageId: 'weakTls', data: { name: label(domain) } });
    }
    const origin = tenant.posture.sectionOrigin('customDomains');
    if (domains.length === 0) {
      if (origin) report({ origin, subject: 'customDomains', messageId: 'none' });
      return;
    }
    // Only the API (and exports of it) know the status; a domain without one is not judged.
    if (domains.some((domain) => domain.data.status === 'ready' || domain.data.status === undefined)) return;
    for (const domain of domains)
      report({
        entity: domain,
        path: '/status',
        messageId: 'notReady',
        data: { name: label(domain), status: asString(domain.data.status) ?? String(domain.data.status) },
      });
  },
});
