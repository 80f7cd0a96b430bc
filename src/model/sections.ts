/**
 * The parts of a tenant beyond APIs, applications and grants ("posture" sections), under deploy-cli's YAML keys,
 * with the name an API dump gives each (the Management API's own), the scope a live audit needs to read it, and
 * the endpoint it comes from.
 */
export const SECTION_NAMES = [
  'tenant',
  'attackProtection',
  'guardianFactors',
  'guardianPolicies',
  'databases',
  'connections',
  'emailProvider',
  'emailTemplates',
  'actions',
  'rules',
  'hooks',
  'pages',
  'logStreams',
  'eventStreams',
  'customDomains',
  'networkACLs',
] as const;

export type SectionName = (typeof SECTION_NAMES)[number];

export interface SectionInfo {
  /** The key of an API dump (`a0lint pull`), as the Management API names the collection. */
  readonly dump: string;
  /** The read scope a live audit needs. */
  readonly scope: string;
  readonly endpoint: string;
}

export const SECTIONS: Readonly<Record<SectionName, SectionInfo>> = {
  tenant: { dump: 'tenant_settings', scope: 'read:tenant_settings', endpoint: 'GET /api/v2/tenants/settings' },
  attackProtection: { dump: 'attack_protection', scope: 'read:attack_protection', endpoint: 'GET /api/v2/attack-protection' },
  guardianFactors: { dump: 'guardian_factors', scope: 'read:guardian_factors', endpoint: 'GET /api/v2/guardian/factors' },
  guardianPolicies: { dump: 'guardian_policies', scope: 'read:mfa_policies', endpoint: 'GET /api/v2/guardian/policies' },
  // A dump holds every connection in one list, as the API serves them; databases are those of strategy auth0.
  databases: { dump: 'connections', scope: 'read:connections', endpoint: 'GET /api/v2/connections' },
  connections: { dump: 'connections', scope: 'read:connections', endpoint: 'GET /api/v2/connections' },
  emailProvider: { dump: 'email_provider', scope: 'read:email_provider', endpoint: 'GET /api/v2/emails/provider' },
  emailTemplates: { dump: 'email_templates', scope: 'read:email_templates', endpoint: 'GET /api/v2/email-templates' },
  actions: { dump: 'actions', scope: 'read:actions', endpoint: 'GET /api/v2/actions/actions' },
  rules: { dump: 'rules', scope: 'read:rules', endpoint: 'GET /api/v2/rules' },
  hooks: { dump: 'hooks', scope: 'read:hooks', endpoint: 'GET /api/v2/hooks' },
  // The API keeps the error page in the tenant settings (`error_page.html`); deploy-cli moves it to `pages`.
  pages: { dump: 'tenant_settings', scope: 'read:tenant_settings', endpoint: 'GET /api/v2/tenants/settings' },
  logStreams: { dump: 'log_streams', scope: 'read:log_streams', endpoint: 'GET /api/v2/log-streams' },
  eventStreams: { dump: 'event_streams', scope: 'read:event_streams', endpoint: 'GET /api/v2/event-streams' },
  customDomains: { dump: 'custom_domains', scope: 'read:custom_domains', endpoint: 'GET /api/v2/custom-domains' },
  networkACLs: { dump: 'network_acls', scope: 'read:network_acls', endpoint: 'GET /api/v2/network-acls' },
};

/** The dump keys, each once, in a stable order. */
export const DUMP_SECTION_KEYS: readonly string[] = [...new Set(SECTION_NAMES.map((name) => SECTIONS[name].dump))];

/** The read scopes every live audit needs: the APIs, the applications and the client grants. */
export const CORE_READ_SCOPES: readonly string[] = ['read:resource_servers', 'read:client_grants', 'read:clients'];

/** The read scopes of the posture sections, each once, in section order: each lets a live audit read its sections. */
export const POSTURE_READ_SCOPES: readonly string[] = [...new Set(SECTION_NAMES.map((name) => SECTIONS[name].scope))].filter(
  (scope) => !CORE_READ_SCOPES.includes(scope),
);

/** Every scope a live audit uses; an audit token needs nothing else. */
export const AUDIT_READ_SCOPES: readonly string[] = [...CORE_READ_SCOPES, ...POSTURE_READ_SCOPES];
