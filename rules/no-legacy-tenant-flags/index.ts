import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

/** Tenant flags that keep a legacy, less safe behaviour on, and what each one allows. */
export const LEGACY_FLAGS: Readonly<Record<string, string>> = {
  allow_legacy_ro_grant_types: 'the legacy resource owner endpoint (/oauth/ro) and its password grants',
  allow_legacy_delegation_grant_types: 'the legacy delegation endpoint (/delegation), which trades one token for another',
  allow_other_legacy_grant_types: 'other legacy grant types that predate OIDC-conformant flows',
  allow_legacy_tokeninfo_endpoint: 'the legacy /tokeninfo endpoint, which returns a profile for an ID token',
  enable_legacy_profile: 'the legacy user profile in ID tokens and /userinfo (non-namespaced claims, identities)',
  enable_idtoken_api2: 'ID tokens as credentials for Management API v2 calls',
  change_pwd_flow_v1: 'the legacy change-password flow (v1), which sets the new password from the request',
};

export default defineRule({
  meta: {
    id: 'no-legacy-tenant-flags',
    description: 'Keep legacy tenant flags off (resource owner, delegation, tokeninfo, legacy profile, ID tokens for the Management API)',
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['security', 'tenant', 'legacy'],
    requires: ['tenant'],
    messages: {
      legacy:
        'Legacy tenant flag {{flag}} is on. It keeps {{what}} available to every application. Auth0 deprecated these behaviours; they bypass the protections of ' +
        'OIDC-conformant flows. Set flags.{{flag}} to false once no application depends on it (Dashboard: Settings → Advanced → Migrations).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const [flag, what] of Object.entries(LEGACY_FLAGS)) {
      if (settings.flags[flag] === true) report({ entity: settings, path: `/flags/${flag}`, messageId: 'legacy', data: { flag, what } });
    }
  },
});
