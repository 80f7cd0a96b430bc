import { defineRule } from '../../src/engine/rule.js';
import { asString, dig } from '../../src/model/posture/values.js';
import docs from './README.md';

/** The network ACL scope that covers `/oidc/register` (Management API and Terraform name it so). */
const DCR_SCOPES = new Set(['dynamic_client_registration', 'dcr']);

export default defineRule({
  meta: {
    id: 'no-open-dynamic-client-registration',
    description: 'Keep Dynamic Client Registration off unless a network ACL restricts who may register applications',
    defaultSeverity: 'error',
    category: 'tenant',
    precision: 'very-high',
    securitySeverity: 7.5,
    tags: ['security', 'tenant', 'dynamic-client-registration'],
    requires: ['tenant'],
    messages: {
      open:
        'Dynamic Client Registration is on (flags.enable_dynamic_client_registration). Anyone who can reach the tenant can register an application at ' +
        '/oidc/register without a token, and every such application can ask your users to consent to it. Turn the flag off, or restrict /oidc/register with an ' +
        'active network ACL whose rule scope is dynamic_client_registration.',
      openAclsUnknown:
        'Dynamic Client Registration is on (flags.enable_dynamic_client_registration). Anyone who can reach the tenant can register an application at ' +
        '/oidc/register without a token. The input holds no network ACLs, so a restriction could not be seen. Turn the flag off, or restrict /oidc/register ' +
        'with an active network ACL (rule scope dynamic_client_registration) and lint an export that includes networkACLs.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (!settings || settings.flags.enable_dynamic_client_registration !== true) return;
    const aclsKnown = tenant.posture.known.has('networkACLs');
    const restricted = tenant.posture.networkAcls.some((acl) => acl.data.active !== false && DCR_SCOPES.has(asString(dig(acl.data, 'rule', 'scope')) ?? ''));
    if (restricted) return;
    report({ entity: settings, path: '/flags/enable_dynamic_client_registration', messageId: aclsKnown ? 'open' : 'openAclsUnknown' });
  },
});
