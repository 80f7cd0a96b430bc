import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/model/sections.ts
var SECTION_NAMES = [
  "tenant",
  "attackProtection",
  "guardianFactors",
  "guardianPolicies",
  "databases",
  "connections",
  "emailProvider",
  "emailTemplates",
  "actions",
  "rules",
  "hooks",
  "pages",
  "logStreams",
  "eventStreams",
  "customDomains",
  "networkACLs"
];
var SECTIONS = {
  tenant: { dump: "tenant_settings", scope: "read:tenant_settings", endpoint: "GET /api/v2/tenants/settings" },
  attackProtection: { dump: "attack_protection", scope: "read:attack_protection", endpoint: "GET /api/v2/attack-protection" },
  guardianFactors: { dump: "guardian_factors", scope: "read:guardian_factors", endpoint: "GET /api/v2/guardian/factors" },
  guardianPolicies: { dump: "guardian_policies", scope: "read:mfa_policies", endpoint: "GET /api/v2/guardian/policies" },
  // A dump holds every connection in one list, as the API serves them; databases are those of strategy auth0.
  databases: { dump: "connections", scope: "read:connections", endpoint: "GET /api/v2/connections" },
  connections: { dump: "connections", scope: "read:connections", endpoint: "GET /api/v2/connections" },
  emailProvider: { dump: "email_provider", scope: "read:email_provider", endpoint: "GET /api/v2/emails/provider" },
  emailTemplates: { dump: "email_templates", scope: "read:email_templates", endpoint: "GET /api/v2/email-templates" },
  actions: { dump: "actions", scope: "read:actions", endpoint: "GET /api/v2/actions/actions" },
  rules: { dump: "rules", scope: "read:rules", endpoint: "GET /api/v2/rules" },
  hooks: { dump: "hooks", scope: "read:hooks", endpoint: "GET /api/v2/hooks" },
  // The API keeps the error page in the tenant settings (`error_page.html`); deploy-cli moves it to `pages`.
  pages: { dump: "tenant_settings", scope: "read:tenant_settings", endpoint: "GET /api/v2/tenants/settings" },
  logStreams: { dump: "log_streams", scope: "read:log_streams", endpoint: "GET /api/v2/log-streams" },
  eventStreams: { dump: "event_streams", scope: "read:event_streams", endpoint: "GET /api/v2/event-streams" },
  customDomains: { dump: "custom_domains", scope: "read:custom_domains", endpoint: "GET /api/v2/custom-domains" },
  networkACLs: { dump: "network_acls", scope: "read:network_acls", endpoint: "GET /api/v2/network-acls" }
};
var DUMP_SECTION_KEYS = [...new Set(SECTION_NAMES.map((name) => SECTIONS[name].dump))];
var CORE_READ_SCOPES = ["read:resource_servers", "read:client_grants", "read:clients"];
var POSTURE_READ_SCOPES = [...new Set(SECTION_NAMES.map((name) => SECTIONS[name].scope))].filter(
  (scope) => !CORE_READ_SCOPES.includes(scope)
);
var AUDIT_READ_SCOPES = [...CORE_READ_SCOPES, ...POSTURE_READ_SCOPES];

export {
  SECTION_NAMES,
  SECTIONS,
  DUMP_SECTION_KEYS,
  AUDIT_READ_SCOPES
};
