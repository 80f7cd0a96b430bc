import { defineRule } from '../../src/engine/rule.js';
import { activeAclRules, hostMatches } from '../../src/model/posture/network-acl.js';
import { label } from '../../src/model/posture/values.js';
import docs from './README.md';

/** ACL scopes that cover logins: the authentication endpoints, and the whole tenant. */
const LOGIN_SCOPES = ['authentication', 'tenant'];
/** Hosts Auth0 gives tenants (`acme.eu.auth0.com`, `acme.auth0app.com`). */
const AUTH0_HOST = /(?:^|\.)auth0(?:app)?\.com$/;

export default defineRule({
  meta: {
    id: 'block-canonical-domain',
    description: 'Block logins on the canonical auth0.com domain once a custom domain is ready',
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'medium',
    securitySeverity: 4.0,
    tags: ['security', 'tenant', 'custom-domain', 'network'],
    requires: ['customDomains', 'networkACLs'],
    preset: 'strict',
    messages: {
      notBlocked:
        'The canonical domain{{domain}} still serves logins beside custom domain "{{name}}". Phishing pages and old links can use it, and ' +
        "protections tied to your domain (cookies, passkeys, the custom domain's header) do not apply there. Add a network ACL on scope authentication " +
        'that blocks the canonical hostname.',
      undecided:
        'Cannot tell whether the canonical domain is blocked beside custom domain "{{name}}". The tenant\'s domain is not in the data, and no ACL blocks ' +
        'an auth0.com host. Run with --tenant-domain <tenant>.auth0.com to decide.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    // Both sections decide: without the ACLs, nothing says whether the domain is blocked.
    if (!posture.known.has('customDomains') || !posture.known.has('networkACLs')) return;
    const ready = posture.customDomains.find((domain) => domain.data.status === 'ready');
    if (!ready) return;
    const hostnames = activeAclRules(posture.networkAcls)
      .filter((rule) => rule.blocks && rule.scope !== undefined && LOGIN_SCOPES.includes(rule.scope))
      .flatMap((rule) => rule.hostnames);
    const domain = tenant.domain;
    const name = label(ready);
    if (domain !== undefined) {
      if (!hostnames.some((pattern) => hostMatches(pattern, domain)))
        report({ entity: ready, path: '/status', subject: 'canonical-domain', messageId: 'notBlocked', data: { name, domain: ` ${domain}` } });
      return;
    }
    // Without the tenant's domain, a block on an Auth0 host shows the intent; a block on no host at all is decided.
    if (hostnames.some((pattern) => AUTH0_HOST.test(pattern))) return;
    const messageId = hostnames.length === 0 ? 'notBlocked' : 'undecided';
    report({ entity: ready, path: '/status', subject: 'canonical-domain', messageId, data: { name, domain: '' } });
  },
});
