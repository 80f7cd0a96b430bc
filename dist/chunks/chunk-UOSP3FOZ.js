import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  SEVERITY_RANK,
  defineRule,
  insideRepository,
  outsideMessage,
  repositoryOf
} from "./chunk-VOT76SFD.js";
import {
  configRelative,
  errorAt,
  fileMatcher,
  keyMatcher,
  readLocatedDocument,
  schemaErrors
} from "./chunk-2SIURFMV.js";
import {
  FIELD_TYPES,
  grantTypePath,
  grantTypesInUse,
  hardensAuthorizationRequests,
  isUnresolved,
  profileEnforces,
  settingsOwnedByTenant,
  signsInByFederation,
  withoutSecrets
} from "./chunk-7VWSDUZZ.js";
import {
  displayPath,
  loadInput,
  suggestion
} from "./chunk-3O7BZ777.js";
import {
  AUDIT_READ_SCOPES,
  SECTIONS,
  SECTION_NAMES
} from "./chunk-GX3D6AB4.js";
import {
  hasUnresolvedMarker,
  managementAudience,
  managementAudienceHost,
  normalizeAudience,
  tenantSystemAudience
} from "./chunk-AWSW6I4B.js";
import {
  isRecord
} from "./chunk-XZXQAQVD.js";
import {
  InputError,
  combined,
  joinPointer,
  parsePointer,
  printable,
  throwAll
} from "./chunk-RTYLSBLV.js";

// rules/audit-credentials-read-only/README.md
var README_default = "# audit-credentials-read-only\n\nRun live audits with credentials that can only read the tenant.\n\nDefault severity: **warning** \xB7 Category: live audit \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 6.5 \xB7 Live audits only (`a0lint --live`)\n\n## What it checks\n\nThe scopes of the Management API token a live audit reads the tenant with: the `scope` of the token response, or\nthe `scope` (or `permissions`) claim of a token given with `--access-token`. It reports:\n\n- any scope that is not a `read:` scope (`create:`, `update:`, `delete:`, `blacklist:tokens`, ...);\n- `read:client_keys` and `read:client_credentials`, which return application secrets and keys.\n\nFiles (deploy-cli exports, API dumps) carry no token, so the rule only runs on live audits. A token that states no\nscopes (an opaque token) is not reported: what it may do is unknown.\n\n## Why\n\nA live audit uses only these read scopes: <!-- audit-scopes:start -->`read:resource_servers`, `read:client_grants` and `read:clients` (always), and for the tenant-posture rules `read:tenant_settings`, `read:attack_protection`, `read:guardian_factors`, `read:mfa_policies`, `read:connections`, `read:email_provider`, `read:email_templates`, `read:actions`, `read:rules`, `read:hooks`, `read:log_streams`, `read:event_streams`, `read:custom_domains` and `read:network_acls`<!-- audit-scopes:end -->. It reads each\nposture section (tenant settings, attack protection, MFA, connections, email provider and templates, actions, rules,\nhooks, log and event streams, custom domains, network ACLs) only when the token holds its scope. Nothing more. Audit credentials\nlive where audits run (a CI secret, a scheduled job); when they can also write, whoever reads them can grant any\napplication any scope, change access policies or replace login code. Auth0 warns that `create:client_grants` and\n`update:client_grants` let an application grant further permissions to itself. Reusing the deploy-cli's own\napplication for audits, which Auth0's guide gives `create:*`, `update:*` and `delete:*`, is the usual cause.\n\n## Incorrect\n\nThe examples are the `scope` of the audit token (a live audit has no file to show).\n\n```text\nread:clients read:client_grants read:resource_servers create:client_grants update:clients\n```\n\n```text\nread:clients read:client_grants read:resource_servers read:client_keys\n```\n\n## Correct\n\n```text\nread:clients read:client_grants read:resource_servers\n```\n\n## How to fix\n\nCreate a machine-to-machine application for audits, authorize it for the Auth0 Management API with only\nthe read scopes listed above, and use its client ID and secret\n(`AUTH0_CLIENT_ID`, `AUTH0_CLIENT_SECRET`) for `a0lint --live`. Do not reuse the deploy-cli's application.\n\n## Options\n\nNone.\n";

// rules/audit-credentials-read-only/index.ts
var SECRET_READS = /* @__PURE__ */ new Set(["read:client_keys", "read:client_credentials"]);
var SHOWN = 6;
function list(scopes) {
  const shown2 = scopes.slice(0, SHOWN).join(", ");
  return scopes.length > SHOWN ? `${shown2} and ${scopes.length - SHOWN} more` : shown2;
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
      write: "The token this live audit used can change the tenant. It holds {{count}} scope(s) that are not read-only ({{scopes}}). Anyone who gets these audit credentials (a CI secret, a log) can change the tenant. Give the audit its own machine-to-machine application whose grant to the Management API holds only the read scopes a live audit uses: {{readScopes}}.",
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
      report({ origin, subject: "write", messageId: "write", data: { count: writes.length, scopes: list(writes), readScopes: AUDIT_READ_SCOPES.join(", ") } });
    }
    const secrets = audit.scopes.filter((scope) => SECRET_READS.has(scope));
    if (secrets.length > 0) report({ origin, subject: "secrets", messageId: "secrets", data: { scopes: list(secrets) } });
  }
});

// src/model/client-flows.ts
var PUBLIC_APP_TYPES = ["spa", "native"];
var CLIENT_CREDENTIALS = "client_credentials";
var KEY_AUTH_METHODS = ["private_key_jwt", "tls_client_auth", "self_signed_tls_client_auth"];
function keyAuthMethods(data2) {
  const methods = data2.client_authentication_methods;
  if (typeof methods !== "object" || methods === null || Array.isArray(methods)) return [];
  return KEY_AUTH_METHODS.filter((method) => {
    const entry = methods[method];
    return entry !== void 0 && entry !== null;
  });
}
function publicBecause(data2) {
  if (typeof data2.app_type === "string" && PUBLIC_APP_TYPES.includes(data2.app_type)) return "app_type";
  if (data2.token_endpoint_auth_method === "none" && keyAuthMethods(data2).length === 0) return "token_endpoint_auth_method";
  return void 0;
}
function publicLabel(client) {
  return client.publicBecause === "app_type" ? `app_type ${client.appType}` : "token_endpoint_auth_method none";
}
function statedGrantTypes(client) {
  if (stated.has(client)) return stated.get(client);
  const types2 = readGrantTypes(client);
  stated.set(client, types2);
  return types2;
}
var stated = /* @__PURE__ */ new WeakMap();
function readGrantTypes(client) {
  const types2 = client.grantTypes;
  if (types2 === void 0 || !Array.isArray(client.data.grant_types)) return void 0;
  if (types2.length !== client.data.grant_types.length || types2.some(hasUnresolvedMarker)) return void 0;
  return types2;
}
function hasUserFlow(grantTypes) {
  return grantTypes.some((type) => type !== CLIENT_CREDENTIALS);
}

// rules/confidential-client-auth/README.md
var README_default2 = "# confidential-client-auth\n\nRequire client authentication at the token endpoint for regular web and machine-to-machine applications.\n\nDefault severity: **error** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 8.0\n\n## What it checks\n\nEvery application with `app_type` `regular_web` or `non_interactive` (machine to machine) whose\n`token_endpoint_auth_method` is `none` and that registers no key or certificate in `client_authentication_methods`\n(`private_key_jwt`, `tls_client_auth` or `self_signed_tls_client_auth`, each of which authenticates the application\nwithout a shared secret, so counts as client authentication).\n\nApplications without `token_endpoint_auth_method` are not reported: Auth0 treats them as confidential, the field is\nabsent when a tenant uses `client_authentication_methods` instead, and exports often leave it out.\n\n## Why\n\n`token_endpoint_auth_method` says how an application proves who it is when it calls `/oauth/token`: `none`,\n`client_secret_post` or `client_secret_basic`; keys and certificates live in `client_authentication_methods`. Auth0\nflags an application with `none` as **public** (*Auth0 Grant Types Mapping*), as single-page and native apps must\nbe. A regular web app or a machine-to-machine app runs on a server and can keep a credential, so it should have to\npresent one:\n\n- a **regular web app** with `none` is redeemed by its client ID alone, which is no secret (it appears in URLs and\n  front-end code): anyone can exchange its authorization codes and refresh tokens as if they were the application;\n- a **machine-to-machine app** with `none` cannot do its job at all. Auth0 gives the client credentials flow only to\n  confidential applications: the Management API refuses `client_credentials` in a public application's\n  `grant_types` (`400 Invalid grant types: client_credentials`; reported in `auth0/auth0.net#188` and\n  `auth0/auth0-deploy-cli#205`, fixed by setting a secret-based method), and the token endpoint refuses a grant type\n  the application does not have (`unauthorized_client`). Nobody gets tokens with its grants, the owner included;\n  `grant-matches-app-type` reports each of its machine-to-machine grants as unusable. Both rules tell the same\n  story: the application is public, so its client grants are dead until it gets a credential.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\n    token_endpoint_auth_method: none\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\n    token_endpoint_auth_method: client_secret_post\n```\n\n## How to fix\n\nSet `token_endpoint_auth_method` to `client_secret_post` or `client_secret_basic` (Dashboard: the application's\n*Credentials* tab, *Authentication Method*), keep the secret in the server's secret store, and rotate it if the\napplication was ever used without one. Stronger: private key JWT (`client_authentication_methods.private_key_jwt`),\nwhich keeps no shared secret at Auth0. If the application really runs in a browser or on a device, change its\n`app_type` to `spa` or `native` instead, and move any machine-to-machine grant to a confidential backend.\n\n## Options\n\nNone.\n";

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
      none: 'Regular web application "{{client}}" does not authenticate. Its token_endpoint_auth_method is none and it registers no key or certificate, so Auth0 treats it as a public application: anyone who knows its client_id (it is no secret) can redeem its authorization codes and refresh tokens at the token endpoint as if they were the application. Set token_endpoint_auth_method to client_secret_post or client_secret_basic, or register private_key_jwt or mTLS credentials in client_authentication_methods.',
      noneMachine: 'Machine-to-machine application "{{client}}" does not authenticate. Its token_endpoint_auth_method is none, it is non_interactive and registers no key or certificate, so Auth0 treats it as a public application and refuses it the client credentials flow, the only flow such an application uses: the Management API rejects client_credentials in its grant_types, and its client grants cannot be used (grant-matches-app-type reports each one). Set token_endpoint_auth_method to client_secret_post or client_secret_basic, or register private_key_jwt or mTLS credentials in client_authentication_methods.'
    },
    docs: README_default2
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.appType === void 0 || !CONFIDENTIAL_APP_TYPES.has(client.appType)) continue;
      if (client.data.token_endpoint_auth_method !== "none" || keyAuthMethods(client.data).length > 0) continue;
      report({
        entity: client,
        path: "/token_endpoint_auth_method",
        messageId: client.appType === "non_interactive" ? "noneMachine" : "none",
        data: { client: client.name ?? client.key }
      });
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
var KIND_LABEL = {
  client: "Application",
  resourceServer: "API",
  clientGrant: "Client grant",
  tenant: "Tenant settings",
  attackProtection: "Attack protection",
  guardianFactor: "MFA factor",
  guardianPolicies: "MFA policy",
  connection: "Connection",
  emailProvider: "Email provider",
  emailTemplate: "Email template",
  action: "Action",
  rule: "Rule",
  hook: "Hook",
  page: "Page",
  logStream: "Log stream",
  eventStream: "Event stream",
  customDomain: "Custom domain",
  networkAcl: "Network ACL"
};

// rules/explicit-access-policy/README.md
var README_default3 = "# explicit-access-policy\n\nRequire every API that states a user access policy to state its client access policy too.\n\nDefault severity: **note** \xB7 Category: access policy \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 2.0\n\n## What it checks\n\nEvery API that is not a system API and whose `subject_type_authorization` has a `user` entry but no `client`\nentry.\n\nNot reported here, because another rule already says it at the same place:\n\n- an API without `subject_type_authorization`, or without its `user` entry: the user policy in force is then\n  Auth0's default `allow_all`, which `prefer-require-client-grant` reports, saying that the policy was defaulted\n  rather than written. Its fix, writing the field, is where the client policy goes too (the message says so), so a\n  second finding on the same API would repeat it;\n- a `subject_type_authorization` that is malformed, or an entry that is present but empty (`user:` with no value):\n  `valid-access-policy`;\n- an unresolved keyword marker: `no-unresolved-keywords`.\n\nSystem APIs (the Management API, My Account API, ...) are not reported: Auth0 owns their defaults, and\n`management-api-user-access` checks their user policy.\n\n## Why\n\nWhen the `client` entry is absent, Auth0's default `require_client_grant` applies to machine-to-machine access\n(Auth0, *API Access Policies for Applications*). That default is the safe one, but nobody reading the configuration\ncan tell whether it was a decision, for example whether the API should refuse machine-to-machine access altogether\n(`deny_all`). Stating both policies makes the access model reviewable and keeps it stable if Auth0's defaults change.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Inventory API\n    identifier: https://inventory.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Inventory API\n    identifier: https://inventory.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nAdd the `client` entry beside the `user` one: `require_client_grant` if machine-to-machine applications call the API\nthrough client grants, `deny_all` if none should.\n\n## Options\n\nNone.\n";

// rules/explicit-access-policy/index.ts
var explicit_access_policy_default = defineRule({
  meta: {
    id: "explicit-access-policy",
    description: "Require every API that states a user access policy to state its client access policy too",
    defaultSeverity: "note",
    category: "access-policy",
    precision: "very-high",
    securitySeverity: 2,
    tags: ["maintainability", "access-policy"],
    messages: {
      missingClient: `API "{{api}}" states a user access policy but no client access policy. Auth0's default require_client_grant applies to machine-to-machine access without anyone having chosen it. Add subject_type_authorization.client.policy (require_client_grant, or deny_all if no application calls the API on its own behalf).`
    },
    docs: README_default3
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      if (api.isSystem) continue;
      const value = api.data.subject_type_authorization;
      if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, "user")) continue;
      if (Object.hasOwn(value, "client")) continue;
      report({ entity: api, path: "/subject_type_authorization/client", messageId: "missingClient", data: { api: apiLabel(api) } });
    }
  }
});

// rules/grant-matches-app-type/README.md
var README_default4 = "# grant-matches-app-type\n\nRequire client grants to match the flows their application can use.\n\nDefault severity: **warning** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 4.0\n\n## What it checks\n\nClient grants whose application (resolved by client id or name) cannot use them:\n\n- a machine-to-machine grant (`subject_type: client`, or no `subject_type`) for a **public** application:\n  `app_type` `spa` or `native`, or `token_endpoint_auth_method: none` (with any `app_type`, or none) without\n  private-key JWT or mTLS credentials in `client_authentication_methods`. a0lint decides \"public\" once, in its tenant\n  model, and every rule uses that decision;\n- a machine-to-machine grant for an application whose `grant_types` is set and lacks `client_credentials`;\n- a user-access grant (`subject_type: user`) for a `non_interactive` (machine-to-machine) application, unless its\n  `grant_types` lists a flow that signs users in (a legacy `password` grant, token exchange);\n- a user-access grant for an application whose `grant_types` is set and holds no flow that signs users in (only\n  `client_credentials`, or nothing). Every grant type other than `client_credentials` issues tokens tied to a user.\n\nNot reported: grants whose application is not in the data (`no-dangling-client-grants`), `default_for` grants,\napplications without `grant_types` (Auth0 then applies defaults that depend on the application type and on how\nthe application was created, which the data does not show) or whose `grant_types` holds an unresolved keyword\nmarker, and `anonymous_user` grants (a beta whose flows Auth0 has not documented).\n\n## Why\n\nA client grant's subject type decides which flow it serves: `client` the client-credentials flow, `user` every\nflow that issues a token for a signed-in user (Auth0, *Application Access to APIs: Client Grants*). The client\ncredentials flow needs an application that can authenticate with a secret or key; SPAs and native apps run on\nusers' devices and cannot keep one. Auth0 gives the flow only to confidential applications: it flags an application\nwith `token_endpoint_auth_method: none` as public (*Auth0 Grant Types Mapping*), the Management API refuses\n`client_credentials` in a public application's `grant_types` (`400 Invalid grant types: client_credentials`, see\n`auth0/auth0.net#188`), and the token endpoint refuses a grant type the application lacks. So a\n`non_interactive` application with `none` gets no token with its grants; `confidential-client-auth` reports the\napplication itself, with the same account. A grant its application can never use is dead configuration that misleads\nreviewers about who can access an API, and it becomes live, with scopes nobody reviewed lately, the day someone\nenables the missing flow on the application, often on an application that should never hold those scopes.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront SPA\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\nresourceServers:\n  - name: Catalog API\n    identifier: https://catalog.example.com\n    scopes:\n      - value: catalog:write\nclientGrants:\n  - client_id: Storefront SPA\n    audience: https://catalog.example.com\n    scope:\n      - catalog:write\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront SPA\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\nresourceServers:\n  - name: Catalog API\n    identifier: https://catalog.example.com\n    scopes:\n      - value: catalog:write\nclientGrants:\n  - client_id: Storefront SPA\n    audience: https://catalog.example.com\n    subject_type: user\n    scope:\n      - catalog:write\n```\n\n## How to fix\n\nIf the application calls the API on behalf of its signed-in users, set `subject_type: user` on the grant. If a\nbackend calls the API on its own behalf, give that backend its own confidential application (`regular_web` or\n`non_interactive` with `client_credentials`) and move the grant there. Otherwise delete the grant.\n\n## Options\n\nNone.\n";

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
      publicApp: `Public application "{{client}}" cannot use its M2M grant on "{{api}}". It is public ({{why}}) and the grant has subject type client: Auth0 gives the client credentials flow only to applications that authenticate, and refuses client_credentials in a public application's grant_types, so the grant is unusable today. It goes live, with scopes nobody reviewed lately, the day someone gives the application a credential. Delete the grant, or give the backend that needs the API its own confidential application (regular_web or non_interactive, with a secret or a key) and grant that one.`,
      noClientCredentials: `Application "{{client}}" cannot use its M2M grant on "{{api}}". The grant has subject type client, but the application's grant_types does not include client_credentials. The grant hides what the application can really access and becomes live as soon as someone enables the flow. Delete the grant, or add client_credentials to grant_types if the application calls the API on its own behalf.`,
      machineUserGrant: `M2M application "{{client}}" cannot use its user grant on "{{api}}". The grant has subject type user, but the application (app_type non_interactive) has no users. The grant misleads reviewers about who acts on users' behalf. Delete it, or set subject_type to client if the application calls the API on its own behalf.`,
      noUserFlow: `Application "{{client}}" cannot use its user grant on "{{api}}". The grant has subject type user, but the application's grant_types holds no flow that signs users in (it has only client_credentials or nothing). The grant misleads reviewers and becomes live when someone enables a user flow. Delete it, or set subject_type to client.`
    },
    docs: README_default4
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const client = grant.client;
      if (!client) continue;
      const messageId = problemOf(grant, client);
      if (!messageId) continue;
      report({
        entity: grant,
        path: grant.data.subject_type === void 0 ? "" : "/subject_type",
        messageId,
        data: { client: grantClientLabel(grant), api: grant.api ? apiLabel(grant.api) : grant.audience ?? "", why: publicLabel(client) }
      });
    }
  }
});
function problemOf(grant, client) {
  const types2 = statedGrantTypes(client);
  if (grant.subjectType === "client") {
    if (client.publicBecause) return "publicApp";
    return types2 && !types2.includes(CLIENT_CREDENTIALS) ? "noClientCredentials" : void 0;
  }
  if (grant.subjectType === "user") {
    if (types2 && hasUserFlow(types2)) return void 0;
    if (client.appType === "non_interactive") return "machineUserGrant";
    return types2 ? "noUserFlow" : void 0;
  }
  return void 0;
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
var README_default5 = "# grant-scopes-defined\n\nRequire every scope of a client grant to be defined by its API.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\nEvery entry of a client grant's `scope` list that its API does not define:\n\n- for an ordinary API, a scope that is not among the API's `scopes` (matched on `value`, or on `name` as\n  deploy-cli's schema and Terraform write it); an API without `scopes` defines none;\n- for the Auth0 Management API, which exports leave out, a scope outside its public scope vocabulary. a0lint ships\n  that vocabulary as data (`src/data/management-api-scopes.ts`), taken from the `OauthScope` list of Auth0's Node.js\n  SDK (v5 to v6.1) and from the Management API's own scope list as real tenants return it; scopes that grants of\n  real tenants hold though those lists lack them (retired ones such as `create:actions_log_sessions` and\n  `*:flows_vault`, early-access ones) count as defined. When the data holds the Management API, its own scopes\n  count too. Auth0 adds scopes over time: a new scope missing from the list is a bug in a0lint, please report it.\n\nNot reported:\n\n- grants to an API that is not in the data (`no-dangling-client-grants` covers those);\n- system APIs other than the Management API without `scopes`: deploy-cli exports drop their scope lists;\n- APIs whose scope list is malformed or holds an unresolved keyword marker, and grant scopes that are markers;\n- `allow_all_scopes` grants, which list no scopes.\n\n## Why\n\nA grant's scopes are the ceiling of what the application can get in a token. Auth0 stores a grant naming a scope\nthe API does not define (recorded API traffic shows it accepting one), so nothing warns you: the scope grants\nnothing today, and if someone later adds a scope of that name to the API, the application silently holds it without\nanyone having granted it on purpose. A misspelt scope also usually means the application lacks a permission it was\nmeant to have.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Events Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Events API\n    identifier: https://events.example.com\n    scopes:\n      - value: events:read\n        description: Read events\nclientGrants:\n  - client_id: Events Worker\n    audience: https://events.example.com\n    scope:\n      - clientsevents\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Events Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Events API\n    identifier: https://events.example.com\n    scopes:\n      - value: events:read\n        description: Read events\nclientGrants:\n  - client_id: Events Worker\n    audience: https://events.example.com\n    scope:\n      - events:read\n```\n\n## How to fix\n\nCorrect the scope's spelling, add the scope to the API's `scopes` if the application really needs it, or remove it\nfrom the grant. For the Management API, use the scope names of the Management API reference.\n\n## Options\n\nNone.\n";

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
      undefinedScope: `Scope "{{scope}}" is not defined on API "{{api}}". The grant for "{{client}}" lists it, but it grants nothing today, and if someone later adds a scope of that name to the API, the application holds it without anyone having granted it on purpose. Correct the spelling, add the scope to the API's scopes if the application needs it, or remove it from the grant.`,
      unknownManagementScope: 'Grant for "{{client}}" lists "{{scope}}", which is not a Management API scope. It grants nothing, and a misspelt scope usually means the application lacks a permission it was meant to have. Use the scope name from the Management API reference (for example read:users, update:users) or remove it.'
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

// src/engine/duration.ts
function duration(seconds) {
  const units = [
    [86400, "day"],
    [3600, "hour"],
    [60, "minute"],
    [1, "second"]
  ];
  const [size, name] = units.find(([unit]) => seconds >= unit) ?? [1, "second"];
  const amount = Math.round(seconds / size * 10) / 10;
  return `${amount} ${name}${amount === 1 ? "" : "s"}`;
}

// rules/limit-token-lifetime/README.md
var README_default6 = "# limit-token-lifetime\n\nKeep access token lifetimes of APIs short (`token_lifetime` at most `maxSeconds`, `token_lifetime_for_web` at most\n`token_lifetime`).\n\nDefault severity: **warning** \xB7 Category: APIs \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 4.0\n\n## What it checks\n\nEvery API (resource server) that is not a system API:\n\n- whose `token_lifetime` is more than the `maxSeconds` option (default 86400 seconds, 24 hours);\n- whose `token_lifetime_for_web` is more than its `token_lifetime`.\n\nOnly numbers written in the data are compared. An API that leaves a field out gets Auth0's defaults (86400 for\n`token_lifetime`, 7200 for `token_lifetime_for_web`), which pass; when only `token_lifetime_for_web` is written, the\nsecond check is skipped rather than compared against an assumed default. System APIs (`is_system: true`, and the\nManagement API) are skipped: Auth0 sets their lifetimes, and some ship with `token_lifetime_for_web` above\n`token_lifetime` (the Okta OIN Express Configuration API, in recorded API responses).\n\n## Why\n\n`token_lifetime` is how long access tokens from the token endpoint stay valid, in seconds;\n`token_lifetime_for_web` is the same for tokens issued to the browser by the implicit and hybrid flows. Access\ntokens are bearer tokens that Auth0 cannot revoke: an API accepts a leaked token until it expires. Auth0 creates APIs\nwith 86400 seconds (24 hours). Long lifetimes are often set to avoid token renewal; refresh\ntokens (with rotation, for public apps) or silent authentication give long sessions with short-lived access tokens\ninstead. Tokens for the browser are the most exposed, and Auth0 requires `token_lifetime_for_web` to be at most\n`token_lifetime`.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    token_lifetime: 2592000\n    token_lifetime_for_web: 7200\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    token_lifetime: 3600\n    token_lifetime_for_web: 1800\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nLower `token_lifetime` to what the API's clients need, at most `maxSeconds` (Dashboard: the API's *Settings \u2192\nMaximum Access Token Lifetime*), and `token_lifetime_for_web` to at most `token_lifetime` (*Implicit / Hybrid Flow\nAccess Token Lifetime*). Let applications renew tokens with refresh tokens instead of holding one token for days.\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `maxSeconds` | integer \u2265 1 | `86400` | The longest `token_lifetime`, in seconds, an API may set. |\n\n```yaml\nrules:\n  limit-token-lifetime: [warning, { maxSeconds: 3600 }]\n```\n";

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
      tooLong: 'API "{{api}}" issues access tokens valid for {{duration}}, over the {{max}}-second limit. Its token_lifetime is {{seconds}} seconds: a leaked token stays usable that long, and access tokens cannot be revoked. Lower token_lifetime to {{max}} seconds or less and let applications use refresh tokens for long sessions.',
      webLonger: 'API "{{api}}" lets browser tokens live longer than its other tokens. It sets token_lifetime_for_web ({{web}} seconds) above token_lifetime ({{seconds}} seconds): tokens issued in the browser, the least protected place, would live longer than the others, and Auth0 requires it to be at most token_lifetime. Lower token_lifetime_for_web to {{seconds}} seconds or less.'
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
      const data2 = { api: api.name ?? api.key, max: options.maxSeconds };
      if (typeof lifetime === "number" && lifetime > options.maxSeconds) {
        report({ entity: api, path: "/token_lifetime", messageId: "tooLong", data: { ...data2, seconds: lifetime, duration: duration(lifetime) } });
      }
      if (typeof lifetime === "number" && typeof web === "number" && web > lifetime) {
        report({ entity: api, path: "/token_lifetime_for_web", messageId: "webLonger", data: { ...data2, seconds: lifetime, web } });
      }
    }
  }
});

// src/data/critical-management-scopes.ts
var CRITICAL_SCOPE_GROUPS = [
  {
    scopes: ["create:client_grants", "update:client_grants", "delete:client_grants"],
    why: "grant any application (itself included) any scope on any API, or cut other applications off"
  },
  { scopes: ["create:clients", "update:clients"], why: "create applications or change callbacks, grant types and authentication of existing ones" },
  { scopes: ["read:client_keys", "update:client_keys"], why: "read or rotate every application's client secret and keys" },
  { scopes: ["create:client_credentials", "update:client_credentials"], why: "add credentials (private-key JWT, mTLS) to any application and act as it" },
  {
    scopes: ["create:resource_servers", "update:resource_servers", "delete:resource_servers"],
    why: "open APIs up (access policies, signing algorithm, token lifetime) or delete them"
  },
  { scopes: ["update:tenant_settings"], why: "change tenant-wide security settings" },
  {
    scopes: ["create:actions", "update:actions", "create:rules", "update:rules", "create:hooks", "update:hooks"],
    why: "run arbitrary code in the login pipeline, which sees every credential and issues every token"
  },
  { scopes: ["create:connections", "update:connections"], why: "swap identity providers or user stores and sign in as anyone" },
  { scopes: ["create:custom_domains", "update:custom_domains"], why: "move the login page to a domain the holder controls" },
  { scopes: ["create:signing_keys", "update:signing_keys", "create:custom_signing_keys"], why: "rotate or replace the keys that sign every token" },
  { scopes: ["create:log_streams", "update:log_streams"], why: "stream tenant logs to a destination the holder controls" },
  {
    scopes: ["update:email_provider", "update:email_templates"],
    why: "send password-reset and verification mail through a provider or template the holder controls"
  },
  { scopes: ["update:attack_protection", "update:network_acls"], why: "turn off brute-force, breached-password and bot protection or network restrictions" },
  { scopes: ["update:guardian_factors", "update:mfa_policies"], why: "weaken or turn off multi-factor authentication" },
  { scopes: ["update:prompts"], why: "change what the login pages show and collect" },
  { scopes: ["create:token_exchange_profiles"], why: "let external tokens be exchanged for Auth0 tokens" }
];
var CRITICAL_MANAGEMENT_SCOPES = new Set(CRITICAL_SCOPE_GROUPS.flatMap((group) => group.scopes));
var ACCOUNT_TAKEOVER_SCOPE_GROUPS = [
  {
    scopes: ["create:user_tickets"],
    why: "create password-change tickets for any user and set their password",
    source: 'Management API v2: Tickets, "Create a password change ticket"'
  },
  {
    scopes: ["update:users", "update:users_app_metadata"],
    why: "change any user's email, password or linked identities, or the app_metadata that often decides roles and entitlements",
    source: 'Management API v2: Users, "Update a user"'
  },
  { scopes: ["delete:users"], why: "delete any user", source: 'Management API v2: Users, "Delete a user"' },
  {
    scopes: ["read:user_idp_tokens"],
    why: "read the access tokens users hold at their social and enterprise identity providers",
    source: 'Auth0 docs: "Call an Identity Provider API"'
  },
  {
    scopes: ["create:roles", "update:roles", "delete:roles", "create:role_members", "delete:role_members"],
    why: "give any user any role, and with it the role's permissions in every access token",
    source: 'Management API v2: Roles; Auth0 docs: "Role-Based Access Control"'
  },
  {
    scopes: [
      "create:authentication_methods",
      "update:authentication_methods",
      "delete:authentication_methods",
      "delete:guardian_enrollments",
      "create:guardian_enrollment_tickets"
    ],
    why: "replace or remove any user's multi-factor enrolments and enrol factors of the holder's choosing",
    source: 'Management API v2: Users, "Authentication methods"; Guardian, "Create a multi-factor authentication enrollment ticket"'
  }
];
var ACCOUNT_TAKEOVER_SCOPES = new Set(ACCOUNT_TAKEOVER_SCOPE_GROUPS.flatMap((group) => group.scopes));

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
var README_default7 = "# management-api-least-privilege\n\nDisallow Management API grants with scopes that can take over the tenant or its users' accounts.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 9.0\n\n## What it checks\n\nEvery client grant to the Auth0 Management API (audience `https://{tenant-domain}/api/v2/`, recognised even though\nexports leave the API itself out) that\n\n- holds one or more **critical** scopes (one finding per grant, pointing at the first of them and naming them all;\n  an error);\n- holds one or more **account-takeover** scopes (one finding per grant in the same way): a **warning** when the\n  application is a confidential first-party backend, an **error** when it is public (`app_type` `spa` or `native`,\n  or `token_endpoint_auth_method: none` without key credentials) or third-party (`is_first_party: false`), since the\n  credentials of such an application are not the tenant's to keep; or\n- sets `allow_all_scopes: true`, which grants every scope, critical ones included, today's and future ones.\n\nThe severity you configure for the rule caps every tier: set to `warning`, all its findings are warnings.\n\nGrants of applications listed in the `allowedClients` option are not reported. deploy-cli never exports the grants\nof its own application, so a deploy pipeline's client normally needs no entry. Grants with `is_system: true` are\nnot reported either: Auth0 creates them itself and they cannot be modified or deleted directly.\n\n### Critical scopes\n\nThe list ships as data in `src/data/critical-management-scopes.ts`. A scope is critical when its holder can raise\nits own privileges, change how users sign in, run code in the login pipeline or take tenant data and secrets out:\n\n| scopes | why they are critical |\n|---|---|\n| `create:client_grants`, `update:client_grants`, `delete:client_grants` | grant any application (itself included) any scope on any API, or cut other applications off |\n| `create:clients`, `update:clients` | create applications or change callbacks, grant types and authentication of existing ones |\n| `read:client_keys`, `update:client_keys` | read or rotate every application's client secret and keys |\n| `create:client_credentials`, `update:client_credentials` | add credentials (private-key JWT, mTLS) to any application and act as it |\n| `create:resource_servers`, `update:resource_servers`, `delete:resource_servers` | open APIs up (access policies, signing algorithm, token lifetime) or delete them |\n| `update:tenant_settings` | change tenant-wide security settings |\n| `create:actions`, `update:actions`, `create:rules`, `update:rules`, `create:hooks`, `update:hooks` | run arbitrary code in the login pipeline, which sees every credential and issues every token |\n| `create:connections`, `update:connections` | swap identity providers or user stores and sign in as anyone |\n| `create:custom_domains`, `update:custom_domains` | move the login page to a domain the holder controls |\n| `create:signing_keys`, `update:signing_keys`, `create:custom_signing_keys` | rotate or replace the keys that sign every token |\n| `create:log_streams`, `update:log_streams` | stream tenant logs to a destination the holder controls |\n| `update:email_provider`, `update:email_templates` | send password-reset and verification mail through a provider or template the holder controls |\n| `update:attack_protection`, `update:network_acls` | turn off brute-force, breached-password and bot protection or network restrictions |\n| `update:guardian_factors`, `update:mfa_policies` | weaken or turn off multi-factor authentication |\n| `update:prompts` | change what the login pages show and collect |\n| `create:token_exchange_profiles` | let external tokens be exchanged for Auth0 tokens |\n\n### Account-takeover scopes\n\nAlso in `src/data/critical-management-scopes.ts`. These leave the tenant's configuration alone but let the holder act\nas, or lock out, any user. Many backends legitimately need one of them (a profile service updating users, a support\ntool creating tickets), hence a warning on a confidential first-party application.\n\n| scopes | what the holder can do | source |\n|---|---|---|\n| `create:user_tickets` | create password-change tickets for any user and set their password | Management API v2: Tickets, \"Create a password change ticket\" |\n| `update:users`, `update:users_app_metadata` | change any user's email, password or linked identities, or the app_metadata that often decides roles and entitlements | Management API v2: Users, \"Update a user\" |\n| `delete:users` | delete any user | Management API v2: Users, \"Delete a user\" |\n| `read:user_idp_tokens` | read the access tokens users hold at their social and enterprise identity providers | Auth0 docs: \"Call an Identity Provider API\" |\n| `create:roles`, `update:roles`, `delete:roles`, `create:role_members`, `delete:role_members` | give any user any role, and with it the role's permissions in every access token | Management API v2: Roles; Auth0 docs: \"Role-Based Access Control\" |\n| `create:authentication_methods`, `update:authentication_methods`, `delete:authentication_methods`, `delete:guardian_enrollments`, `create:guardian_enrollment_tickets` | replace or remove any user's multi-factor enrolments and enrol factors of the holder's choosing | Management API v2: Users, \"Authentication methods\"; Guardian, \"Create a multi-factor authentication enrollment ticket\" |\n\n`update:connections` also lets the holder take over accounts (swap a user store's scripts or an identity provider),\nand is in the critical tier. Scopes that only read (`read:users`, `read:logs`, ...) are on neither list.\n\n## Why\n\nA Management API token is as powerful as its scopes. Auth0 advises granting `create:client_grants` and\n`update:client_grants` \"only for highly privileged apps, as they allow the client to grant further permissions to\nitself\" (*Machine to Machine Applications*), and recommends requesting only the scopes an application needs. The\nsame holds for every scope above: an application holding one is effectively a tenant administrator, so a leaked\nclient secret, a compromised build agent or a vulnerable dependency of that application becomes a takeover of every\nuser's login. The Dashboard's *Select all* and `allow_all_scopes` hand out all of them at once.\n\nThe account-takeover scopes are a step down: they cannot change the tenant, but a leaked credential holding\n`create:user_tickets` or `update:users` signs an attacker in as any user. Auth0's detection catalog\n(`auth0/auth0-customer-detections`) watches `update:*` and `delete:*` Management API grants, `delete:users` among\nthem, for the same reason. On a public application the credential is by definition readable on users' devices, and a\nthird-party application's credential is held by someone else, so there the same scopes are an error.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Profile Sync\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\nclientGrants:\n  - client_id: Profile Sync\n    audience: https://example-tenant.eu.auth0.com/api/v2/\n    scope:\n      - read:users\n      - update:users\n      - update:client_grants\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Profile Sync\n    app_type: non_interactive\n    grant_types:\n      - client_credentials\nclientGrants:\n  - client_id: Profile Sync\n    audience: https://example-tenant.eu.auth0.com/api/v2/\n    scope:\n      - read:users\n```\n\n## How to fix\n\nList the Management API endpoints the application's code really calls and keep only their scopes; remove\n`allow_all_scopes`. Split an application that needs both ordinary and administrative access into two, so the\nadministrative one can be guarded more closely. For the application a deploy pipeline (deploy-cli, Terraform)\nauthenticates with, keep its credentials in the pipeline's secret store and list it in `allowedClients`.\n\n## Options\n\nIn `.a0lint.yml` (see the configuration docs):\n\n```yaml\nrules:\n  management-api-least-privilege:\n    - error\n    - allowedClients: [Terraform Deployer]\n```\n\n| option | type | default | meaning |\n|---|---|---|---|\n| `allowedClients` | string[] | `[]` | Names or client ids of applications allowed to hold critical and account-takeover scopes, such as the deploy pipeline's own client. |\n";

// rules/management-api-least-privilege/index.ts
var LISTED = 8;
var management_api_least_privilege_default = defineRule({
  meta: {
    id: "management-api-least-privilege",
    description: "Disallow Management API grants with scopes that can take over the tenant or its users' accounts",
    defaultSeverity: "error",
    category: "client-grants",
    precision: "high",
    securitySeverity: 9,
    tags: ["security", "least-privilege", "client-grants", "management-api"],
    messages: {
      criticalScopes: `Client grant for "{{client}}" holds {{count}} critical Management API scope(s). Scopes: {{scopes}}. With these the application can grant itself more access, change how users sign in or run code in the login pipeline, so anyone who obtains its credentials controls the tenant. Remove every scope the application's code does not call; if this is the deploy pipeline's own application, list it in this rule's allowedClients option.`,
      takeoverScopes: `Client grant for "{{client}}" holds {{count}} account-takeover Management API scope(s). Scopes: {{scopes}}. With these the application can {{what}}, so anyone who obtains its credentials can act as, or lock out, any user.{{exposure}} Remove every scope the application's code does not call, and keep the rest on a confidential backend application; if the grant is needed as it is, list the application in allowedClients.`,
      allowAllScopes: `Client grant for "{{client}}" on the Auth0 Management API sets allow_all_scopes: true. It grants every Management API scope, today's and every one Auth0 adds, including those that let the application grant itself more access and control the tenant. Replace allow_all_scopes with a scope list of only what the application's code calls; if this is the deploy pipeline's own application, list it in allowedClients.`
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
      reportTier(
        grant,
        list2,
        CRITICAL_MANAGEMENT_SCOPES,
        (first, critical) => report({
          entity: grant,
          path: `/scope/${first}`,
          subject: "critical-scopes",
          messageId: "criticalScopes",
          data: { client, count: critical.length, scopes: shown(critical) }
        })
      );
      reportTier(grant, list2, ACCOUNT_TAKEOVER_SCOPES, (first, takeover) => {
        const exposure = exposureOf(grant);
        report({
          entity: grant,
          path: `/scope/${first}`,
          subject: "account-takeover-scopes",
          messageId: "takeoverScopes",
          // A warning on a confidential first-party backend; an error where the credentials are not the tenant's to keep.
          ...exposure ? {} : { severity: "warning" },
          data: { client, count: takeover.length, scopes: shown(takeover), what: takeoverReach(takeover), exposure: exposure ?? "" }
        });
      });
    }
  }
});
function reportTier(grant, list2, tier, reportAt) {
  const first = list2.findIndex((scope) => typeof scope === "string" && tier.has(scope));
  if (first >= 0) reportAt(first, [...new Set(grant.scopes.filter((scope) => tier.has(scope)))].sort());
}
function shown(scopes) {
  return scopes.slice(0, LISTED).join(", ") + (scopes.length > LISTED ? ` and ${scopes.length - LISTED} more` : "");
}
function takeoverReach(scopes) {
  return ACCOUNT_TAKEOVER_SCOPE_GROUPS.filter((group) => group.scopes.some((scope) => scopes.includes(scope))).map((group) => group.why).join("; ");
}
function exposureOf(grant) {
  const client = grant.client;
  if (client?.publicBecause) return ` The application is public (${publicLabel(client)}): whatever credential it holds is readable on users' devices.`;
  if (client?.thirdParty)
    return " The application is a third-party application (is_first_party: false): someone outside your organisation runs it and holds its credentials.";
  return void 0;
}

// rules/management-api-user-access/README.md
var README_default8 = '# management-api-user-access\n\nRequire a client grant for user access to Auth0\'s system APIs (Management, My Account and My Organization APIs).\n\nDefault severity: **error** \xB7 Category: access policy \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 8.0\n\n## What it checks\n\nAuth0\'s own APIs, when the data holds them, and their **user** access policy\n(`subject_type_authorization.user.policy`):\n\n- the **Management API** (`https://{tenant-domain}/api/v2/`): reported when the policy is `allow_all`, and when the\n  policy is absent from data read from the Management API (an API dump or a live audit), since the API returns the\n  field when it is set and Auth0\'s default `allow_all` then applies. Live audits and Management API dumps list this\n  API among the resource servers; deploy-cli exports never do, and they drop fields, so an absent policy in an export\n  is not reported;\n- the **My Account API** (`https://{tenant-domain}/me/`) and the **My Organization API**\n  (`https://{tenant-domain}/my-org/`): reported when the policy is `allow_all`. Auth0 activates both with\n  `require_client_grant` (and client access `deny_all`), so an absent policy is that default and is not reported.\n\nThese APIs are recognised by their identifier, never by their name: an API called "management api TEST" or a client\ncalled "Auth0 Management API" is not it. An API marked `is_system: true` whose identifier is\n`https://{host}/api/v2/` is the Management API **whatever tenant domain** was given or derived (a custom domain, a\ntypo in `--tenant-domain`, a dump whose `domain` field holds the custom domain): a wrong domain never switches this\nrule off, and the run says on stderr and in the JSON summary that the domain names none of the data\'s Management\nAPIs. `/me/` and `/my-org/` APIs are recognised with `is_system: true`, or without it on the tenant\'s own host\n(deploy-cli\'s example export writes `https://##AUTH0_DOMAIN##/me/` without `is_system`).\n\n## Why\n\nWith `allow_all` on the Management API, any application in the tenant can ask for a Management API access token for\nits signed-in user. Such tokens are limited to the `*:current_user*` scopes (`read:current_user`,\n`update:current_user_identities`, `update:current_user_metadata`, ...), but those are enough to do harm: a\ncross-site scripting bug in any application lets an attacker link a victim\'s account to an identity the attacker\ncontrols, or rewrite the user\'s metadata (Auth0 advises against front-end tokens that change metadata,\n*Get Management API Tokens for Single-Page Applications*). Auth0\'s own tenant checker fails this setting.\nWith `require_client_grant`, only applications holding a client grant with `subject_type: user` for the Management\nAPI get such a token. A tenant created before access policies existed keeps the old behaviour, which is `allow_all`;\ndata read from the Management API without the field shows exactly that tenant.\n\nThe My Account API lets a user-delegated token change the user\'s own account (enrol and delete authentication\nmethods, connect external accounts for Token Vault); the My Organization API lets an organization administrator\'s\ntoken change the organization (its details, identity providers and SCIM provisioning, verified domains). Auth0\nactivates both with `require_client_grant` and "does not recommend using `allow_all`" for them (Auth0 docs,\n*My Account API* and *My Organization API*): with it, every application in the tenant, and every cross-site\nscripting bug in one, can reach these operations for its signed-in users.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Auth0 Management API\n    identifier: https://example-tenant.eu.auth0.com/api/v2/\n    is_system: true\n    subject_type_authorization:\n      user:\n        policy: allow_all\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Auth0 Management API\n    identifier: https://example-tenant.eu.auth0.com/api/v2/\n    is_system: true\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nFor the Management API: in the Dashboard, open *Applications \u2192 APIs \u2192 Auth0 Management API \u2192 Application Access* and set user access to\n*Per-app authorization* (or PATCH `/api/v2/resource-servers/{id}` with\n`{"subject_type_authorization": {"user": {"policy": "require_client_grant"}}}`; only the `user` entry of the\nManagement API can be changed). Then give a client grant with `subject_type: user` and only the scopes it needs to\neach application that really calls the Management API on behalf of its users.\n\nFor the My Account and My Organization APIs: set their user access back to *Per-app authorization*\n(`require_client_grant`) in *Applications \u2192 APIs*, and give a user-subject client grant, with only the scopes its\nfeatures use, to each application that offers self-service account or organization management.\n\n## Options\n\nNone.\n';

// rules/management-api-user-access/index.ts
var management_api_user_access_default = defineRule({
  meta: {
    id: "management-api-user-access",
    description: "Require a client grant for user access to Auth0's system APIs (Management, My Account and My Organization APIs)",
    defaultSeverity: "error",
    category: "access-policy",
    precision: "very-high",
    securitySeverity: 8,
    tags: ["security", "least-privilege", "access-policy", "management-api"],
    messages: {
      allowAll: 'The Auth0 Management API ("{{api}}") sets its user access policy to allow_all. Every application in the tenant can get a Management API token for its signed-in user, with scopes such as update:current_user_identities and update:current_user_metadata; one cross-site scripting bug in any application is then enough to link accounts or rewrite user metadata. Set subject_type_authorization.user.policy to require_client_grant and give a user-subject client grant only to the applications that must call the Management API for their users.',
      absent: `Management API "{{api}}" has no user access policy, so allow_all applies. The data was read from the Management API, which returns the field when it is set, so Auth0's default applies: every application in the tenant can get a Management API token for its signed-in user, with scopes such as update:current_user_identities and update:current_user_metadata, and one cross-site scripting bug in any application is enough to link accounts or rewrite user metadata. Set subject_type_authorization.user.policy to require_client_grant and give a user-subject client grant only to the applications that must call the Management API for their users.`,
      selfServiceAllowAll: 'The {{kind}} ("{{api}}") sets its user access policy to allow_all. Every application in the tenant can get a token for it on behalf of its signed-in user, and with it {{reach}}; Auth0 activates this API with require_client_grant and advises against allow_all. Set subject_type_authorization.user.policy to require_client_grant and give a user-subject client grant, with only the scopes it needs, to each application that offers these self-service features.'
    },
    docs: README_default8
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const { policy, explicit } = api.policy.user;
      if (policy !== "allow_all" || api.systemApi === void 0) continue;
      const data2 = { api: apiLabel(api) };
      if (api.systemApi !== "management") {
        report({
          entity: api,
          path: "/subject_type_authorization/user/policy",
          messageId: "selfServiceAllowAll",
          data: { ...data2, ...SELF_SERVICE[api.systemApi] }
        });
      } else if (explicit) {
        report({ entity: api, path: "/subject_type_authorization/user/policy", messageId: "allowAll", data: data2 });
      } else if (tenant.form === "api") {
        report({ entity: api, path: "/subject_type_authorization/user", messageId: "absent", data: data2 });
      }
    }
  }
});
var SELF_SERVICE = {
  "my-account": {
    kind: "My Account API",
    reach: "read and change the user's own account: enrol and delete authentication methods, and connect external accounts for Token Vault"
  },
  "my-organization": {
    kind: "My Organization API",
    reach: "administer the user's organization: its details, its identity providers (SSO) and SCIM provisioning, and its verified domains"
  }
};

// rules/no-allow-all-scopes/README.md
var README_default9 = "# no-allow-all-scopes\n\nRequire client grants to list their scopes instead of allowing all.\n\nDefault severity: **warning** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery client grant with `allow_all_scopes: true` to an API other than the Auth0 Management API. Grants to the\nManagement API are reported, as errors, by `management-api-least-privilege`.\n\n## Why\n\n`allow_all_scopes` (the Dashboard's *Always grant all permissions*) gives the application every scope the API\ndefines, today's and every one added later (Auth0, *Application Access to APIs: Client Grants*). Whoever adds a\npowerful scope to the API, say `payments:refund`, silently hands it to every such application; the grant's\nreviewers never see it. A scope list makes each application's access explicit and reviewable, and keeps new scopes\nclosed until someone grants them.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    scopes:\n      - value: ledger:read\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    allow_all_scopes: true\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    scopes:\n      - value: ledger:read\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    scope:\n      - ledger:read\n```\n\n## How to fix\n\nRemove `allow_all_scopes` and list in `scope` only the scopes the application needs (deploy-cli and the Management\nAPI do not accept both fields together).\n\n## Options\n\nNone.\n";

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
      allowAll: 'Client grant for "{{client}}" on "{{api}}" sets allow_all_scopes: true. The application holds every scope the API defines, including any scope added later, without anyone reviewing the grant again. Replace allow_all_scopes with a scope list of only what the application needs.'
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

// src/model/policy.ts
var POLICIES = {
  user: ["allow_all", "require_client_grant", "deny_all"],
  client: ["require_client_grant", "deny_all"]
};
var DEFAULT_POLICIES = {
  user: "allow_all",
  client: "require_client_grant"
};
var SELF_SERVICE_API_DEFAULTS = {
  user: "require_client_grant",
  client: "deny_all"
};
var UNKNOWN_POLICIES = {
  user: { policy: void 0, explicit: false },
  client: { policy: void 0, explicit: false }
};
function effectivePolicies(value, defaults = DEFAULT_POLICIES) {
  const defaulted = (subject) => ({ policy: defaults[subject], explicit: false });
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
function isSubjectType(value) {
  return value === "user" || value === "client";
}

// rules/no-client-grants-on-deny-all/README.md
var README_default10 = "# no-client-grants-on-deny-all\n\nDisallow client grants that an API's `deny_all` access policy makes unusable.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 4.0\n\n## What it checks\n\nEvery client grant whose subject type (`subject_type`, `client` when absent) has the policy `deny_all` on the API\nthe grant points to. The API must be in the data; grants to APIs the input does not hold are left to\n`no-dangling-client-grants`.\n\n## Why\n\n`deny_all` refuses tokens for that subject type to every application, \"regardless of any other settings or\ngrants\" (Auth0, *API Access Policies for Applications*). A grant under it can never be used, so it is dead\nconfiguration that misleads readers about who has access. Worse, it is a loaded gun: the day someone relaxes the\npolicy to `require_client_grant`, every such grant becomes live at once, with scopes nobody reviewed recently.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: deny_all\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    scope:\n      - read:entries\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Ledger API\n    identifier: https://ledger.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\nclients:\n  - name: Ledger Sync\n    app_type: non_interactive\nclientGrants:\n  - client_id: Ledger Sync\n    audience: https://ledger.example.com\n    scope:\n      - read:entries\n```\n\n## How to fix\n\nDecide whether the application should have access. If not, delete the grant. If it should, change the API's policy\nfor that subject type to `require_client_grant`; the grant then limits the application to its listed scopes.\n\n## Options\n\nNone.\n";

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
      deadGrant: `Grant for "{{client}}" on "{{api}}" can never be used. It has subject type {{subject}}, and the API's {{subject}} access policy is deny_all, which refuses every application whatever its grants. The grant hides intent and becomes live as soon as someone relaxes the policy. Delete the grant, or, if the application needs access, set the policy to require_client_grant.`
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
var README_default11 = "# no-dangling-client-grants\n\nRequire every client grant to point at an application and an API that exist.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 4.0\n\n## What it checks\n\nEvery client grant whose\n\n- `client_id` matches no application in the data, neither by `client_id` nor by `name` (deploy-cli exports write the\n  application's name there, and resolve it to an id on import), or whose\n- `audience` matches no API's `identifier` in the data and is not the tenant's Management API\n  (`https://{tenant-domain}/api/v2/`, which exports always leave out).\n\nWhile the tenant domain is unknown, grants that point at the Management APIs of **two or more tenants**\n(`https://a.eu.auth0.com/api/v2/` and `https://b.eu.auth0.com/api/v2/` in one export) are reported too: a tenant\nhas one Management API, so at least one of them is dangling. Which one is not guessed: the first grant to each host\ngets a finding naming all the hosts, and pointing to `--tenant-domain` (or `tenantDomain` in the configuration),\nwith which the grants to the other tenants are reported as dangling one by one.\n\nNot reported:\n\n- the client of a `default_for: third_party_clients` grant: it has no `client_id` (the two fields exclude each\n  other) and applies to every third-party application (Auth0, *Application Access to APIs: Client Grants*);\n- applications listed in the `ignoreClients` option;\n- values that are unresolved keyword markers (`no-unresolved-keywords` reports them);\n- the client check when the data holds no application at all, and the audience check when it holds no API at all:\n  Auth0 deletes a grant together with its application or API, so such data left that collection out (an API dump\n  of grants only, or deploy-cli's `AUTH0_EXCLUDED`) rather than holding only dangling grants;\n- an audience shaped like a Management API audience (`https://{host}/api/v2/`) while the tenant domain is unknown\n  (one such host, or hosts outside `auth0.com`): it may be this tenant's Management API. Give `--tenant-domain` to\n  have such grants checked.\n\n## Why\n\ndeploy-cli resolves a grant's `client_id` by application name and otherwise sends it unchanged as a client id. A\ngrant naming an application that is not in the export therefore fails the deploy, or attaches scopes to whatever\napplication holds that id in the target tenant, which nobody reviewed. Auth0 refuses grants for an API that does\nnot exist. Either way, a dangling grant is left over from a renamed or deleted application or API and misleads\nanyone reviewing who can access what.\n\nGrants of applications that the export leaves out on purpose (deploy-cli's `AUTH0_EXCLUDED_CLIENTS`, or grants\nmanaged elsewhere) are not dangling; list those applications in `ignoreClients`. deploy-cli never exports the grants\nof its own application, so those cannot dangle.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Billing API\n    identifier: https://billing.example.com\nclientGrants:\n  - client_id: Billing Job\n    audience: https://billing.example.com\n    scope:\n      - invoices:read\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Billing Worker\n    app_type: non_interactive\nresourceServers:\n  - name: Billing API\n    identifier: https://billing.example.com\n    scopes:\n      - value: invoices:read\nclientGrants:\n  - client_id: Billing Worker\n    audience: https://billing.example.com\n    scope:\n      - invoices:read\n```\n\n## How to fix\n\nPoint `client_id` at the application's current name (or client id) and `audience` at the identifier of an existing\nAPI, or delete the grant. If the application is deliberately excluded from the export, add its name or client id to\n`ignoreClients`.\n\n## Options\n\nIn `.a0lint.yml` (see the configuration docs):\n\n```yaml\nrules:\n  no-dangling-client-grants:\n    - error\n    - ignoreClients: [Legacy Reporting Job]\n```\n\n| option | type | default | meaning |\n|---|---|---|---|\n| `ignoreClients` | string[] | `[]` | Names or client ids of applications left out of the export on purpose; grants naming them are not reported. |\n";

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
      danglingClient: `Client grant on "{{audience}}" names an unknown application ("{{client}}"). It matches no application in the data by client_id or name. deploy-cli then sends the value as a client id, so the deploy fails, or the grant lands on whatever application holds that id, with scopes nobody reviewed for it. Correct client_id to the application's name or id, or delete the grant; if the application is left out of the export on purpose, add it to this rule's ignoreClients option.`,
      danglingApi: `Client grant for "{{client}}" is for an unknown API ("{{audience}}"). The audience is no API in the data and not the tenant's Management API ({{managementApi}}). Auth0 refuses to create a grant for an API that does not exist, and a grant left over from a deleted or renamed API hides what the application really can access. Set audience to the identifier of an existing API, or delete the grant.`,
      severalManagementApis: `Client grants here point at the Management APIs of {{count}} tenants. This one, for "{{client}}", points at the Management API of {{host}}; the tenants are {{hosts}}. A tenant has one Management API, so the grants to all but one of them are dangling (left over from another tenant, or a copy-paste), and the data does not say which tenant this is. Give the tenant's domain with --tenant-domain (or tenantDomain in the configuration) to have the others reported, then correct or delete them.`
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
    if (tenant.domain === void 0) reportSeveralManagementApis(tenant, report);
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
function reportSeveralManagementApis(tenant, report) {
  const firstGrantOf = /* @__PURE__ */ new Map();
  for (const grant of tenant.clientGrants) {
    if (!grant.toManagementApi || grant.api || grant.audience === void 0 || isUnresolved(grant.audience)) continue;
    const host = managementAudienceHost(grant.audience);
    if (host !== void 0 && !firstGrantOf.has(host)) firstGrantOf.set(host, grant);
  }
  if (firstGrantOf.size < 2) return;
  const hosts = [...firstGrantOf.keys()].sort();
  for (const [host, grant] of firstGrantOf) {
    report({
      entity: grant,
      path: "/audience",
      subject: "several-management-apis",
      messageId: "severalManagementApis",
      data: { client: grantClientLabel(grant), host, count: hosts.length, hosts: hosts.join(", ") }
    });
  }
}

// rules/no-duplicate-client-grants/README.md
var README_default12 = "# no-duplicate-client-grants\n\nDisallow two client grants for the same application, API and subject type.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 3.0\n\n## What it checks\n\nClient grants that share their application, their audience and their subject type (`subject_type`, `client` when\nabsent) with an earlier grant in the data. Applications are compared after resolution, so a grant naming an\napplication by name and another naming it by client id are duplicates; audiences compare without case in the host\nand without a trailing slash. `default_for` grants are compared by their group. Every grant after the first is\nreported.\n\nNot duplicates: a `user` and a `client` grant of one application on one API (Auth0 allows one of each). Grants whose\nclient or audience is an unresolved keyword marker are skipped.\n\n## Why\n\nAuth0 keeps at most one grant per application, API and subject type (*Application Access to APIs: Client Grants*),\nand deploy-cli matches grants on exactly that triple. Two of them in a configuration means the deploy fails, or one\nsilently overwrites the other, in an order the file does not show; reviewers cannot tell which scopes are in\nforce. Duplicates typically come from copy-paste or from merging two exports.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Reports Job\n    app_type: non_interactive\nresourceServers:\n  - name: Reports API\n    identifier: https://reports.example.com\n    scopes:\n      - value: reports:read\n      - value: reports:write\nclientGrants:\n  - client_id: Reports Job\n    audience: https://reports.example.com\n    scope:\n      - reports:read\n  - client_id: Reports Job\n    audience: https://reports.example.com/\n    scope:\n      - reports:write\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Reports Job\n    app_type: non_interactive\nresourceServers:\n  - name: Reports API\n    identifier: https://reports.example.com\n    scopes:\n      - value: reports:read\n      - value: reports:write\nclientGrants:\n  - client_id: Reports Job\n    audience: https://reports.example.com\n    scope:\n      - reports:read\n      - reports:write\n```\n\n## How to fix\n\nMerge the grants into one that lists the scopes the application needs, and delete the others. If one of them was\nmeant for user-delegated access, set its `subject_type: user` instead.\n\n## Options\n\nNone.\n";

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
      duplicate: 'Duplicate client grant for "{{client}}" on "{{audience}}". It repeats an earlier grant for the same application, API and subject type ({{subject}}){{where}}. Auth0 keeps one grant per combination, so the deploy fails or one grant silently overwrites the other, and reviewers cannot tell which scopes are in force. Merge the two into one grant with the scopes the application needs, and delete the other.'
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
  refreshToken: "refresh_token",
  /** Token Vault: exchanging a refresh token for an external provider's access token. */
  tokenVault: "urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token"
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
var README_default13 = "# no-implicit-grant\n\nDisallow the implicit grant on applications.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery application (client) whose `grant_types` list holds `implicit`. The entry is reported where it stands in the\nlist.\n\nApplications without a `grant_types` field are not reported: Auth0 then applies grant types that depend on the\napplication type and on when the tenant was created, and the data does not say which.\n\n## Why\n\nThe implicit grant returns the access token (and ID token) in the redirect URL's fragment. Tokens in URLs end up in\nbrowser history, can leak through the `Referer` header or injected scripts, and cannot be bound to the client that\nasked for them. The flow also cannot issue refresh tokens, which pushes applications toward long-lived access tokens\n(see `token_lifetime_for_web` on APIs). The OAuth 2.0 Security Best Current Practice (RFC 9700) says clients should\nnot use it; the authorization code flow with PKCE covers the same single-page and native apps without these problems,\nand Auth0's SDKs use it.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    grant_types:\n      - implicit\n      - authorization_code\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n```\n\n## How to fix\n\nRemove `implicit` from `grant_types` (Dashboard: the application's *Advanced Settings \u2192 Grant Types*, *Implicit*)\nand switch the application to the authorization code flow with PKCE; for a single-page app, add `refresh_token` with\nrefresh token rotation (see `require-refresh-token-rotation`) if it needs long sessions.\n\n## Options\n\nNone.\n";

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
      implicit: `Application "{{client}}" allows the implicit grant. It returns tokens in the browser's URL where history, logs and injected scripts can read them, and offers no sender binding or refresh tokens. Remove implicit from grant_types and use the authorization code flow with PKCE.`
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
function toClientUrl(field, path5, value) {
  return { field, path: path5, value, ...urlParts(value) };
}
function urlParts(value) {
  const match = SCHEME_AND_AUTHORITY.exec(value.trim());
  if (!match) return { scheme: void 0, host: void 0, unresolved: hasUnresolvedMarker(value) };
  const authority = match[2].slice(match[2].lastIndexOf("@") + 1);
  const host = authority.startsWith("[") ? authority.slice(0, authority.indexOf("]") + 1) : authority.split(":")[0];
  return { scheme: match[1].toLowerCase(), host: host.toLowerCase(), unresolved: hasUnresolvedMarker(match[0]) };
}
function isLoopbackHost(host) {
  return host === "localhost" || isLoopbackIp(host);
}
function isLoopbackIp(host) {
  return host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

// rules/no-localhost-urls/README.md
var README_default14 = "# no-localhost-urls\n\nKeep localhost and loopback URLs out of application URL settings.\n\nDefault severity: **note** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 2.0\n\n## What it checks\n\nEach entry of an application's `callbacks`, `allowed_logout_urls`, `web_origins` and `allowed_origins`, and its\n`initiate_login_uri`, whose host is `localhost`, a `127.0.0.0/8` address (such as `127.0.0.1`) or `[::1]`, over any\nscheme. Each finding points at the list item. An entry whose scheme or host is a keyword marker is left to\n`no-unresolved-keywords`.\n\nNot reported: `callbacks` of `native` applications on a loopback IP literal (`http://127.0.0.1:8400/callback`,\n`http://[::1]:8400/callback`). OAuth for native apps (RFC 8252, section 7.3) has desktop apps receive the login\nresponse on a loopback port they open, so such a callback is production configuration, not a leftover. The same RFC\nadvises against the name `localhost` for this (section 8.3), so `localhost` callbacks are still reported.\n\n## Why\n\nLoopback URLs are added for local development and then stay. In a production tenant they let any program on a\nuser's computer that listens on that port (a malicious local app, another developer tool) receive authorization\ncodes and tokens from a real login, and let any page served from that origin use silent authentication or\ncross-origin authentication against the tenant. Development belongs in its own tenant, or at least its own\napplication, so production settings list only production URLs.\n\nThis is a note, not a warning: a development tenant is expected to have such URLs. Turn the rule off for\ndevelopment exports, with an override in `.a0lint.yml` for their paths.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n      - http://localhost:3000/callback\n    web_origins:\n      - http://localhost:3000\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n    web_origins:\n      - https://shop.example.com\n```\n\n## How to fix\n\nRemove the loopback entries from the production application, and create a separate application (better: a\nseparate development tenant) for local development. deploy-cli keyword mappings (`@@CALLBACKS@@` with a list per\nenvironment) keep one export usable for both.\n\n## Options\n\nNone.\n";

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
      loopback: `Application "{{client}}" lists {{url}} in {{field}}, a loopback address. Any program on a user's machine listening on that port receives what Auth0 sends there, and development URLs do not belong in a production tenant. Move local development to its own tenant or application and remove this entry.`
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
var README_default15 = "# no-password-grant\n\nDisallow the resource owner password grant (`password` and `password-realm`) on applications.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 6.0\n\n## What it checks\n\nEvery application (client) whose `grant_types` list holds `password` or\n`http://auth0.com/oauth/grant-type/password-realm`. Each such entry is reported where it stands in the list.\n\nApplications without a `grant_types` field are not reported: Auth0 then applies grant types that depend on the\napplication type and on when the tenant was created, and the data does not say which.\n\n## Why\n\nWith the resource owner password grant the application shows its own login form, receives the user's password and\nsends it to Auth0's `/oauth/token` endpoint. `password-realm` is Auth0's variant of the same grant with a connection\nname. Either way the password passes through application code, and the login bypasses Universal Login: Auth0 cannot\nshow MFA enrollment, passkeys, bot detection or its own phishing protections, and users learn to type their password\ninto any form that asks. The OAuth 2.0 Security Best Current Practice (RFC 9700) says this grant must not be used.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Legacy Mobile App\n    app_type: native\n    grant_types:\n      - authorization_code\n      - refresh_token\n      - password\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Legacy Mobile App\n    app_type: native\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n```\n\n## How to fix\n\nRemove `password` and `http://auth0.com/oauth/grant-type/password-realm` from `grant_types` (Dashboard: the\napplication's *Advanced Settings \u2192 Grant Types*, *Password*) and sign users in through Universal Login with the\nauthorization code flow, with PKCE for native apps and single-page apps. A migration that still needs the password\ngrant should live in its own application that is removed when the migration ends.\n\n## Options\n\nNone.\n";

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
      password: `Application "{{client}}" allows the password grant ({{grantType}}). It collects users' passwords itself and sends them to Auth0, bypassing Universal Login, MFA prompts and phishing-resistant login methods. Remove {{grantType}} from grant_types and sign users in with the authorization code flow (with PKCE for public apps).`
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
var README_default16 = "# no-secrets-in-config\n\nKeep literal secrets (client secrets, API signing secrets, private keys) out of configuration files.\n\nDefault severity: **error** \xB7 Category: hygiene \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 9.0\n\n## What it checks\n\nEvery place in an input file, in any section, that holds:\n\n- a `client_secret` (applications, connections, anything else that names the field so);\n- a `signing_secret` (the HS256 key of an API);\n- an `smtp_pass` or `api_key` (the email provider's credentials, and other API keys);\n- a private signing key, whatever field holds it: a PEM private key (`-----BEGIN ... PRIVATE KEY-----`) or a JSON\n  Web Key with its private part `d`.\n\nThe finding names the field and points at the value; it never shows the value. These are not secrets and pass:\nkeyword markers (`##CLIENT_SECRET##`, `@@CLIENT_SECRET@@`, also inside a longer value), values filled in from keyword\nmappings (the file holds only the marker), empty values, redactions (`[REDACTED]`, `REDACTED`, `****`), and\ndeploy-cli's own stand-ins: `_VALUE_NOT_SHOWN_` (an obfuscated secret, `constants.OBFUSCATED_SECRET_VALUE`) and the\n`YOUR_<PROVIDER>_API_KEY` older versions wrote into the email provider's credentials. Every file of an export is\nchecked: a directory export's `connections/*.json`, `emails/provider.json` and the rest, as well as `tenant.yaml`.\n\nOther credentials some exports can hold under generic names (log stream tokens, CAPTCHA `secret`s) are not\nchecked yet.\n\n## Why\n\nA secret committed to a repository is readable by everyone with access to it, to its forks and clones, and to every\nCI log and artifact that prints or copies the file, and it stays in the history after the line is deleted. A client\nsecret lets its holder act as the application (for a machine-to-machine app: get tokens with all its client\ngrants); an API's `signing_secret` lets its holder mint access tokens the API accepts; a private key does the same\nfor whatever trusts it. deploy-cli strips `client_secret` from exports by default, but keeps an API's\n`signing_secret`, and hand-written files or API dumps made with `read:client_keys` carry secrets too.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Legacy API\n    identifier: https://legacy.example.com\n    signing_alg: HS256\n    signing_secret: c2VjcmV0LWZvci1kb2NzLW9ubHktbm90LXJlYWw\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Legacy API\n    identifier: https://legacy.example.com\n    signing_alg: RS256\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nFirst rotate the secret (Dashboard: the application's *Credentials \u2192 Rotate*; for an API, switch it to RS256 or\nrotate its signing secret), since the old value is in the history for good. Then remove the value from the file:\ndrop the field from the export (deploy-cli does not need an API's `signing_secret` to deploy it), or replace it\nwith a keyword marker such as `'##LEGACY_API_SIGNING_SECRET##'` and provide the value at deploy time through\n`AUTH0_KEYWORD_REPLACE_MAPPINGS` from a secret store.\n\n## Options\n\nNone.\n";

// rules/no-secrets-in-config/index.ts
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
      const { entity: entity2 } = secret;
      if (entity2) {
        report({
          entity: entity2,
          path: secret.path,
          origin: secret.origin,
          messageId: "entity",
          data: { owner: KIND_LABEL[entity2.kind], name: entity2.name ?? entity2.key, field: secret.field }
        });
      } else {
        report({ path: secret.path, origin: secret.origin, messageId: "file", data: { field: secret.field, path: secret.path } });
      }
    }
  }
});

// rules/no-symmetric-signing/README.md
var README_default17 = "# no-symmetric-signing\n\nSign access tokens and ID tokens with an asymmetric algorithm (RS256, PS256), not HS256.\n\nDefault severity: **warning** \xB7 Category: APIs \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.5\n\n## What it checks\n\n- every API (resource server) with `signing_alg: HS256`;\n- every application (client) with `jwt_configuration.alg: HS256`.\n\nAn API or application that does not set the field is not reported: Auth0 creates APIs with `RS256` when\n`signing_alg` is not sent (recorded API responses), and the data does not say what an existing one uses.\n\n## Why\n\n`signing_alg` is the algorithm Auth0 signs an API's access tokens with: `HS256`, `RS256`, `RS512` or `PS256`.\nHS256 is symmetric: the same secret (`signing_secret`, part of the API in the Management API's schema) signs and\nverifies. Every service that checks the tokens must hold it, and each of them can mint tokens the API accepts. The\nsecret also travels wherever the API's configuration goes; deploy-cli keeps `signing_secret` in exports. With RS256\nor PS256, Auth0 signs with a private key that never leaves it, and services verify with public keys from the tenant's\n`/.well-known/jwks.json`, which also makes key rotation possible without redeploying every service.\n\nFor applications, `jwt_configuration.alg` is the ID token algorithm; with HS256 the client secret is the signing key,\nso every holder of that secret can forge ID tokens, and public applications (which have no usable secret) cannot\nverify them properly.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    signing_alg: HS256\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    signing_alg: RS256\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nSet the API's `signing_alg` to `RS256` (or `PS256`, which needs an Auth0 add-on) and the application's `jwt_configuration.alg` to `RS256`\n(Dashboard: the API's *Settings \u2192 Signing Algorithm*; the application's *Advanced Settings \u2192 OAuth \u2192 JSON Web Token\nSignature Algorithm*). Update the services that verify tokens to use the tenant's JWKS before switching, then remove\nthe old `signing_secret` from every place it was copied to.\n\n## Options\n\nNone.\n";

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
      api: `API "{{api}}" signs its access tokens with HS256, a shared secret. Every service that verifies them holds the key and can mint valid tokens, and the signing secret ends up in exports and configuration. Set signing_alg to RS256 (or PS256) and verify tokens against the tenant's public keys.`,
      client: `Application "{{client}}" gets ID tokens signed with HS256 under its client secret. Anyone who holds the secret can forge ID tokens for it. Set jwt_configuration.alg to RS256 (or PS256) and validate ID tokens against the tenant's public keys.`
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

// rules/no-third-party-system-api-grants/README.md
var README_default18 = "# no-third-party-system-api-grants\n\nDisallow client grants that give third-party applications access to Auth0's system APIs.\n\nDefault severity: **error** \xB7 Category: client grants \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 8.0\n\n## What it checks\n\nClient grants to one of Auth0's system APIs \u2014 the Management API (`https://{tenant}/api/v2/`), the My Account API\n(`https://{tenant}/me/`), the My Organization API (`https://{tenant}/my-org/`), or any API the data marks\n`is_system: true` \u2014 that\n\n- belong to a third-party application (`is_first_party: false`), whatever their subject type or scopes; or\n- are default grants for third-party applications (`default_for: third_party_clients`).\n\nSystem APIs are recognised by their identifier on the tenant's host, also in deploy-cli exports, which leave the\nManagement API itself out but keep the grants to it.\n\nNot reported: grants whose application is not in the data (`no-dangling-client-grants` says so), and third-party\nsettings themselves (strict or permissive mode, redirection policy), which are a posture question.\n\n## Why\n\nA third-party application is run by someone outside your organisation: a partner's integration, or an app that\nregistered itself through Dynamic Client Registration or a Client ID Metadata Document. The system APIs administer\nthe tenant (Management API) or let a user's token change the user's account or organization (My Account and\nMy Organization APIs); none of that belongs in someone else's hands. Auth0 agrees: system APIs do not support\ndefault grants for third-party applications, and third-party applications cannot be granted access to them\n(Auth0 docs, *Application Access to APIs: Client Grants*); the Management API answers such a request with\n`400 Client grants for this API cannot be created for third-party clients` (`POST /api/v2/client-grants`). A grant\nin a configuration therefore either fails the deploy or predates the restriction and still hands an outsider access.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Partner Portal\n    app_type: regular_web\n    is_first_party: false\nclientGrants:\n  - client_id: Partner Portal\n    audience: https://example-tenant.eu.auth0.com/api/v2/\n    scope:\n      - read:users\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Partner Portal\n    app_type: regular_web\n    is_first_party: false\nresourceServers:\n  - name: Partner API\n    identifier: https://partners.example.com\n    scopes:\n      - value: read:partner_profiles\nclientGrants:\n  - client_id: Partner Portal\n    audience: https://partners.example.com\n    subject_type: user\n    scope:\n      - read:partner_profiles\n```\n\n## How to fix\n\nDelete the grant (Dashboard: *Applications \u2192 APIs \u2192 the API \u2192 Application Access*, or\n`DELETE /api/v2/client-grants/{id}`). If the partner needs data that lives in Auth0, expose it through an API of your\nown, with narrow scopes and a grant you review, backed by a first-party application of yours.\n\n## Options\n\nNone.\n";

// rules/no-third-party-system-api-grants/index.ts
var SYSTEM_API_NAMES = {
  management: "the Auth0 Management API",
  "my-account": "the My Account API",
  "my-organization": "the My Organization API"
};
var no_third_party_system_api_grants_default = defineRule({
  meta: {
    id: "no-third-party-system-api-grants",
    description: "Disallow client grants that give third-party applications access to Auth0's system APIs",
    defaultSeverity: "error",
    category: "client-grants",
    precision: "very-high",
    securitySeverity: 8,
    tags: ["security", "least-privilege", "client-grants", "third-party"],
    messages: {
      thirdPartyClient: `Grant on {{api}} for third-party application "{{client}}". The application has is_first_party: false, so someone outside your organisation runs it, and the grant lets it act on a system API that administers your tenant or your users' accounts. Auth0 refuses such grants ("Client grants for this API cannot be created for third-party clients"), so a deploy of it fails, and one that exists predates the restriction. Delete the grant; if the integration needs the data, expose it through an API of your own with narrow scopes.`,
      defaultForThirdParty: "Default client grant for third-party applications on {{api}}. With default_for: third_party_clients it would give every third-party application, including any registered dynamically, access to a system API. Auth0 does not support default grants on system APIs, so the deploy fails. Delete the grant."
    },
    docs: README_default18
  },
  check({ tenant, report }) {
    for (const grant of tenant.clientGrants) {
      const api = systemApiLabel(grant);
      if (api === void 0) continue;
      if (grant.defaultFor === "third_party_clients") {
        report({ entity: grant, path: "/default_for", messageId: "defaultForThirdParty", data: { api } });
      } else if (grant.client?.thirdParty) {
        report({ entity: grant, path: "/client_id", messageId: "thirdPartyClient", data: { client: grantClientLabel(grant), api } });
      }
    }
  }
});
function systemApiLabel(grant) {
  if (grant.toSystemApi !== void 0) return SYSTEM_API_NAMES[grant.toSystemApi];
  return grant.api?.isSystem ? `the system API "${apiLabel(grant.api)}"` : void 0;
}

// rules/no-unresolved-keywords/README.md
var README_default19 = "# no-unresolved-keywords\n\nRequire a mapping for every deploy-cli keyword marker (`##KEY##` or `@@KEY@@`) in a field that rules check.\n\nDefault severity: **error** \xB7 Category: hygiene \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 3.0\n\n## What it checks\n\ndeploy-cli replaces keyword markers in the raw export text before parsing it: `##KEY##` by the mapped value as text,\n`@@KEY@@` by the mapped value as JSON. a0lint does the same, with mappings from `--mappings`, from a deploy-cli\n`config.json` (`AUTH0_KEYWORD_REPLACE_MAPPINGS`, via `--deploy-config`) or from `mappings` in `.a0lint.yml`. Only\nupper-case keys (`[A-Z0-9_]`) count as markers, as in deploy-cli. What a marker left without a mapping means depends\non where it stands:\n\n- **In a field a rule reads** (an application's URLs, type, grant types, client authentication, refresh token\n  settings, OIDC conformance, cross-origin authentication, third-party settings; an API's identifier, scopes, signing\n  algorithm, token lifetimes, access policy; a grant's `client_id`, `audience`, `scope`, `subject_type`; the posture\n  fields the tenant-posture rules read: tenant flags, session lifetimes, default audience, support contact, logout\n  and login URLs and Node runtime, attack protection switches and shields, bot detection's challenges and monitoring\n  mode, MFA factors and policy, database password policies, sign-in methods, custom user stores and email\n  verification, domain-level connections, the email provider's name and switch, which email templates are enabled,\n  action runtimes and triggers, whether rules and hooks are enabled, log stream status, network ACL scopes, actions,\n  matches and whether an ACL is active; an application's pushed and signed authorization request settings, proof of\n  possession, FAPI compliance level and back-channel logout URLs, and whether a SAML or WS-Fed addon is set; an API's\n  proof of possession; an Action's\n  deployment; a custom domain's status and TLS policy; a whole list, entity or section): an **error**, whose message names what could not be checked. The list is\n  `src/model/checked-fields.ts`, under deploy-cli's names and an API dump's alike; a test runs every rule over every\n  docs example and fails when a rule reads a field the list lacks.\n- **In a field no rule reads** (client and connection secrets, other connection options, email provider\n  credentials, log stream tokens, action secrets, rules configs, code and HTML): **no finding** by default. deploy-cli resolves these at deploy\n  time from its mappings *and the environment* (it merges every environment variable into its mappings on import),\n  which a0lint does not see; a marker there is the very practice `no-secrets-in-config` recommends. Teams that lint\n  with their full mappings can turn these on with `reportUnreadFields: true`.\n- **deploy-cli's own placeholders** are never reported: the `##CAPTCHA_<PROVIDER>_SECRET##`,\n  `##CAPTCHA_RECAPTCHA_ENTERPRISE_API_KEY##` and `##CAPTCHA_RECAPTCHA_ENTERPRISE_PROJECT_ID##` markers deploy-cli\n  writes into `attackProtection.captcha` of every export made without secrets (`src/context/defaults.js`,\n  `attackProtectionDefaults`). On import it drops every CAPTCHA provider whose `site_key` is empty, and strips any\n  field that is still only a marker, so they are never deployed.\n\nThe message says what deploy-cli will do (8.x, `stripUnresolvedPlaceholders`): a marker that is a field's whole value\nis filled from the mappings or the environment, and with neither the field is left out, so the tenant keeps its\ncurrent value (a new entity gets Auth0's default); a marker inside a longer value, or as a list item, is deployed as\ntext with the marker in it. The same finding, at the same place, comes from a YAML export, a directory export\n(inside the JSON, code or HTML file that holds the marker) and an API dump.\n\n## Why\n\nWithout its value, a marker hides what will be deployed: a0lint cannot tell whether `audience: ##API_AUDIENCE##`\npoints at the Management API, or whether `callbacks: @@CALLBACKS@@` holds an `http://` URL, and deploy-cli's\nfallback (keep whatever the tenant has now) is invisible in the repository. Unquoted markers also change how the file\nparses (an unquoted `##KEY##` reads as a YAML comment, an unquoted `@@KEY@@` is invalid YAML); a0lint keeps them as\nvalues so nothing silently disappears, and lints the rest of the file.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks: @@STOREFRONT_CALLBACKS@@\n    allowed_origins:\n      - https://##STOREFRONT_HOST##\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n    allowed_origins:\n      - https://shop.example.com\n```\n\n## How to fix\n\nPass the same mappings deploy-cli uses: `a0lint --deploy-config config.json tenant.yaml`, or a JSON/YAML file of\n`KEY: value` pairs with `--mappings`. If a marker is a leftover, write the real value instead.\n\na0lint never reads keyword values from the environment (deploy-cli merges all environment variables into its\nmappings on import); pass them explicitly.\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `reportUnreadFields` | boolean | `false` | Also report markers in fields no rule reads (secrets, connection options, email credentials, action secrets, code), as `unread`: for teams that pass a0lint every mapping deploy-cli will use. deploy-cli's own CAPTCHA placeholders stay unreported. |\n\n```yaml\nrules:\n  no-unresolved-keywords: [error, { reportUnreadFields: true }]\n```\n";

// rules/no-unresolved-keywords/index.ts
var ADD = "Add {{key}} to the keyword mappings (--mappings, --deploy-config or `mappings` in .a0lint.yml), or write the value in place of the marker.";
var no_unresolved_keywords_default = defineRule({
  meta: {
    id: "no-unresolved-keywords",
    description: "Require a mapping for every deploy-cli keyword marker (##KEY## or @@KEY@@) in a field that rules check",
    defaultSeverity: "error",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 3,
    tags: ["correctness", "deploy-cli", "keywords"],
    messages: {
      whole: "Keyword marker {{marker}} has no mapping. a0lint cannot check {{what}}, which the marker stands for. At deploy time deploy-cli fills it from its mappings or the environment; with neither, it leaves the field out and the tenant keeps its current value (a new one gets Auth0's default), which a0lint cannot see either. " + ADD,
      part: "Keyword marker {{marker}} has no mapping. a0lint cannot check {{what}}, which holds the marker. At deploy time deploy-cli fills it from its mappings or the environment; with neither, it deploys the text with the marker in it. " + ADD,
      unread: "Keyword marker {{marker}} has no mapping in the mappings a0lint was given. No rule reads this field, but deploy-cli needs the value at deploy time, from its mappings or the environment (a field that is only a marker is left out without one; a marker inside a longer value is deployed as text). Add {{key}} to the mappings, or turn reportUnreadFields off if the environment provides it."
    },
    schema: {
      type: "object",
      properties: {
        reportUnreadFields: {
          type: "boolean",
          default: false,
          description: "Also report markers in fields no rule reads (secrets, connection options, email credentials, action secrets, code): for teams that lint with their full mappings."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { reportUnreadFields: false },
    docs: README_default19
  },
  check({ tenant, options, report }) {
    const reported = tenant.unresolvedKeywords.filter((keyword) => keyword.checks !== void 0 || options.reportUnreadFields);
    const holderOf = (keyword) => `${keyword.entity ? `${keyword.entity.kind}\0${keyword.entity.key}` : keyword.origin.source.file ?? ""}\0${keyword.marker}`;
    const placeOf = (keyword) => keyword.entity ? keyword.path : keyword.document;
    const ordinal = /* @__PURE__ */ new Map();
    const counts = /* @__PURE__ */ new Map();
    for (const keyword of [...reported].sort((a, b) => compare(placeOf(a), placeOf(b)))) {
      const count = (counts.get(holderOf(keyword)) ?? 0) + 1;
      counts.set(holderOf(keyword), count);
      ordinal.set(keyword, count);
    }
    for (const keyword of reported) {
      const count = ordinal.get(keyword);
      report({
        ...keyword.entity ? { entity: keyword.entity } : {},
        path: keyword.path,
        origin: keyword.origin,
        subject: count === 1 ? keyword.marker : `${keyword.marker} #${count}`,
        needle: keyword.marker,
        messageId: keyword.checks === void 0 ? "unread" : keyword.whole ? "whole" : "part",
        data: { marker: keyword.marker, key: keyword.marker.slice(2, -2), what: keyword.checks ?? "" }
      });
    }
  }
});
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// rules/prefer-require-client-grant/README.md
var README_default20 = "# prefer-require-client-grant\n\nRequire a client grant for user access to every API (user policy `require_client_grant`).\n\nDefault severity: **warning** \xB7 Category: access policy \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery API (resource server) that is not a system API and whose effective **user** access policy is `allow_all`,\nwhether written explicitly or left to Auth0's default. System APIs are those the data marks `is_system`, the\nManagement API, the My Account and My Organization APIs, and Okta's Express Configuration API\n(`urn:auth0:express-configure`), which a Terraform configuration may declare without saying it is Auth0's. The message says which of the two it is; when the policy was\ndefaulted it also asks for the client policy beside it, so `explicit-access-policy` does not report the same API\nagain.\n\n## Why\n\nAn API's `subject_type_authorization.user.policy` decides which applications may get access tokens for it in\nuser-delegated flows (every flow except client credentials). With `allow_all`, every first-party application in the\ntenant can get a token for the API, including applications that have nothing to do with it; a compromised or\ncareless application becomes a way into the API. With `require_client_grant`, only applications holding a client\ngrant with `subject_type: user` get a token, and the grant's scopes are the ceiling of what they can ask for.\nAuth0 recommends `require_client_grant` for least privilege.\n\n`allow_all` is also Auth0's default: an API created without `subject_type_authorization`, or an export that does\nnot carry the field, is open to every application. System APIs (the Management API, My Account API, ...) are left to\ntheir own rules.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    subject_type_authorization:\n      user:\n        policy: allow_all\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\nclients:\n  - name: Orders SPA\n    app_type: spa\nclientGrants:\n  - client_id: Orders SPA\n    audience: https://orders.example.com\n    subject_type: user\n    scope: []\n```\n\n## How to fix\n\nSet `subject_type_authorization.user.policy` to `require_client_grant` (Dashboard: *Per-app authorization* under\nthe API's *Application Access*), then add a client grant with `subject_type: user` for each application that must\ncall the API on behalf of users, listing only the scopes it needs. If no application should get user tokens for the\nAPI, use `deny_all`.\n\n## Options\n\nNone.\n";

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
      explicit: 'API "{{api}}" sets its user access policy to allow_all. Every application in the tenant can get user access tokens for it. Set subject_type_authorization.user.policy to require_client_grant and give each application that needs the API a client grant with subject_type user.',
      defaulted: `API "{{api}}" has no user access policy, so Auth0's default allow_all applies. Every application in the tenant can get user access tokens for it. Set subject_type_authorization.user.policy to require_client_grant (and state client.policy beside it: require_client_grant or deny_all) and give each application that needs the API a client grant with subject_type user.`
    },
    docs: README_default20
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
var README_default21 = "# require-refresh-token-rotation\n\nRequire refresh token rotation for public applications, with a short reuse interval wherever rotation is on.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 5.0\n\n## What it checks\n\n1. Every **public** application whose `grant_types` holds `refresh_token` and whose `refresh_token.rotation_type`\n   is anything but `rotating`: `non-rotating`, or not set at all. The finding points at\n   `refresh_token.rotation_type`, or at the closest part of the application that exists.\n2. Every application, public or not, with `rotation_type: rotating` whose reuse interval (`refresh_token.leeway`,\n   in seconds) is longer than the `maxLeeway` option (60 seconds by default), unless its `grant_types` is stated\n   and lacks `refresh_token`.\n\nAn application is public when its `app_type` is `spa` or `native`, or when it sets\n`token_endpoint_auth_method: none` and registers no private-key JWT or mTLS credentials in\n`client_authentication_methods`, whatever its `app_type` (absent included). Auth0 flags an application as public by\n`token_endpoint_auth_method: none` (*Auth0 Grant Types Mapping*); single-page and native apps run on users'\ndevices, where any secret they were given can be read. a0lint decides this once, in its tenant model, for every rule.\n\nNot reported:\n\n- confidential applications without rotation: they authenticate when they use a refresh token;\n- public applications whose `grant_types` is absent, since the data then does not say whether they use refresh\n  tokens at all;\n- applications configured for **Token Vault**: their `grant_types` holds\n  `urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token`. Token Vault's refresh-token\n  exchange requires refresh token rotation to be turned off (Auth0 docs, *Token Vault: Get a token with a refresh\n  token*), so demanding rotation would break the integration. The reuse interval is still checked if they rotate.\n\n## Why\n\nPublic applications hold no secret, so whoever holds a refresh token can use it. Refresh tokens in a browser or on a\ndevice can be stolen (cross-site scripting, malware, backups). With `rotation_type: rotating`, Auth0 issues a new\nrefresh token on every exchange and invalidates the old one; when an already used token is presented again, Auth0\ntreats it as a breach and revokes the whole token family, which cuts off a thief as soon as either party refreshes.\nWith `non-rotating`, a stolen token keeps working until it expires, and applications created with default settings\nget non-rotating tokens with `infinite_token_lifetime: true`.\n\nApplications created without refresh token settings come back from the Management API with\n`rotation_type: non-rotating` (recorded API responses), so an unset value is reported too, with its own message.\nRotating tokens must also expire: `rotating` requires `expiration_type: expiring`.\n\nThe reuse interval (`leeway`, the Dashboard's *Rotation Overlap Period*) lets the previous refresh token be\nexchanged again for that many seconds; inside it, Auth0's breach detection does not apply (Auth0 docs, *Configure\nRefresh Token Rotation*). It exists for concurrent requests and slow networks, which take seconds. An interval of\nhours, or a year as some real exports set, turns reuse detection off in practice: a thief who uses a stolen token\nwithin it is never noticed.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: non-rotating\n      expiration_type: non-expiring\n```\n\n```yaml\nclients:\n  - name: Field App\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n```\n\n```yaml\nclients:\n  - name: Partner Portal\n    app_type: regular_web\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n      leeway: 86400\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n      leeway: 0\n      token_lifetime: 2592000\n      idle_token_lifetime: 1296000\n      infinite_token_lifetime: false\n      infinite_idle_token_lifetime: false\n```\n\n```yaml\nclients:\n  - name: Calendar Assistant\n    app_type: native\n    token_endpoint_auth_method: none\n    grant_types:\n      - authorization_code\n      - refresh_token\n      - urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token\n    refresh_token:\n      rotation_type: non-rotating\n      expiration_type: expiring\n```\n\n## How to fix\n\nSet `refresh_token.rotation_type: rotating` and `refresh_token.expiration_type: expiring`, with an absolute\n(`token_lifetime`) and an idle (`idle_token_lifetime`) lifetime that fit the app (Dashboard: the application's\n*Refresh Token Rotation* and *Refresh Token Expiration* settings). If the app does not need refresh tokens, remove\n`refresh_token` from `grant_types` instead. Keep `leeway` at a few seconds (0 turns the overlap off).\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `maxLeeway` | integer \u2265 0 | `60` | The longest reuse interval (`refresh_token.leeway`, in seconds) accepted on an application with rotating refresh tokens. |\n\n```yaml\nrules:\n  require-refresh-token-rotation: [warning, { maxLeeway: 10 }]\n```\n";

// rules/require-refresh-token-rotation/index.ts
var require_refresh_token_rotation_default = defineRule({
  meta: {
    id: "require-refresh-token-rotation",
    description: "Require refresh token rotation for public applications, with a short reuse interval wherever rotation is on",
    defaultSeverity: "warning",
    category: "clients",
    precision: "high",
    securitySeverity: 5,
    tags: ["security", "oauth", "refresh-tokens"],
    messages: {
      nonRotating: 'Public application "{{client}}" does not rotate its refresh tokens. It is public ({{why}}) and uses refresh tokens with rotation_type {{rotationType}}, so a refresh token stolen from the device or browser stays usable until it expires. Set refresh_token.rotation_type to rotating (with expiration_type expiring), so each use issues a new token and reuse is detected.',
      unset: 'Public application "{{client}}" uses refresh tokens without setting their rotation. It is public ({{why}}) and does not set refresh_token.rotation_type; Auth0 creates applications with non-rotating refresh tokens, which a thief can reuse until they expire. Set refresh_token.rotation_type to rotating (with expiration_type expiring).',
      longLeeway: 'Application "{{client}}" lets a used refresh token keep working for {{leeway}}. It rotates its refresh tokens but sets that reuse interval (refresh_token.leeway): Auth0 does not apply reuse detection inside it, so for that long a stolen refresh token keeps working next to the legitimate one and nobody notices. The interval exists to absorb concurrent requests, which take seconds. Set refresh_token.leeway to {{max}} seconds or less (0 turns the overlap off).'
    },
    schema: {
      type: "object",
      properties: {
        maxLeeway: {
          type: "integer",
          minimum: 0,
          default: 60,
          description: "The longest refresh token reuse interval (refresh_token.leeway, in seconds) accepted on an application with rotating refresh tokens."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { maxLeeway: 60 },
    docs: README_default21
  },
  check({ tenant, options, report }) {
    for (const client of tenant.clients) {
      const settings = refreshTokenSettings(client);
      const rotationType = settings?.rotation_type;
      if (rotationType === "rotating") {
        const leeway = settings?.leeway;
        if (typeof leeway === "number" && leeway > options.maxLeeway && !refreshTokensOff(client)) {
          report({
            entity: client,
            path: "/refresh_token/leeway",
            messageId: "longLeeway",
            data: { client: client.name ?? client.key, leeway: `${leeway} seconds (${duration(leeway)})`, max: options.maxLeeway }
          });
        }
        continue;
      }
      if (!client.publicBecause || grantTypeEntries(client, [GRANT_TYPES.refreshToken]).length === 0) continue;
      if (grantTypeEntries(client, [GRANT_TYPES.tokenVault]).length > 0) continue;
      report({
        entity: client,
        path: "/refresh_token/rotation_type",
        messageId: rotationType === void 0 || rotationType === null ? "unset" : "nonRotating",
        data: { client: client.name ?? client.key, why: publicLabel(client), rotationType: String(rotationType) }
      });
    }
  }
});
function refreshTokenSettings(client) {
  const settings = client.data.refresh_token;
  return typeof settings === "object" && settings !== null ? settings : void 0;
}
function refreshTokensOff(client) {
  return Array.isArray(client.data.grant_types) && grantTypeEntries(client, [GRANT_TYPES.refreshToken]).length === 0;
}

// rules/secure-redirect-urls/README.md
var README_default22 = "# secure-redirect-urls\n\nRequire `https://` for application URLs (except loopback) and exact callback URLs without wildcards.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 6.5\n\n## What it checks\n\nEach entry of an application's `callbacks`, `allowed_logout_urls`, `web_origins` and `allowed_origins`, and its\n`initiate_login_uri`:\n\n- an entry that uses `http://` on a host other than a loopback host (`localhost`, `127.0.0.0/8`, `[::1]`);\n- a `callbacks` entry that holds a wildcard (`*`).\n\nEach finding points at the list item. Wildcard subdomains in `allowed_logout_urls`, `web_origins` and\n`allowed_origins` are not reported: Auth0 allows them there and they only widen where users may be sent after logout\nor which sites may call Auth0 from the browser. Custom schemes of native apps (`com.example.app://callback`) are\nnot `http://` and pass. An entry whose scheme or host is a keyword marker (`https://##APP_HOST##/callback`) is\nleft to `no-unresolved-keywords`, since its real value is unknown.\n\n## Why\n\n- `callbacks` are the only places Auth0 sends authorization codes and tokens after login. Over `http://`, anyone on\n  the network path (public Wi-Fi, a proxy) can read the code or token and sign in as the user. A wildcard callback\n  such as `https://*.example.com/callback` lets Auth0 deliver them to any matching host, including a forgotten\n  preview deployment or a subdomain an attacker took over.\n- `web_origins` and `allowed_origins` are trusted for cross-origin authentication, silent authentication and CORS; a\n  page served over `http://` can be altered in transit and then act with that trust.\n- `allowed_logout_urls` and `initiate_login_uri` send users' browsers to the URL; over `http://` the landing page can\n  be replaced in transit (a phishing page on the right domain).\n\nLoopback hosts never leave the machine, so `http://localhost` is not reported here; `no-localhost-urls` notes\nthose separately for production tenants.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n      - http://shop.example.com/callback\n      - https://*.preview.example.com/callback\n    allowed_logout_urls:\n      - http://shop.example.com\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n      - https://pr-42.preview.example.com/callback\n    allowed_logout_urls:\n      - https://shop.example.com\n    web_origins:\n      - https://*.preview.example.com\n```\n\n## How to fix\n\nServe the application over HTTPS and change the entries to `https://`; remove entries for sites that no longer\nexist. Replace wildcard callbacks with the exact URLs in use: for preview deployments, add and remove each one as it\ncomes and goes (deploy-cli keyword mappings can fill them in), or route all of them through one fixed callback URL\nthat forwards to the preview.\n\n## Options\n\nNone.\n";

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
      plainHttp: 'Application "{{client}}" lists a plain http:// URL in {{field}}: {{url}}. Whatever passes through that URL (authorization codes, tokens, trusted cross-origin requests) can be read or altered by anyone on the network path. Change it to https://, or remove it if the site is gone.',
      wildcardCallback: 'Application "{{client}}" allows a wildcard callback: {{url}}. Auth0 sends authorization codes and tokens to any URL that matches it, including a forgotten or taken-over subdomain. List every callback URL exactly, without *.'
    },
    docs: README_default22
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      for (const url of clientUrls(client)) {
        if (url.unresolved) continue;
        const data2 = { client: client.name ?? client.key, url: url.value, field: url.field };
        if (url.scheme === "http" && url.host && !isLoopbackHost(url.host)) {
          report({ entity: client, path: url.path, subject: `http ${url.field} ${url.value}`, messageId: "plainHttp", data: data2 });
        }
        if (url.field === "callbacks" && url.value.includes("*")) {
          report({ entity: client, path: url.path, subject: `wildcard ${url.value}`, messageId: "wildcardCallback", data: data2 });
        }
      }
    }
  }
});

// rules/terraform-unknown-values/README.md
var README_default23 = '# terraform-unknown-values\n\nSay which Terraform values a0lint could not know before apply, so no check passes on them unseen.\n\nDefault severity: **note** \xB7 Category: hygiene \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 1.0\n\n## What it checks\n\nWhen a0lint reads `.tf` files it evaluates what can be known without running Terraform: literals, `locals`,\nvariables with a default (or a value in `terraform.tfvars` / `*.auto.tfvars`), module inputs, `count` and `for_each`\nover literal collections, references to other resources\' written attributes, and common functions (`concat`,\n`merge`, `lower`, `join`, ...). A value that still depends on something only known at `apply` (a variable without a\ndefault, an attribute Auth0 computes, a data source, a function such as `file()`) is **unknown**, not absent: a0lint\nkeeps it as written (`https://${var.app_host}/callback`) and reports it here, once per value.\n\n## Why\n\nA rule that cannot see a value does not decide on it: `secure-redirect-urls` cannot tell whether\n`https://${var.app_host}` is a loopback address, and `prefer-require-client-grant` cannot tell which policy a\n`var.user_policy` holds. Treating such values as absent would apply Auth0\'s defaults and could report, or pass,\nsomething the configuration does not say. This note makes the gap visible instead of silent.\n\n## Incorrect\n\n```hcl\nvariable "app_host" {}\n\nresource "auth0_client" "web" {\n  name      = "Web"\n  callbacks = ["https://${var.app_host}/callback"]\n}\n```\n\n## Correct\n\n```hcl\nvariable "app_host" {\n  default = "app.example.com"\n}\n\nresource "auth0_client" "web" {\n  name      = "Web"\n  callbacks = ["https://${var.app_host}/callback"]\n}\n```\n\n## How to fix\n\nGive variables defaults (or commit a non-secret `terraform.tfvars`), or lint the plan instead:\n`terraform plan -out tfplan && terraform show -json tfplan > plan.json && a0lint plan.json` gives a0lint the values\nTerraform resolved. If a value is unknown on purpose, turn the rule off for the path in `.a0lint.yml`.\n\n## Options\n\nNone.\n';

// rules/terraform-unknown-values/index.ts
var terraform_unknown_values_default = defineRule({
  meta: {
    id: "terraform-unknown-values",
    description: "Say which Terraform values a0lint could not know before apply, so no check passes on them unseen",
    defaultSeverity: "note",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 1,
    tags: ["terraform", "coverage"],
    messages: {
      unknown: "a0lint cannot know {{text}} before terraform apply. {{expression}} is {{why}}. Rules that need this value did not decide on it, so a problem in it would go unreported. Give the variable a default or a terraform.tfvars value, write the value in place, or lint the plan (terraform show -json) where Terraform has resolved it."
    },
    docs: README_default23
  },
  check({ tenant, report }) {
    for (const value of tenant.unknownValues) {
      report({
        ...value.entity ? { entity: value.entity } : {},
        path: value.path,
        origin: value.origin,
        subject: value.text,
        messageId: "unknown",
        data: { text: value.text, expression: value.expression, why: value.why }
      });
    }
  }
});

// rules/valid-access-policy/README.md
var README_default24 = "# valid-access-policy\n\nRequire `subject_type_authorization` to hold only valid access policies.\n\nDefault severity: **error** \xB7 Category: access policy \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nThe `subject_type_authorization` of every API (system APIs included), when the field is present:\n\n- it must be an object;\n- its keys must be subject types Auth0 knows: `user`, `client`, or `anonymous_user` (Anonymous Sessions beta);\n- a `user` or `client` entry must hold a `policy`;\n- the policy must be one Auth0 accepts for its subject type: `user` takes `allow_all`, `require_client_grant` or\n  `deny_all`; `client` takes only `require_client_grant` or `deny_all`.\n\nNot checked: the content of an `anonymous_user` entry (its policies are part of a beta Auth0 has not documented in\nits API reference), and values that are unresolved keyword markers (`no-unresolved-keywords` reports those). A\n`subject_type_authorization` that is absent or empty (`null`) is not invalid: Auth0's defaults apply, which\n`explicit-access-policy` reports.\n\n## Why\n\nThe access policy decides which applications may get access tokens for the API. The Management API's schema and\nevery SDK accept exactly the values above (`user`: `allow_all` / `require_client_grant` / `deny_all`; `client`:\n`require_client_grant` / `deny_all`; Auth0, *API Access Policies for Applications*). Anything else makes the deploy\nfail, or, worse, is dropped on the way and leaves the API with a policy nobody chose. `allow_all` for `client` is a\ncommon mistake: some Auth0 pages mention it, but machine-to-machine access always needs a client grant.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Payments API\n    identifier: https://payments.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: allow_all\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Payments API\n    identifier: https://payments.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\n```\n\n## How to fix\n\nWrite `subject_type_authorization` as an object with a `user` and a `client` entry, each with a `policy` from the\nlists above. Use `require_client_grant` unless you have a reason not to, and `deny_all` for a subject type that\nmust never get tokens for the API.\n\n## Options\n\nNone.\n";

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
      notObject: 'API "{{api}}" has a subject_type_authorization that is not an object. Auth0 rejects the API on deploy and nobody can tell which applications may get tokens for it. Write it as an object: subject_type_authorization: { user: { policy: require_client_grant }, client: { policy: require_client_grant } }.',
      unknownSubject: 'API "{{api}}" has an access policy for "{{subject}}", a subject type Auth0 does not know. Auth0 knows user, client and anonymous_user, so it rejects or ignores it and the policy you meant to set is not in force. Rename the key to user or client, or remove it.',
      missingPolicy: 'API "{{api}}" has a {{subject}} access policy entry without a policy value. Auth0 rejects the API on deploy or applies a default you did not choose. Set subject_type_authorization.{{subject}}.policy to one of: {{allowed}}.',
      invalidPolicy: 'API "{{api}}" sets its {{subject}} access policy to "{{policy}}", which Auth0 rejects. Auth0 takes {{allowed}}, so the deploy fails or the API keeps a policy you did not choose. Use one of: {{allowed}}.',
      clientAllowAll: 'API "{{api}}" sets its client access policy to allow_all, which Auth0 rejects. Machine-to-machine access always needs a client grant (allow_all exists only for user access). Set subject_type_authorization.client.policy to require_client_grant and grant each machine-to-machine application the scopes it needs, or to deny_all.'
    },
    docs: README_default24
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const value = api.data.subject_type_authorization;
      if (value === void 0 || value === null || isUnresolved(value)) continue;
      const at2 = (path5, messageId, data2 = {}) => {
        report({ entity: api, path: path5, messageId, data: { api: apiLabel(api), ...data2 } });
      };
      if (typeof value !== "object" || Array.isArray(value)) {
        at2(FIELD, "notObject");
        continue;
      }
      for (const [subject, entry] of Object.entries(value)) {
        const path5 = joinPointer(FIELD, subject);
        if (!SUBJECT_KEYS.includes(subject)) at2(path5, "unknownSubject", { subject });
        if (!isSubjectType(subject) || isUnresolved(entry)) continue;
        const allowed = POLICIES[subject].join(", ");
        const policy = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? entry.policy : void 0;
        if (policy === void 0 || policy === null) at2(path5, "missingPolicy", { subject, allowed });
        else if (isUnresolved(policy) || isPolicyFor(subject, policy)) continue;
        else if (subject === "client" && policy === "allow_all") at2(`${path5}/policy`, "clientAllowAll");
        else at2(`${path5}/policy`, "invalidPolicy", { subject, policy: typeof policy === "string" ? policy : JSON.stringify(policy), allowed });
      }
    }
  }
});

// rules/valid-field-types/README.md
var README_default25 = "# valid-field-types\n\nRequire the values the Management API accepts in the fields rules read (types and allowed values).\n\nDefault severity: **error** \xB7 Category: hygiene \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 3.0\n\n## What it checks\n\nEach application, API and client grant, field by field, against the types the Auth0 Management API takes, as its\npublished schema states them (the auth0 SDK 6.x request types generated from it: `CreateClientRequestContent`,\n`CreateResourceServerRequestContent`, `CreateClientGrantRequestContent`, and the enums `ClientAppTypeEnum`,\n`ClientTokenEndpointAuthMethodEnum`, `SigningAlgorithmEnum`, `ClientGrantSubjectTypeEnum`; a test keeps a0lint's\ncopy equal to the SDK's). deploy-cli's own handler schemas are looser (`app_type` is any string there), so they are\nnot the source.\n\n- **Types**: `grant_types`, `callbacks`, `allowed_origins`, `web_origins`, `allowed_logout_urls` and a grant's `scope`\n  are lists of strings; `is_first_party`, `oidc_conformant`, `allow_all_scopes`, `allow_offline_access` are true or\n  false; `token_lifetime` and `token_lifetime_for_web` are numbers; `subject_type_authorization`, `jwt_configuration`\n  and `refresh_token` are mappings; names, identifiers, audiences and `client_id` are strings.\n- **Allowed values**: `app_type` (`native`, `spa`, `regular_web`, `non_interactive`, and Auth0's SSO integration\n  types), `token_endpoint_auth_method` (`none`, `client_secret_post`, `client_secret_basic`), an API's `signing_alg`\n  (`HS256`, `RS256`, `RS512`, `PS256`), a grant's `subject_type` (`client`, `user`, `anonymous_user`) and `default_for`\n  (`third_party_clients`).\n\n`null` and `\"\"` are read as absent (exports of older deploy-cli versions write `null` for unset lists, Terraform\nstate `\"\"` for unset attributes). Keyword markers are left\nto `no-unresolved-keywords`; the values inside `subject_type_authorization` to\n`valid-access-policy`.\n\n## Why\n\nA value of the wrong type is not \"absent\": `grant_types: implicit` written as a string still enables nothing a0lint\ncan see, while the rules that read `grant_types` have nothing to judge, and Auth0 would apply its defaults if the\nfield were dropped. deploy-cli's import fails on such a value, so the file does not describe the tenant it claims\nto; the finding says so instead of the tenant passing as clean.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spaa\n    grant_types: implicit\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    grant_types:\n      - authorization_code\n      - refresh_token\n```\n\n## How to fix\n\nWrite the value the Management API takes: a list where a list is expected (`grant_types: [authorization_code]`), one\nof the allowed values for enumerations. The message names both.\n\n## Options\n\nNone.\n";

// rules/valid-field-types/index.ts
var KIND_LABEL2 = {
  client: "Application",
  resourceServer: "API",
  clientGrant: "Client grant"
};
var listed = (fields) => Object.entries(fields).map(([field, expected]) => ({ field, expected }));
var FIELDS = { client: listed(FIELD_TYPES.client), resourceServer: listed(FIELD_TYPES.resourceServer), clientGrant: listed(FIELD_TYPES.clientGrant) };
var valid_field_types_default = defineRule({
  meta: {
    id: "valid-field-types",
    description: "Require the values the Management API accepts in the fields rules read (types and allowed values)",
    defaultSeverity: "error",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 3,
    tags: ["correctness", "schema"],
    messages: {
      type: `{{owner}} "{{name}}" sets {{field}} to a value of the wrong type. It is {{actual}}, but the Management API takes {{expected}} there: deploy-cli's import of it fails, and a0lint cannot read what the field means, so the rules that read it do not judge it. Write {{field}} as {{expected}}.`,
      value: `{{owner}} "{{name}}" has an invalid {{field}} ("{{value}}"). The Management API refuses it. It takes {{allowed}}; deploy-cli's import of it fails, and the rules that read the field do not judge it. Correct the value.`
    },
    docs: README_default25
  },
  check({ tenant, report }) {
    const entities = [...tenant.clients, ...tenant.resourceServers, ...tenant.clientGrants];
    for (const entity2 of entities) {
      const data2 = entity2.data;
      const owner = KIND_LABEL2[entity2.kind];
      const name = entity2.name ?? entity2.key;
      const fields = FIELDS[entity2.kind];
      for (let index = 0; index < fields.length; index++) {
        const { field, expected } = fields[index];
        if (!Object.hasOwn(data2, field)) continue;
        const value = data2[field];
        if (value === void 0 || value === null || value === "" || isUnresolved(value)) continue;
        const wrong = wrongType(value, expected);
        if (wrong) {
          report({
            entity: entity2,
            path: wrong.path === "" ? `/${field}` : `/${field}${wrong.path}`,
            messageId: "type",
            data: { owner, name, field, actual: describe(wrong.value), expected: describeType(expected) }
          });
        } else if (expected.enum && typeof value === "string" && !expected.enum.includes(value)) {
          report({ entity: entity2, path: `/${field}`, messageId: "value", data: { owner, name, field, value, allowed: allowedValues(expected.enum) } });
        }
      }
    }
  }
});
function wrongType(value, expected) {
  if (!isType(value, expected.type)) return { path: "", value };
  if (expected.type === "array" && expected.items) {
    const index = value.findIndex((item) => !isType(item, expected.items) && !isUnresolved(item));
    if (index !== -1) return { path: `/${index}`, value: value[index] };
  }
  return void 0;
}
function isType(value, type) {
  if (type === "array") return Array.isArray(value);
  if (type === "object") return typeof value === "object" && value !== null && !Array.isArray(value);
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === type;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value} ${String(value)}`;
  return `a ${typeof value} value`;
}
function describeType(expected) {
  if (expected.type === "array") return expected.items === "object" ? "a list of mappings" : "a list of strings";
  return { string: "a string", boolean: "true or false", number: "a number", object: "a mapping" }[expected.type];
}
function allowedValues(values) {
  return values.length > 8 ? `${values.slice(0, 8).join(", ")}, ...` : values.join(", ");
}

// src/model/posture/values.ts
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function dig(value, ...keys) {
  let current2 = value;
  for (const key of keys) {
    if (!isRecord(current2) || !Object.hasOwn(current2, key)) return void 0;
    current2 = current2[key];
  }
  return current2;
}
function label(entity2) {
  return entity2.name ?? entity2.key;
}

// rules/no-open-dynamic-client-registration/README.md
var README_default26 = "# no-open-dynamic-client-registration\n\nKeep Dynamic Client Registration off unless a network ACL restricts who may register applications.\n\nDefault severity: **error** \xB7 Category: tenant settings \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 7.5\n\n## What it checks\n\nThe tenant settings (`tenant` in a deploy-cli export, `tenant_settings` in an API dump): reported when\n`flags.enable_dynamic_client_registration` is `true` and no active network ACL (`networkACLs`) has the rule scope\n`dynamic_client_registration`. When the input holds no network ACLs, the finding says that a restriction could not be\nseen. The rule does not run when the input holds no tenant settings.\n\n## Why\n\nWith Dynamic Client Registration on, `/oidc/register` accepts registrations from anyone, without a token (Auth0 docs,\n*Dynamic Client Registration*). Every registered application is a third-party application that can send your users to\na consent screen with your tenant's login page and name: a phishing and consent-abuse path that needs no credentials.\nAuth0's own checker reports the flag as well. Auth0 lets a tenant network ACL with the scope\n`dynamic_client_registration` limit who may reach the endpoint.\n\n## Incorrect\n\n```yaml\ntenant:\n  friendly_name: Example\n  flags:\n    enable_dynamic_client_registration: true\nnetworkACLs: []\n```\n\n## Correct\n\n```yaml\ntenant:\n  friendly_name: Example\n  flags:\n    enable_dynamic_client_registration: false\n```\n\n```yaml\ntenant:\n  flags:\n    enable_dynamic_client_registration: true\nnetworkACLs:\n  - description: Only the partner network may register applications\n    active: true\n    priority: 1\n    rule:\n      scope: dynamic_client_registration\n      action:\n        block: true\n      not_match:\n        ipv4_cidrs:\n          - 203.0.113.0/24\n```\n\n## How to fix\n\nTurn Dynamic Client Registration off (Dashboard: *Settings \u2192 Advanced \u2192 OIDC Dynamic Application Registration*) unless\nyou need it. If you do, add a network ACL (*Security \u2192 Network ACL*) with the scope *Dynamic Client Registration* that\nblocks every source except the ones that must register applications, and set\n`dynamic_client_registration_security_mode` to `strict`.\n\n## Options\n\nNone.\n";

// rules/no-open-dynamic-client-registration/index.ts
var DCR_SCOPES = /* @__PURE__ */ new Set(["dynamic_client_registration", "dcr"]);
var no_open_dynamic_client_registration_default = defineRule({
  meta: {
    id: "no-open-dynamic-client-registration",
    description: "Keep Dynamic Client Registration off unless a network ACL restricts who may register applications",
    defaultSeverity: "error",
    category: "tenant",
    precision: "very-high",
    securitySeverity: 7.5,
    tags: ["security", "tenant", "dynamic-client-registration"],
    requires: ["tenant"],
    messages: {
      open: "Dynamic Client Registration is on (flags.enable_dynamic_client_registration). Anyone who can reach the tenant can register an application at /oidc/register without a token, and every such application can ask your users to consent to it. Turn the flag off, or restrict /oidc/register with an active network ACL whose rule scope is dynamic_client_registration.",
      openAclsUnknown: "Dynamic Client Registration is on (flags.enable_dynamic_client_registration). Anyone who can reach the tenant can register an application at /oidc/register without a token. The input holds no network ACLs, so a restriction could not be seen. Turn the flag off, or restrict /oidc/register with an active network ACL (rule scope dynamic_client_registration) and lint an export that includes networkACLs."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default26
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (!settings || settings.flags.enable_dynamic_client_registration !== true) return;
    const aclsKnown = tenant.posture.known.has("networkACLs");
    const restricted = tenant.posture.networkAcls.some((acl) => acl.data.active !== false && DCR_SCOPES.has(asString(dig(acl.data, "rule", "scope")) ?? ""));
    if (restricted) return;
    report({ entity: settings, path: "/flags/enable_dynamic_client_registration", messageId: aclsKnown ? "open" : "openAclsUnknown" });
  }
});

// rules/no-legacy-tenant-flags/README.md
var README_default27 = "# no-legacy-tenant-flags\n\nKeep legacy tenant flags off (resource owner, delegation, tokeninfo, legacy profile, ID tokens for the Management API).\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nThe tenant settings' `flags`: one finding for each of these set to `true`:\n\n| flag | keeps available |\n|---|---|\n| `allow_legacy_ro_grant_types` | the legacy resource owner endpoint (`/oauth/ro`) |\n| `allow_legacy_delegation_grant_types` | the legacy delegation endpoint (`/delegation`) |\n| `allow_other_legacy_grant_types` | other pre-OIDC grant types (API dumps; deploy-cli does not export it) |\n| `allow_legacy_tokeninfo_endpoint` | the legacy `/tokeninfo` endpoint |\n| `enable_legacy_profile` | the legacy user profile in tokens and `/userinfo` |\n| `enable_idtoken_api2` | ID tokens as credentials for some Management API v2 calls |\n| `change_pwd_flow_v1` | the legacy change-password flow |\n\nThe rule does not run when the input holds no tenant settings.\n\n## Why\n\nThese flags keep endpoints and behaviours that Auth0 deprecated when it moved to OIDC-conformant authentication (Auth0\ndocs, *Migration Guides*; the Dashboard's *Advanced \u2192 Migrations* switches). They work for every application of the\ntenant, whatever each application's own settings say, and they predate protections such as audience-bound access\ntokens and consent.\n\n## Incorrect\n\n```yaml\ntenant:\n  flags:\n    allow_legacy_ro_grant_types: true\n    enable_legacy_profile: true\n```\n\n## Correct\n\n```yaml\ntenant:\n  flags:\n    allow_legacy_ro_grant_types: false\n    allow_legacy_delegation_grant_types: false\n    allow_legacy_tokeninfo_endpoint: false\n    enable_legacy_profile: false\n```\n\n## How to fix\n\nFind the applications that still call the legacy endpoint (tenant logs show deprecation notices, type `depnote`), move\nthem to OIDC-conformant flows, then turn the flag off in *Settings \u2192 Advanced \u2192 Migrations* or in the export's\n`tenant.flags`.\n\n## Options\n\nNone.\n";

// rules/no-legacy-tenant-flags/index.ts
var LEGACY_FLAGS = {
  allow_legacy_ro_grant_types: "the legacy resource owner endpoint (/oauth/ro) and its password grants",
  allow_legacy_delegation_grant_types: "the legacy delegation endpoint (/delegation), which trades one token for another",
  allow_other_legacy_grant_types: "other legacy grant types that predate OIDC-conformant flows",
  allow_legacy_tokeninfo_endpoint: "the legacy /tokeninfo endpoint, which returns a profile for an ID token",
  enable_legacy_profile: "the legacy user profile in ID tokens and /userinfo (non-namespaced claims, identities)",
  enable_idtoken_api2: "ID tokens as credentials for Management API v2 calls",
  change_pwd_flow_v1: "the legacy change-password flow (v1), which sets the new password from the request"
};
var no_legacy_tenant_flags_default = defineRule({
  meta: {
    id: "no-legacy-tenant-flags",
    description: "Keep legacy tenant flags off (resource owner, delegation, tokeninfo, legacy profile, ID tokens for the Management API)",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["security", "tenant", "legacy"],
    requires: ["tenant"],
    messages: {
      legacy: "Legacy tenant flag {{flag}} is on. It keeps {{what}} available to every application. Auth0 deprecated these behaviours; they bypass the protections of OIDC-conformant flows. Set flags.{{flag}} to false once no application depends on it (Dashboard: Settings \u2192 Advanced \u2192 Migrations)."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default27
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const [flag, what] of Object.entries(LEGACY_FLAGS)) {
      if (settings.flags[flag] === true) report({ entity: settings, path: `/flags/${flag}`, messageId: "legacy", data: { flag, what } });
    }
  }
});

// rules/no-disabled-clickjack-protection/README.md
var README_default28 = "# no-disabled-clickjack-protection\n\nKeep the clickjacking protection headers of the login pages on.\n\nDefault severity: **error** \xB7 Category: tenant settings \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 6.5\n\n## What it checks\n\nThe tenant settings: reported when `flags.disable_clickjack_protection_headers` is `true`. The rule does not run when\nthe input holds no tenant settings.\n\n## Why\n\nAuth0 sends `X-Frame-Options` and a `frame-ancestors` content security policy with the Classic Login and other hosted\npages so that no other site can show them in a frame. The flag turns those headers off. A framed login page lets a\nhostile site overlay its own content and capture clicks or keystrokes (clickjacking, OWASP). Auth0's own checker flags\nthe same setting.\n\n## Incorrect\n\n```yaml\ntenant:\n  flags:\n    disable_clickjack_protection_headers: true\n```\n\n## Correct\n\n```yaml\ntenant:\n  flags:\n    disable_clickjack_protection_headers: false\n```\n\n## How to fix\n\nSet `flags.disable_clickjack_protection_headers` to `false` (Dashboard: *Settings \u2192 Advanced \u2192 Disable clickjacking\nprotection for Classic Login* off). An application that embedded the login page in a frame should redirect to it or\nuse Universal Login instead.\n\n## Options\n\nNone.\n";

// rules/no-disabled-clickjack-protection/index.ts
var no_disabled_clickjack_protection_default = defineRule({
  meta: {
    id: "no-disabled-clickjack-protection",
    description: "Keep the clickjacking protection headers of the login pages on",
    defaultSeverity: "error",
    category: "tenant",
    precision: "very-high",
    securitySeverity: 6.5,
    tags: ["security", "tenant", "clickjacking"],
    requires: ["tenant"],
    messages: {
      disabled: "Clickjacking protection is off (flags.disable_clickjack_protection_headers is true). Auth0 stops sending the headers that keep its login pages out of frames on other sites, so any site can frame your login page and trick users into typing credentials or clicking consent. Set the flag to false."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default28
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (settings?.flags.disable_clickjack_protection_headers === true) {
      report({ entity: settings, path: "/flags/disable_clickjack_protection_headers", messageId: "disabled" });
    }
  }
});

// rules/limit-session-lifetime/README.md
var README_default29 = "# limit-session-lifetime\n\nKeep login session lifetimes (absolute and idle) within bounds.\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: no (in `strict`) \xB7 Precision: very-high \xB7 Security severity: 4.0\n\n## What it checks\n\nThe tenant settings' session lifetimes: `session_lifetime` and `ephemeral_session_lifetime` against `maxHours`\n(default 168, seven days), `idle_session_lifetime` and `idle_ephemeral_session_lifetime` against `maxIdleHours`\n(default 72, three days). The Management API and deploy-cli's export write them in hours (fractions allowed);\ndeploy-cli's import turns them into `*_in_minutes` fields, and a file holding those is read in minutes. Absent\nfields get Auth0's defaults, which pass. The rule does not run when the input holds no tenant settings.\n\n## Why\n\nA login session lets a browser sign in again without a password until it expires or stays idle too long (Auth0 docs,\n*Session Lifetime Limits*). Long sessions widen what a stolen session cookie or an unlocked shared computer gives away.\nAuth0's defaults are 72 hours idle and 168 hours absolute, which is what the default options allow. Many tenants choose\nshorter bounds for workforce or financial applications; others keep long sessions on purpose, so the rule is in\n`strict` only.\n\n## Incorrect\n\n```yaml\ntenant:\n  session_lifetime: 720\n  idle_session_lifetime: 168\n```\n\n## Correct\n\n```yaml\ntenant:\n  session_lifetime: 168\n  idle_session_lifetime: 72\n```\n\n## How to fix\n\nLower *Settings \u2192 Advanced \u2192 Login Session Management* (*Inactivity timeout* and *Require log in after*), or the\n`session_lifetime` / `idle_session_lifetime` fields of the export, to the bounds your policy sets.\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `maxHours` | number > 0 | `168` | The longest absolute session lifetime, in hours. |\n| `maxIdleHours` | number > 0 | `72` | The longest idle session lifetime, in hours. |\n\n```yaml\nrules:\n  limit-session-lifetime: [warning, { maxHours: 24, maxIdleHours: 8 }]\n```\n";

// rules/limit-session-lifetime/index.ts
var LIFETIMES = [
  { field: "session_lifetime", idle: false },
  { field: "idle_session_lifetime", idle: true },
  { field: "ephemeral_session_lifetime", idle: false },
  { field: "idle_ephemeral_session_lifetime", idle: true }
];
var limit_session_lifetime_default = defineRule({
  meta: {
    id: "limit-session-lifetime",
    description: "Keep login session lifetimes (absolute and idle) within bounds",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["security", "tenant", "sessions"],
    requires: ["tenant"],
    preset: "strict",
    messages: {
      tooLong: "Login sessions last {{hours}} hours ({{field}}), more than the allowed {{max}} hours. A session cookie stolen from a browser, or a shared computer left signed in, gives access that long without a password. Lower {{field}} to {{max}} hours or less."
    },
    schema: {
      type: "object",
      properties: {
        maxHours: { type: "number", exclusiveMinimum: 0, default: 168, description: "The longest absolute session lifetime, in hours." },
        maxIdleHours: { type: "number", exclusiveMinimum: 0, default: 72, description: "The longest idle session lifetime, in hours." }
      },
      additionalProperties: false
    },
    defaultOptions: { maxHours: 168, maxIdleHours: 72 },
    docs: README_default29
  },
  check({ tenant, options, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const { field, idle } of LIFETIMES) {
      const max = idle ? options.maxIdleHours : options.maxHours;
      const minutes = settings.data[`${field}_in_minutes`];
      const hours = settings.data[field];
      const [written, value] = typeof minutes === "number" ? [`${field}_in_minutes`, minutes / 60] : typeof hours === "number" ? [field, hours] : [void 0, void 0];
      if (written === void 0 || value === void 0 || value <= max) continue;
      report({ entity: settings, path: `/${written}`, messageId: "tooLong", data: { field: written, hours: Math.round(value * 100) / 100, max } });
    }
  }
});

// rules/no-default-audience/README.md
var README_default30 = "# no-default-audience\n\nLeave the tenant-wide default audience empty, so that each application asks for the API it needs.\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 4.0\n\n## What it checks\n\nThe tenant settings: reported when `default_audience` is a non-empty string. The rule does not run when the input holds\nno tenant settings.\n\n## Why\n\nWith a default audience, Auth0 issues an access token for that API to every authorization request that names no\naudience, from every application of the tenant (Auth0 docs, *Tenant Settings \u2192 API Authorization Settings*). Applications\nthat never meant to call the API get tokens for it, and under an `allow_all` user access policy nothing else stops them.\nAuth0's own checker reports the setting. Some tenants set it on purpose for old applications that cannot pass an\naudience, so the rule is in `strict` only.\n\n## Incorrect\n\n```yaml\ntenant:\n  default_audience: https://api.example.com\n```\n\n## Correct\n\n```yaml\ntenant:\n  default_audience: ''\n```\n\n## How to fix\n\nMake each application send `audience` in its authorization requests, then clear *Settings \u2192 API Authorization\nSettings \u2192 Default Audience* (`default_audience: ''`).\n\n## Options\n\nNone.\n";

// rules/no-default-audience/index.ts
var no_default_audience_default = defineRule({
  meta: {
    id: "no-default-audience",
    description: "Leave the tenant-wide default audience empty, so that each application asks for the API it needs",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "high",
    securitySeverity: 4,
    tags: ["security", "tenant", "tokens"],
    requires: ["tenant"],
    preset: "strict",
    messages: {
      set: "The tenant sets a default audience ({{audience}}). Every authorization request without an audience gets an access token for that API, from any application of the tenant, even one that never meant to call it. Remove default_audience and let applications pass audience explicitly."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default30
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    const audience = settings?.data.default_audience;
    if (settings && typeof audience === "string" && audience.trim() !== "")
      report({ entity: settings, path: "/default_audience", messageId: "set", data: { audience } });
  }
});

// src/model/posture/attack-part.ts
function attackPart(tenant, part) {
  return tenant.posture.attackProtection.find((entity2) => entity2.part === part);
}
function hasShield(entity2, shield) {
  const shields = entity2.data.shields;
  return Array.isArray(shields) ? shields.includes(shield) : void 0;
}

// rules/require-brute-force-protection/README.md
var README_default31 = "# require-brute-force-protection\n\nKeep brute-force protection on, with the block shield.\n\nDefault severity: **error** \xB7 Category: attack protection \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 7.0\n\n## What it checks\n\n`attackProtection.bruteForceProtection` (API dump: `attack_protection.brute_force_protection`): reported when\n`enabled` is `false`, or when it is on and `shields` is written without `block`. The rule does not run when the input\nholds no attack protection section; an absent `enabled` is not guessed.\n\n## Why\n\nBrute-force protection stops repeated failed logins to one account from one address, and `block` is the shield that\nactually stops them (`user_notification` only emails the user). Without it an attacker can guess passwords for a known\naccount as fast as the rate limits allow (Auth0 docs, *Brute-Force Protection*). Auth0's own checker reports both\ncases.\n\n## Incorrect\n\n```yaml\nattackProtection:\n  bruteForceProtection:\n    enabled: false\n    shields: []\n    mode: count_per_identifier_and_ip\n    max_attempts: 10\n```\n\n```yaml\nattackProtection:\n  bruteForceProtection:\n    enabled: true\n    shields:\n      - user_notification\n```\n\n## Correct\n\n```yaml\nattackProtection:\n  bruteForceProtection:\n    enabled: true\n    shields:\n      - block\n      - user_notification\n    mode: count_per_identifier_and_ip\n    max_attempts: 10\n```\n\n## How to fix\n\nTurn on *Security \u2192 Attack Protection \u2192 Brute-force Protection* with *Block Brute-force Logins*, or set\n`enabled: true` and add `block` to `shields` in the export.\n\n## Options\n\nNone.\n";

// rules/require-brute-force-protection/index.ts
var require_brute_force_protection_default = defineRule({
  meta: {
    id: "require-brute-force-protection",
    description: "Keep brute-force protection on, with the block shield",
    defaultSeverity: "error",
    category: "attack-protection",
    precision: "very-high",
    securitySeverity: 7,
    tags: ["security", "attack-protection"],
    requires: ["attackProtection"],
    messages: {
      off: "Brute-force protection is off (bruteForceProtection.enabled). An attacker can try passwords against one account without limit. Turn it on with the block shield (Dashboard: Security \u2192 Attack Protection \u2192 Brute-force Protection).",
      noBlock: 'Brute-force protection does not block (bruteForceProtection.shields lacks "block"). Repeated failed logins to one account are only reported, never stopped. Add "block" to shields.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default31
  },
  check({ tenant, report }) {
    const part = attackPart(tenant, "bruteForceProtection");
    if (!part) return;
    if (part.data.enabled === false) report({ entity: part, path: "/enabled", messageId: "off" });
    else if (part.data.enabled === true && hasShield(part, "block") === false) report({ entity: part, path: "/shields", messageId: "noBlock" });
  }
});

// rules/require-breached-password-detection/README.md
var README_default32 = "# require-breached-password-detection\n\nKeep breached password detection on.\n\nDefault severity: **warning** \xB7 Category: attack protection \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.5\n\n## What it checks\n\n`attackProtection.breachedPasswordDetection` (API dump: `attack_protection.breached_password_detection`): reported\nwhen `enabled` is `false`. The rule does not run when the input holds no attack protection section. It reports\nnothing for a tenant whose input lists its database connections and has none (only passwordless, social or\nenterprise logins): breached password detection checks the passwords of database connections only. When the input\nleaves the database connections out (deploy-cli's `AUTH0_EXCLUDED`), passwords may exist, and the rule still reports.\n\n## Why\n\nBreached password detection compares passwords with credentials published in breaches and can block the login or the\nsign-up (Auth0 docs, *Breached Password Detection*). Reused breached passwords are what credential stuffing tries first.\nAuth0's own checker reports the setting when it is off.\n\n## Incorrect\n\n```yaml\nattackProtection:\n  breachedPasswordDetection:\n    enabled: false\n    shields: []\n```\n\n## Correct\n\n```yaml\nattackProtection:\n  breachedPasswordDetection:\n    enabled: true\n    shields:\n      - block\n      - user_notification\n    method: standard\n```\n\n## How to fix\n\nTurn on *Security \u2192 Attack Protection \u2192 Breached Password Detection* with the block shields for login and sign-up, or\nset `enabled: true` in the export.\n\n## Options\n\nNone.\n";

// rules/require-breached-password-detection/index.ts
var require_breached_password_detection_default = defineRule({
  meta: {
    id: "require-breached-password-detection",
    description: "Keep breached password detection on",
    defaultSeverity: "warning",
    category: "attack-protection",
    precision: "very-high",
    securitySeverity: 5.5,
    tags: ["security", "attack-protection", "passwords"],
    requires: ["attackProtection"],
    messages: {
      off: "Breached password detection is off (breachedPasswordDetection.enabled). Users can sign in and sign up with passwords already published in breaches, the first thing credential-stuffing attacks try. Turn it on and block breached passwords (Dashboard: Security \u2192 Attack Protection \u2192 Breached Password Detection)."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default32
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    if (posture.known.has("databases") && !posture.connections.some((connection) => connection.isDatabase)) return;
    const part = attackPart(tenant, "breachedPasswordDetection");
    if (part?.data.enabled === false) report({ entity: part, path: "/enabled", messageId: "off" });
  }
});

// rules/require-suspicious-ip-throttling/README.md
var README_default33 = "# require-suspicious-ip-throttling\n\nKeep suspicious IP throttling on, with the block shield.\n\nDefault severity: **warning** \xB7 Category: attack protection \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.5\n\n## What it checks\n\n`attackProtection.suspiciousIpThrottling` (API dump: `attack_protection.suspicious_ip_throttling`): reported when\n`enabled` is `false`, or when it is on and `shields` is written without `block`. The rule does not run when the input\nholds no attack protection section.\n\n## Why\n\nSuspicious IP throttling slows down an address that tries logins against many accounts or many sign-ups (Auth0 docs,\n*Suspicious IP Throttling*): the pattern of credential stuffing, which brute-force protection (one account at a time)\ndoes not catch. Only the `block` shield stops the traffic; `admin_notification` only reports it. Auth0's own checker\nreports both cases.\n\n## Incorrect\n\n```yaml\nattackProtection:\n  suspiciousIpThrottling:\n    enabled: false\n    shields: []\n```\n\n## Correct\n\n```yaml\nattackProtection:\n  suspiciousIpThrottling:\n    enabled: true\n    shields:\n      - block\n      - admin_notification\n```\n\n## How to fix\n\nTurn on *Security \u2192 Attack Protection \u2192 Suspicious IP Throttling* with blocking, or set `enabled: true` and add `block`\nto `shields` in the export. Put your own monitoring or load-testing addresses on its allow list instead of turning it off.\n\n## Options\n\nNone.\n";

// rules/require-suspicious-ip-throttling/index.ts
var require_suspicious_ip_throttling_default = defineRule({
  meta: {
    id: "require-suspicious-ip-throttling",
    description: "Keep suspicious IP throttling on, with the block shield",
    defaultSeverity: "warning",
    category: "attack-protection",
    precision: "very-high",
    securitySeverity: 5.5,
    tags: ["security", "attack-protection"],
    requires: ["attackProtection"],
    messages: {
      off: "Suspicious IP throttling is off (suspiciousIpThrottling.enabled). One address can try logins against many accounts, or create many accounts, without being slowed down. Turn it on with the block shield (Dashboard: Security \u2192 Attack Protection \u2192 Suspicious IP Throttling).",
      noBlock: 'Suspicious IP throttling does not block (suspiciousIpThrottling.shields lacks "block"). High-velocity attempts from one address are only reported. Add "block" to shields.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default33
  },
  check({ tenant, report }) {
    const part = attackPart(tenant, "suspiciousIpThrottling");
    if (!part) return;
    if (part.data.enabled === false) report({ entity: part, path: "/enabled", messageId: "off" });
    else if (part.data.enabled === true && hasShield(part, "block") === false) report({ entity: part, path: "/shields", messageId: "noBlock" });
  }
});

// rules/require-mfa/README.md
var README_default34 = "# require-mfa\n\nEnable at least one MFA factor, and ask for it (an MFA policy, or an Action that requires it).\n\nDefault severity: **warning** \xB7 Category: authentication \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 6.0\n\n## What it checks\n\n- `guardianFactors` (API dump: `guardian_factors`): reported once, at the section, when no factor has `enabled: true`\n  (a factor whose `trial_expired` is `true` does not count).\n- `guardianPolicies.policies` (API dump: `guardian_policies`, a list): reported when the list is empty (the\n  Dashboard's *Never*) and no post-login Action calls `api.multifactor.enable(` and no enabled Rule sets\n  `context.multifactor`. When the input holds neither actions nor rules, or holds code that could not be read, an empty\n  policy is not reported: code could be what asks for MFA.\n\nThe rule runs when the input holds MFA factors or MFA policies.\n\n## Why\n\nA password alone is what phishing, credential stuffing and password reuse defeat; a second factor stops most account\ntakeovers (Auth0 docs, *Multi-Factor Authentication*). Enabled factors do nothing until something asks for them: the\ntenant's MFA policy (*Always* or *Adaptive*), or an Action. Auth0's own checker reports both. Consumer tenants often\nchoose to offer MFA without requiring it, so the rule is in `strict` only.\n\n## Incorrect\n\n```yaml\nguardianFactors:\n  - name: otp\n    enabled: false\n  - name: sms\n    enabled: false\n```\n\n```yaml\nguardianFactors:\n  - name: otp\n    enabled: true\nguardianPolicies:\n  policies: []\nactions: []\n```\n\n## Correct\n\n```yaml\nguardianFactors:\n  - name: otp\n    enabled: true\n  - name: webauthn-roaming\n    enabled: true\nguardianPolicies:\n  policies:\n    - all-applications\n```\n\n## How to fix\n\nEnable a factor in *Security \u2192 Multi-factor Auth* (WebAuthn and OTP resist phishing better than SMS), then set *Require\nMulti-factor Auth* to *Always* or *Use Adaptive MFA*, or require it for the applications that need it in a post-login\nAction (`api.multifactor.enable('any')`).\n\n## Options\n\nNone.\n";

// rules/require-mfa/index.ts
var ACTION_MFA = /\bapi\s*\.\s*multifactor\s*\.\s*enable\s*\(/;
var RULE_MFA = /\bcontext\s*\.\s*multifactor\s*=/;
var require_mfa_default = defineRule({
  meta: {
    id: "require-mfa",
    description: "Enable at least one MFA factor, and ask for it (an MFA policy, or an Action that requires it)",
    defaultSeverity: "warning",
    category: "authentication",
    precision: "high",
    securitySeverity: 6,
    tags: ["security", "mfa"],
    requires: ["guardianFactors", "guardianPolicies"],
    preset: "strict",
    messages: {
      noFactor: "No MFA factor is enabled (each of guardianFactors is disabled or its trial expired). Users can sign in with a password alone, so a phished or reused password is enough to take over an account. Enable at least one factor (Dashboard: Security \u2192 Multi-factor Auth), preferably WebAuthn or OTP.",
      neverAsks: 'MFA is never asked for: the policy is empty and no post-login Action or Rule requires it. guardianPolicies.policies is empty, so the enabled factors protect no login. Set the policy to "all-applications" (Always) or "confidence-score" (Adaptive), or require MFA in a post-login Action with api.multifactor.enable().'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default34
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    if (posture.known.has("guardianFactors")) {
      const enabled = posture.guardianFactors.some((factor) => factor.data.enabled === true && factor.data.trial_expired !== true);
      const origin = posture.sectionOrigin("guardianFactors");
      if (!enabled && origin) {
        report({ origin, subject: "guardianFactors", messageId: "noFactor" });
        return;
      }
    }
    const policies = posture.guardianPolicies;
    if (!policies || !Array.isArray(policies.data.policies) || policies.data.policies.length > 0) return;
    if (!posture.known.has("actions") && !posture.known.has("rules")) return;
    if (codeRequiresMfa(tenant)) return;
    report({ entity: policies, path: "/policies", messageId: "neverAsks" });
  }
});
function codeRequiresMfa(tenant) {
  const { actions, rules } = tenant.posture;
  const postLogin = (triggers) => !Array.isArray(triggers) || triggers.some((trigger) => trigger?.id === "post-login");
  return actions.some((action) => postLogin(action.data.supported_triggers) && action.code !== void 0 && ACTION_MFA.test(action.code.text)) || rules.some((rule) => rule.data.enabled !== false && rule.code !== void 0 && RULE_MFA.test(rule.code.text)) || // Code that could not be read might require it: no finding rather than a guess.
  actions.some((action) => action.code === void 0) || rules.some((rule) => rule.code === void 0);
}

// rules/strong-password-policy/README.md
var README_default35 = "# strong-password-policy\n\nGive database connections a strong password policy: strength level, length, history, dictionary and no personal data.\n\nDefault severity: **warning** \xB7 Category: authentication \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery database connection (`databases` in a deploy-cli export; connections of strategy `auth0` in an API dump) that\nhas `options`:\n\n- `options.passwordPolicy` weaker than `minimumPolicy` (levels `none` < `low` < `fair` < `good` < `excellent`; default\n  `good`). `passwordPolicy: null`, which exports of a connection set to *None* in the Dashboard hold, is `none` (any\n  single character is a valid password; Auth0 docs, *Password Strength*). An absent level is not guessed.\n- `options.password_complexity_options.min_length` below `minimumLength` (default 8), when written.\n- `options.password_history.enable`, `options.password_dictionary.enable` and\n  `options.password_no_personal_info.enable` not `true` (each can be turned off with an option). An absent setting is\n  off: Auth0 creates connections with all three off. A setting written but not enabled is reported where it stands;\n  the absent ones are reported together, once, at `options`.\n\nThe rule does not run when the input holds no database connections.\n\n## Why\n\nAuth0's password options are the only barrier between a guessed password and an account of a database connection\n(Auth0 docs, *Password Strength*, *Password Options*). `fair` accepts eight lower-case letters; without a dictionary\n`Password1!` passes any complexity rule; without history a user told to change a leaked password can set the same one\nagain; a password holding the user's name or email is the first guess. Auth0's own checker reports each of these\n(password policy, complexity, history, no personal info).\n\n## Incorrect\n\n```yaml\ndatabases:\n  - name: Username-Password-Authentication\n    strategy: auth0\n    options:\n      passwordPolicy: fair\n      password_history:\n        enable: false\n        size: 5\n```\n\n## Correct\n\n```yaml\ndatabases:\n  - name: Username-Password-Authentication\n    strategy: auth0\n    options:\n      passwordPolicy: good\n      password_complexity_options:\n        min_length: 12\n      password_history:\n        enable: true\n        size: 5\n      password_dictionary:\n        enable: true\n        dictionary: []\n      password_no_personal_info:\n        enable: true\n```\n\n## How to fix\n\nIn *Authentication \u2192 Database \u2192 (connection) \u2192 Authentication Methods \u2192 Password*, raise the strength and turn on\n*Password History*, *Password Dictionary* and *Personal Data*; or set the `options` shown above in the export.\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `minimumPolicy` | `none` \u2026 `excellent` | `good` | The weakest `passwordPolicy` accepted. |\n| `minimumLength` | integer \u2265 1 | `8` | The shortest `min_length` accepted, when the connection writes one. |\n| `requireHistory` | boolean | `true` | Require `password_history` to be enabled. |\n| `requireDictionary` | boolean | `true` | Require `password_dictionary` to be enabled. |\n| `requireNoPersonalInfo` | boolean | `true` | Require `password_no_personal_info` to be enabled. |\n\n```yaml\nrules:\n  strong-password-policy: [warning, { minimumPolicy: excellent, minimumLength: 14 }]\n```\n";

// rules/strong-password-policy/index.ts
var LEVELS = ["none", "low", "fair", "good", "excellent"];
var OPTION_EFFECTS = {
  password_history: "a user told to change a leaked password can set it again",
  password_dictionary: 'common passwords such as "Password1!" are accepted',
  password_no_personal_info: "passwords may contain the user's name or email"
};
var strong_password_policy_default = defineRule({
  meta: {
    id: "strong-password-policy",
    description: "Give database connections a strong password policy: strength level, length, history, dictionary and no personal data",
    defaultSeverity: "warning",
    category: "authentication",
    precision: "high",
    securitySeverity: 5,
    tags: ["security", "passwords", "connections"],
    requires: ["databases"],
    messages: {
      weakPolicy: 'Database connection "{{name}}" has password strength "{{policy}}", below "{{minimum}}". Users can choose passwords that guessing and credential stuffing break quickly. Set options.passwordPolicy to "{{minimum}}" or stronger.',
      shortLength: 'Database connection "{{name}}" accepts passwords of {{length}} characters, below {{minimum}}. Short passwords fall to guessing first. Raise options.password_complexity_options.min_length to {{minimum}} or more.',
      noHistory: 'Database connection "{{name}}" does not keep a password history. Without options.password_history, a user forced to change a leaked password can set it again. Enable it with a size of at least 5.',
      noDictionary: 'Database connection "{{name}}" does not refuse common passwords. Without options.password_dictionary, "Password1!" passes every complexity rule. Enable the dictionary.',
      personalInfo: `Database connection "{{name}}" allows personal data in passwords. options.password_no_personal_info is off, so a password may hold the user's name, email or username: the first guesses an attacker makes. Enable password_no_personal_info.`,
      missing: 'Database connection "{{name}}" leaves its password checks off. It sets none of {{options}} in its options: {{effects}}. Add them with enable: true (Dashboard: Authentication \u2192 Database \u2192 Password Policy).'
    },
    schema: {
      type: "object",
      properties: {
        minimumPolicy: { enum: [...LEVELS], default: "good", description: "The weakest passwordPolicy accepted." },
        minimumLength: { type: "integer", minimum: 1, default: 8, description: "The shortest min_length accepted, when the connection writes one." },
        requireHistory: { type: "boolean", default: true, description: "Require password_history to be enabled." },
        requireDictionary: { type: "boolean", default: true, description: "Require password_dictionary to be enabled." },
        requireNoPersonalInfo: { type: "boolean", default: true, description: "Require password_no_personal_info to be enabled." }
      },
      additionalProperties: false
    },
    defaultOptions: { minimumPolicy: "good", minimumLength: 8, requireHistory: true, requireDictionary: true, requireNoPersonalInfo: true },
    docs: README_default35
  },
  check({ tenant, options, report }) {
    for (const connection of tenant.posture.connections) {
      if (!connection.isDatabase || !isRecord(connection.data.options)) continue;
      const options_ = connection.data.options;
      const name = label(connection);
      const at2 = (path5, messageId, data2 = {}) => report({ entity: connection, path: path5, messageId, data: { name, ...data2 } });
      const policy = options_.passwordPolicy === null ? "none" : options_.passwordPolicy;
      const level = typeof policy === "string" ? LEVELS.indexOf(policy) : -1;
      if (level !== -1 && level < LEVELS.indexOf(options.minimumPolicy))
        at2("/options/passwordPolicy", "weakPolicy", { policy, minimum: options.minimumPolicy });
      const length = dig(options_, "password_complexity_options", "min_length");
      if (typeof length === "number" && length < options.minimumLength) {
        at2("/options/password_complexity_options/min_length", "shortLength", { length, minimum: options.minimumLength });
      }
      const missing = [];
      const wanted = [
        [options.requireHistory, "password_history", "noHistory"],
        [options.requireDictionary, "password_dictionary", "noDictionary"],
        [options.requireNoPersonalInfo, "password_no_personal_info", "personalInfo"]
      ];
      for (const [required, option, messageId] of wanted) {
        if (!required) continue;
        const value = options_[option];
        if (isRecord(value)) {
          if (value.enable !== true) at2(`/options/${option}/enable`, messageId);
        } else missing.push(option);
      }
      if (missing.length > 0) {
        at2("/options", "missing", { options: missing.join(", "), effects: missing.map((option) => OPTION_EFFECTS[option]).join("; ") });
      }
    }
  }
});

// src/model/posture/code-secrets.ts
var FORMATS = [
  ["private key", /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g],
  ["AWS access key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ["GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g],
  ["Slack token", /\bxox[abprs]-[A-Za-z0-9-]{10,}/g],
  ["Stripe live key", /\b[rs]k_live_[0-9A-Za-z]{16,}\b/g],
  ["Google API key", /\bAIza[0-9A-Za-z_-]{35}\b/g],
  ["SendGrid API key", /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g],
  ["JSON Web Token", /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g]
];
var ASSIGNMENT = /(["']?)([A-Za-z_$][\w$-]*)\1\s*(?:=|:)\s*(["'`])([^"'`\\\n]*)\3/g;
var SECRET_NAME = /secret|passw(?:or)?d|pwd|api_?key|apikey|access_?key|private_?key|auth_?token|access_?token|bearer|token$/i;
var NOT_A_SECRET_NAME = /(?:url|uri|endpoint|type|name|field|header|length|policy|path|prefix|suffix|format|version|param|scope|audience|label|message|error|text|regex|pattern|id)$/i;
var PLACEHOLDER = /^(?:your|my|example|changeme|change_me|placeholder|dummy|test|xxx|redacted|todo|none|null|undefined)|^\*+$|^<.*>$|##[A-Za-z0-9_]+##|@@[A-Za-z0-9_]+@@|^\$\{/i;
function findCodeSecrets(code) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const lineOf = lineCounter(code);
  for (const [what, pattern] of FORMATS) {
    for (const match of code.matchAll(pattern)) {
      seen.add(match.index);
      found.push({ what, literal: match[0], line: lineOf(match.index) });
    }
  }
  for (const match of code.matchAll(ASSIGNMENT)) {
    const [, , name, , value] = match;
    const at2 = match.index + match[0].length - value.length - 1;
    if (!SECRET_NAME.test(name) || NOT_A_SECRET_NAME.test(name) || !looksLikeSecret(value)) continue;
    if ([...seen].some((start) => start >= at2 && start < at2 + value.length)) continue;
    found.push({ what: name, literal: value, line: lineOf(at2) });
  }
  return found.sort((a, b) => a.line - b.line);
}
function looksLikeSecret(value) {
  if (value.length < 8 || /\s/.test(value) || PLACEHOLDER.test(value) || /^[a-z]+:\/\//i.test(value)) return false;
  return !/^[a-z_.-]+$/.test(value);
}
function lineCounter(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset2) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset2) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

// rules/no-secrets-in-code/README.md
var README_default36 = '# no-secrets-in-code\n\nKeep literal secrets out of Actions, Rules, Hooks and custom database scripts (use Action secrets).\n\nDefault severity: **error** \xB7 Category: code \xB7 In `recommended`: yes \xB7 Precision: medium \xB7 Security severity: 8.0\n\n## What it checks\n\nThe code of every Action (`code`), Rule and Hook (`script`) and every custom database script\n(`options.customScripts.*` of database connections), whether it is written inline or, as deploy-cli exports it, in a\nfile of its own (`actions/<name>/code.js`, `rules/<name>.js`, `hooks/<name>.js`, `databases/<name>/<script>.js`): the\nfinding points at the line inside that file. It reports:\n\n- credentials in formats that name themselves: AWS access key ids, GitHub, Slack and SendGrid tokens, Stripe live keys,\n  Google API keys, JSON Web Tokens and PEM private keys (a private key written inline in the export is left to\n  `no-secrets-in-config`, which reports it there);\n- a string literal of one word of at least 8 characters assigned to a name that says it is a credential (`apiKey`,\n  `CLIENT_SECRET`, `password`, `token`, \u2026), unless the name says it holds something else (`tokenUrl`, `passwordField`)\n  or the value is a placeholder (`YOUR_API_KEY`, `<secret>`, a deploy-cli `##KEY##` marker) or a lower-case word.\n\nComments are scanned too: a key in a comment is as exposed as one in a string. Messages name what was found and the\nline, never the value. The rule runs when the input holds actions, rules, hooks or database connections.\n\n## Why\n\nCode is exported, committed, reviewed and shown in the Dashboard; a secret in it is readable by everyone who sees any\nof those, and rotating it means a code change and a deployment. Actions have secrets for this (`event.secrets`), Rules\ntheir configuration, custom databases their connection settings (Auth0 docs, *Actions coding guidelines*: store secrets\nin the Action\'s secrets). Auth0\'s own checker looks for hard-coded values in Actions and custom database scripts.\n\n## Incorrect\n\n```yaml\nactions:\n  - name: Sync to CRM\n    runtime: node22\n    code: |\n      const CRM_API_KEY = "c4f8e2a9b7d1e0f3";\n      exports.onExecutePostLogin = async (event, api) => {\n        await fetch("https://crm.example.com/users", { headers: { authorization: CRM_API_KEY } });\n      };\n```\n\n## Correct\n\n```yaml\nactions:\n  - name: Sync to CRM\n    runtime: node22\n    secrets:\n      - name: CRM_API_KEY\n    code: |\n      exports.onExecutePostLogin = async (event, api) => {\n        await fetch("https://crm.example.com/users", { headers: { authorization: event.secrets.CRM_API_KEY } });\n      };\n```\n\n## How to fix\n\nRotate the secret first: it has been exposed. Then add it as a secret of the Action (*Actions \u2192 Library \u2192 (action) \u2192\nSecrets*, or `secrets` in the export with a `##KEY##` marker) and read it with `event.secrets.NAME`; for custom\ndatabase scripts, use the connection\'s settings (`configuration.NAME`).\n\n## Options\n\nNone.\n';

// rules/no-secrets-in-code/index.ts
var no_secrets_in_code_default = defineRule({
  meta: {
    id: "no-secrets-in-code",
    description: "Keep literal secrets out of Actions, Rules, Hooks and custom database scripts (use Action secrets)",
    defaultSeverity: "error",
    category: "code",
    precision: "medium",
    securitySeverity: 8,
    tags: ["security", "secrets", "actions"],
    requires: ["actions", "rules", "hooks", "databases"],
    messages: {
      secret: `{{owner}} "{{name}}" has a literal {{what}} in {{where}} (line {{line}}). Everyone who can read the export, the repository or the tenant's code has it, and changing it means changing code. Rotate it, store it as a secret ({{fix}}) and read it from there.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default36
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    const scan = (entity2, code, where, fix) => {
      if (!code) return;
      for (const found of findCodeSecrets(code.text)) {
        if (found.what === "private key" && reportedInConfig(tenant, code)) continue;
        report({
          entity: entity2,
          origin: code.origin,
          needle: found.literal.split("\n")[0],
          subject: `${where}:${found.what}:${found.line}`,
          messageId: "secret",
          data: { owner: KIND_LABEL[entity2.kind], name: label(entity2), what: describe2(found.what), where, line: found.line, fix }
        });
      }
    };
    for (const action of posture.actions) scan(action, action.code, "its code", "an Action secret, read as event.secrets.NAME");
    for (const rule of posture.rules) scan(rule, rule.code, "its script", "the rules configuration, read as configuration.NAME");
    for (const hook of posture.hooks) scan(hook, hook.code, "its script", "a Hook secret, read as context.webtask.secrets.NAME");
    for (const connection of posture.connections) {
      for (const [name, script] of connection.scripts) scan(connection, script, `its ${name} script`, "a connection setting, read as configuration.NAME");
    }
  }
});
function describe2(what) {
  return /^[A-Z]|^private key$/.test(what) && what.includes(" ") ? what : `secret assigned to ${what}`;
}
function reportedInConfig(tenant, code) {
  return tenant.secrets.some((secret) => secret.origin.source === code.origin.source && secret.origin.pointer === code.origin.pointer);
}

// rules/supported-action-runtime/README.md
var README_default37 = "# supported-action-runtime\n\nRun Actions on a Node.js runtime Auth0 still supports.\n\nDefault severity: **warning** \xB7 Category: code \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 4.5\n\n## What it checks\n\nEvery Action whose `runtime` (`node12`, `node16`, `node18`, `node18-actions`, `node22`, \u2026) names a Node.js major\nversion below `minimumNodeVersion` (default 22). An Action without a runtime is not guessed. The rule does not run when\nthe input holds no actions.\n\n## Why\n\nNode.js 18 reached its end of life in April 2025 and gets no security fixes; Node.js 12 and 16 long before. Auth0 marks\nActions on outdated runtimes in the Dashboard and retires old runtimes, after which their Actions must be upgraded at\nshort notice (Auth0 support, *Upgrading or Downgrading Node Extensibility Runtimes*). Auth0's own checker reports\nActions below its minimum version as well; raise or lower `minimumNodeVersion` as Auth0's supported runtimes change.\n\n## Incorrect\n\n```yaml\nactions:\n  - name: Add roles to tokens\n    runtime: node18\n    code: |\n      exports.onExecutePostLogin = async (event, api) => {};\n```\n\n## Correct\n\n```yaml\nactions:\n  - name: Add roles to tokens\n    runtime: node22\n    code: |\n      exports.onExecutePostLogin = async (event, api) => {};\n```\n\n## How to fix\n\nChange the runtime (*Actions \u2192 Library \u2192 (action) \u2192 Settings \u2192 Runtime*, or `runtime` in the export), check the\ndependencies still install on it, test the Action and deploy it.\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `minimumNodeVersion` | integer \u2265 1 | `22` | The oldest Node.js major version an Action may run on. |\n\n```yaml\nrules:\n  supported-action-runtime: [warning, { minimumNodeVersion: 18 }]\n```\n";

// rules/supported-action-runtime/index.ts
var supported_action_runtime_default = defineRule({
  meta: {
    id: "supported-action-runtime",
    description: "Run Actions on a Node.js runtime Auth0 still supports",
    defaultSeverity: "warning",
    category: "code",
    precision: "very-high",
    securitySeverity: 4.5,
    tags: ["security", "actions", "maintenance"],
    requires: ["actions"],
    messages: {
      old: 'Action "{{name}}" runs on {{runtime}} (Node.js {{version}}), older than Node.js {{minimum}}. That Node.js line gets no security fixes, Auth0 marks the runtime as outdated and retires such runtimes, after which the Action must be upgraded in a hurry. Set runtime to node{{minimum}} or newer, test it, and deploy it.'
    },
    schema: {
      type: "object",
      properties: {
        minimumNodeVersion: { type: "integer", minimum: 1, default: 22, description: "The oldest Node.js major version an Action may run on." }
      },
      additionalProperties: false
    },
    defaultOptions: { minimumNodeVersion: 22 },
    docs: README_default37
  },
  check({ tenant, options, report }) {
    for (const action of tenant.posture.actions) {
      const runtime = asString(action.data.runtime);
      const version2 = runtime === void 0 ? void 0 : /^node(\d+)/.exec(runtime)?.[1];
      if (version2 === void 0 || Number(version2) >= options.minimumNodeVersion) continue;
      report({
        entity: action,
        path: "/runtime",
        messageId: "old",
        data: { name: label(action), runtime, version: version2, minimum: options.minimumNodeVersion }
      });
    }
  }
});

// rules/no-legacy-rules-and-hooks/README.md
var README_default38 = "# no-legacy-rules-and-hooks\n\nMove enabled Rules and Hooks to Actions (Auth0 deprecated them).\n\nDefault severity: **warning** \xB7 Category: code \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 4.0\n\n## What it checks\n\n- every Rule (`rules`) that is enabled: `enabled: true`, or no `enabled` field (the Management API creates Rules\n  enabled);\n- every Hook (`hooks`) with `enabled: true` (Hooks are created disabled).\n\nThe rule runs when the input holds rules or hooks.\n\n## Why\n\nAuth0 deprecated Rules and Hooks and set their end of life to November 18, 2024 (Auth0 docs, *Migrate to Actions*;\n*Production Checks*). They run on a legacy runtime, and tenants past the date can no longer rely on them running.\nActions replace both, with versioning, secrets and supported runtimes. Auth0's own checker reports Rules and Hooks too.\n\n## Incorrect\n\n```yaml\nrules:\n  - name: Add roles\n    enabled: true\n    order: 1\n    script: |\n      function (user, context, callback) { callback(null, user, context); }\n```\n\n## Correct\n\n```yaml\nrules:\n  - name: Add roles\n    enabled: false\n    order: 1\n    script: |\n      function (user, context, callback) { callback(null, user, context); }\nactions:\n  - name: Add roles\n    runtime: node22\n    code: |\n      exports.onExecutePostLogin = async (event, api) => {};\n```\n\n## How to fix\n\nRewrite each Rule as a post-login Action and each Hook as an Action on the matching trigger (Auth0's *Migrate from Rules\nto Actions* guide maps `context` and `user` to `event` and `api`), bind the Actions in the flow, then disable and delete\nthe Rules and Hooks.\n\n## Options\n\nNone.\n";

// rules/no-legacy-rules-and-hooks/index.ts
var no_legacy_rules_and_hooks_default = defineRule({
  meta: {
    id: "no-legacy-rules-and-hooks",
    description: "Move enabled Rules and Hooks to Actions (Auth0 deprecated them)",
    defaultSeverity: "warning",
    category: "code",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["actions", "legacy", "maintenance"],
    requires: ["rules", "hooks"],
    messages: {
      rule: 'Legacy Rule "{{name}}" is still enabled. Auth0 deprecated Rules (end of life November 18, 2024) and no longer runs them on tenants past that date, so the logic may already be skipped at login, and Rules run on a runtime without security updates. Rewrite it as a post-login Action, then disable and delete the Rule.',
      hook: 'Legacy Hook "{{name}}" is still enabled. Auth0 deprecated Hooks (end of life November 18, 2024) in favour of Actions. Rewrite it as an Action on the matching trigger, then disable and delete the Hook.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default38
  },
  check({ tenant, report }) {
    for (const rule of tenant.posture.rules) {
      if (rule.data.enabled !== false)
        report({ entity: rule, path: rule.data.enabled === true ? "/enabled" : "", messageId: "rule", data: { name: label(rule) } });
    }
    for (const hook of tenant.posture.hooks) {
      if (hook.data.enabled === true) report({ entity: hook, path: "/enabled", messageId: "hook", data: { name: label(hook) } });
    }
  }
});

// rules/require-email-provider/README.md
var README_default39 = "# require-email-provider\n\nSend email through your own provider, not Auth0's built-in test provider.\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 3.5\n\n## What it checks\n\n`emailProvider` (API dump: `email_provider`): reported when the section is there but empty or without a provider\n`name` (deploy-cli writes `emailProvider: {}` for a tenant without one), or when the provider has `enabled: false`.\nThe rule does not run when the input holds no email provider section (deploy-cli left it out, or a hand-written\nexport).\n\n## Why\n\nWithout a custom provider, Auth0 sends verification, password reset, blocked-account and MFA emails through its built-in\nprovider, which Auth0 documents as for testing only: limited volume, an Auth0 sender address, no control over\ndeliverability (Auth0 docs, *Customize Emails \u2192 Configure External SMTP Email Providers*). Users who never get a reset\nemail, or learn to trust unexpected senders, are a support and phishing problem. Auth0's own checker reports it too.\n\n## Incorrect\n\n```yaml\nemailProvider: {}\n```\n\n## Correct\n\n```yaml\nemailProvider:\n  name: sendgrid\n  enabled: true\n  default_from_address: no-reply@example.com\n  credentials:\n    api_key: '##SENDGRID_API_KEY##'\n```\n\n## How to fix\n\nConfigure a provider in *Branding \u2192 Email Provider* (SendGrid, Amazon SES, Mailgun, SMTP, \u2026) with a sender address of\nyour own domain, or add `emailProvider` to the export with its credentials as deploy-cli keyword markers.\n\n## Options\n\nNone.\n";

// rules/require-email-provider/index.ts
var require_email_provider_default = defineRule({
  meta: {
    id: "require-email-provider",
    description: "Send email through your own provider, not Auth0's built-in test provider",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "high",
    securitySeverity: 3.5,
    tags: ["email", "production"],
    requires: ["emailProvider"],
    messages: {
      none: "The tenant has no custom email provider. Verification, password reset and MFA emails go through Auth0's built-in provider, which is meant for testing, has a low sending limit and sends from an Auth0 address users may not trust. Configure an email provider (Dashboard: Branding \u2192 Email Provider).",
      disabled: `The email provider "{{name}}" is disabled (enabled: false). Emails go through Auth0's built-in test provider instead. Enable it.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default39
  },
  check({ tenant, report }) {
    const provider = tenant.posture.emailProvider;
    const origin = tenant.posture.sectionOrigin("emailProvider");
    if (!provider || asString(provider.data.name) === void 0 || provider.data.name === "") {
      if (origin) report({ ...provider ? { entity: provider } : { origin, subject: "emailProvider" }, messageId: "none" });
      return;
    }
    if (provider.data.enabled === false) report({ entity: provider, path: "/enabled", messageId: "disabled", data: { name: provider.data.name } });
  }
});

// rules/require-log-streams/README.md
var README_default40 = "# require-log-streams\n\nStream tenant logs to a system of your own (at least one active log stream).\n\nDefault severity: **warning** \xB7 Category: monitoring \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 4.0\n\n## What it checks\n\n`logStreams` (API dump: `log_streams`): reported when the list is empty (once, at the section), or when no stream is\nactive: each stream whose `status` is `paused` or `suspended` is reported. A stream without a `status` counts as active.\nThe rule does not run when the input holds no log streams section.\n\n## Why\n\nAuth0 keeps tenant logs for a short time that depends on the plan (Auth0 docs, *Log Data Retention*) and raises no alert\nby itself. A log stream sends every event (failed logins, blocked IPs, Management API changes) to a SIEM or log store\nwhere it is kept and watched. A suspended stream (Auth0 suspends one whose sink keeps failing) looks configured but\ndelivers nothing. Auth0's own checker reports streams that are not active. Small or test tenants often have no\nstreaming, so the rule is in `strict` only.\n\n## Incorrect\n\n```yaml\nlogStreams:\n  - name: Datadog\n    type: datadog\n    status: suspended\n```\n\n## Correct\n\n```yaml\nlogStreams:\n  - name: Datadog\n    type: datadog\n    status: active\n```\n\n## How to fix\n\nCreate a stream in *Monitoring \u2192 Streams* (Datadog, Splunk, Sumo Logic, AWS EventBridge, Azure Event Grid or a custom\nwebhook); for a suspended one, fix the sink's credentials or endpoint and set it active again.\n\n## Options\n\nNone.\n";

// rules/require-log-streams/index.ts
var require_log_streams_default = defineRule({
  meta: {
    id: "require-log-streams",
    description: "Stream tenant logs to a system of your own (at least one active log stream)",
    defaultSeverity: "warning",
    category: "monitoring",
    precision: "high",
    securitySeverity: 4,
    tags: ["monitoring", "logs"],
    requires: ["logStreams"],
    preset: "strict",
    messages: {
      none: "No log stream is active. Auth0 keeps tenant logs only for a few days (by plan), so a login attack or a configuration change found later cannot be investigated, and nothing alerts on it. Add a log stream to your SIEM or log store (Dashboard: Monitoring \u2192 Streams).",
      inactive: 'Log stream "{{name}}" is {{status}}: no logs reach it. Fix its sink and set it active.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default40
  },
  check({ tenant, report }) {
    const streams = tenant.posture.logStreams;
    const active = streams.filter((stream) => stream.data.status === void 0 || stream.data.status === "active");
    if (active.length > 0) return;
    for (const stream of streams)
      report({ entity: stream, path: "/status", messageId: "inactive", data: { name: label(stream), status: String(stream.data.status) } });
    const origin = tenant.posture.sectionOrigin("logStreams");
    if (streams.length === 0 && origin) report({ origin, subject: "logStreams", messageId: "none" });
  }
});

// src/model/posture/liquid-outputs.ts
var SKIPPED_BLOCK = /\{%-?\s*(raw|comment)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;
function liquidOutputs(template) {
  const text = template.replace(SKIPPED_BLOCK, (block) => " ".repeat(block.length));
  const outputs = [];
  for (let start = text.indexOf("{{"); start !== -1; start = text.indexOf("{{", start + 2)) {
    const end = closing(text, start + 2);
    if (end === -1) break;
    const inner = text.slice(start + 2, end).replace(/^-/, "").replace(/-$/, "");
    const [value, ...filters] = splitFilters(inner);
    outputs.push({ text: template.slice(start, end + 2), value: value.trim(), filters: filters.map((filter) => filter.split(":")[0].trim()), offset: start });
    start = end;
  }
  return outputs;
}
function closing(text, from) {
  let quote;
  for (let i = from; i < text.length - 1; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = void 0;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "}" && text[i + 1] === "}") return i;
  }
  return -1;
}
function splitFilters(inner) {
  const parts = [];
  let quote;
  let current2 = "";
  for (const char of inner) {
    if (quote) {
      if (char === quote) quote = void 0;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "|") {
      parts.push(current2);
      current2 = "";
      continue;
    }
    current2 += char;
  }
  parts.push(current2);
  return parts;
}

// rules/safe-error-page/README.md
var README_default41 = "# safe-error-page\n\nEscape every value the custom error page prints (Liquid `| escape`).\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: yes \xB7 Precision: high \xB7 Security severity: 6.1\n\n## What it checks\n\nThe HTML of the custom error page: `pages` entry `error_page` in a deploy-cli export (inline, or the file\n`pages/error_page.html` it refers to), `tenant_settings.error_page.html` in an API dump. Each Liquid output tag\n(`{{ \u2026 }}`) that prints a variable without an escaping filter (`escape`, `escape_once`, `url_encode`, \u2026) is reported,\nat its place in the HTML. Literals are not reported, nor anything inside `{% raw %}` or `{% comment %}` blocks. The\nrule does not run when the input holds no pages (API dumps: no tenant settings).\n\n## Why\n\nAuth0 renders the custom error page with LiquidJS and passes it values such as `error`, `error_description`,\n`tracking` and `client_id` (Auth0 docs, *Customize Error Pages*). Some come from the request that failed, so a link\ncrafted by an attacker can choose them; printed without escaping, they become HTML and script running on your login\ndomain, next to session cookies (cross-site scripting, OWASP). Auth0's own checker looks for the same pattern.\n\n## Incorrect\n\n```yaml\npages:\n  - name: error_page\n    html: |\n      <html><body>\n        <h1>Something went wrong</h1>\n        <p>{{ error_description }}</p>\n      </body></html>\n```\n\n## Correct\n\n```yaml\npages:\n  - name: error_page\n    html: |\n      <html><body>\n        <h1>Something went wrong</h1>\n        <p>{{ error_description | escape }}</p>\n        <p>{% raw %}{{ shown as written }}{% endraw %}</p>\n      </body></html>\n```\n\n## How to fix\n\nAdd `| escape` as the last filter of every output (`{{ error_description | escape }}`), in *Branding \u2192 Universal Login\n\u2192 Advanced Options \u2192 Error Page*, or in `pages/error_page.html` of the export.\n\n## Options\n\nNone.\n";

// rules/safe-error-page/index.ts
var ESCAPING = /* @__PURE__ */ new Set(["escape", "escape_once", "url_encode", "url_escape", "uri_escape", "cgi_escape", "h"]);
var LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|nil|null|empty|blank)$/;
var safe_error_page_default = defineRule({
  meta: {
    id: "safe-error-page",
    description: "Escape every value the custom error page prints (Liquid `| escape`)",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "high",
    securitySeverity: 6.1,
    tags: ["security", "xss", "pages"],
    requires: ["pages"],
    messages: {
      unescaped: "The custom error page prints {{value}} without escaping. Auth0 fills error page values such as error_description from the request, so a crafted link can put HTML and script into your login domain (cross-site scripting). Add the escape filter as the last filter: {{fixed}}."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default41
  },
  check({ tenant, report }) {
    for (const page of tenant.posture.pages) {
      if (page.key !== "error_page" || !page.code) continue;
      for (const output of liquidOutputs(page.code.text)) {
        if (LITERAL.test(output.value) || output.filters.some((filter) => ESCAPING.has(filter))) continue;
        const firstLine = output.text.split("\n")[0];
        report({
          entity: page,
          origin: page.code.origin,
          needle: firstLine,
          subject: `${output.value}|${output.filters.join("|")}`,
          messageId: "unescaped",
          data: {
            value: output.filters.length > 0 ? `${output.value} (through ${output.filters.join(", ")})` : output.value,
            fixed: `{{ ${[output.value, ...output.filters, "escape"].join(" | ")} }}`
          }
        });
      }
    }
  }
});

// rules/require-oidc-conformant/README.md
var README_default42 = "# require-oidc-conformant\n\nKeep applications OIDC-conformant (`oidc_conformant` not `false`).\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery application with `oidc_conformant: false`. An absent field is not reported (Auth0 creates applications\nOIDC-conformant); the global *All Applications* client of an API dump is skipped.\n\n## Why\n\nThe *OIDC Conformant* switch moves an application off Auth0's legacy authentication pipeline (Auth0 docs, *OIDC-Conformant\nAuthentication Adoption*). Without it, the legacy flows remain open to it: the resource owner and delegation endpoints,\n`/tokeninfo`, implicit tokens without an audience, and the legacy user profile. Auth0's own checker reports\nnon-conformant applications.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Legacy Portal\n    app_type: regular_web\n    oidc_conformant: false\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Legacy Portal\n    app_type: regular_web\n    oidc_conformant: true\n```\n\n## How to fix\n\nMove the application to standard OIDC flows (authorization code with PKCE, refresh tokens), then turn on *Applications\n\u2192 (app) \u2192 Advanced Settings \u2192 OAuth \u2192 OIDC Conformant*, or set `oidc_conformant: true` in the export.\n\n## Options\n\nNone.\n";

// rules/require-oidc-conformant/index.ts
var require_oidc_conformant_default = defineRule({
  meta: {
    id: "require-oidc-conformant",
    description: "Keep applications OIDC-conformant (oidc_conformant not false)",
    defaultSeverity: "warning",
    category: "clients",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["security", "clients", "legacy"],
    messages: {
      legacy: 'Application "{{name}}" sets oidc_conformant: false. It keeps the legacy authentication pipeline, where the legacy flows and endpoints (resource owner, delegation, /tokeninfo, access tokens without an audience) stay open to it. Set oidc_conformant to true (Dashboard: Advanced Settings \u2192 OAuth \u2192 OIDC Conformant) after moving the application to standard OIDC flows.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default42
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.data.global === true) continue;
      if (client.data.oidc_conformant === false)
        report({ entity: client, path: "/oidc_conformant", messageId: "legacy", data: { name: client.name ?? client.key } });
    }
  }
});

// rules/no-cross-origin-authentication/README.md
var README_default43 = "# no-cross-origin-authentication\n\nKeep cross-origin authentication (embedded password login) off.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: no (in `strict`) \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery application with `cross_origin_authentication: true` (or, when that field is not written, the deprecated\n`cross_origin_auth: true` that older exports hold and the Terraform provider's `auth0_client` calls it: deploy-cli\ndeploys it as `cross_origin_authentication`) that lists an origin a login page could be served from:\nan entry in `callbacks`, `web_origins` or `allowed_origins` (a keyword marker or an unknown Terraform value counts as\none). Auth0 accepts cross-origin login requests only from those origins (Auth0 docs, *Configure Cross-Origin Resource\nSharing*), so the switch on an application without any, such as a machine-to-machine application created with it on,\nlets no page log in; the rule reports it once an origin is added. Nor can an application whose grant types (listed,\nor its app type's defaults) include neither `authorization_code` nor `implicit`: the cross-origin login ticket is\nredeemed at `/authorize`, so a machine-to-machine application with the switch on and origins listed is not reported\neither. The global *All Applications* client of an API dump is skipped.\n\n## Why\n\nCross-origin authentication lets an application's own web page collect the username and password and send them to\nAuth0 with auth0.js (embedded login). Auth0 recommends Universal Login instead: the password is then typed only on the\nlogin domain, and protections such as bot detection, MFA enrolment and passkeys apply (Auth0 docs, *Cross-Origin\nAuthentication*; *Universal Login vs. Embedded Login*). Browsers that block third-party cookies break it too. Auth0's\nown checker reports it. Some applications still depend on embedded login, so the rule is in `strict` only.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    web_origins:\n      - https://shop.example.com\n    cross_origin_authentication: true\n    cross_origin_loc: https://shop.example.com/cross-origin.html\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    cross_origin_authentication: false\n```\n\n## How to fix\n\nRedirect to Universal Login (`loginWithRedirect` in the Auth0 SPA SDK) instead of calling `login` with a password,\nthen turn off *Applications \u2192 (app) \u2192 Advanced Settings \u2192 Cross-Origin Authentication*.\n\n## Options\n\nNone.\n";

// rules/no-cross-origin-authentication/index.ts
var ORIGIN_FIELDS = /* @__PURE__ */ new Set(["callbacks", "web_origins", "allowed_origins"]);
var BROWSER_GRANTS = ["authorization_code", "implicit"];
var no_cross_origin_authentication_default = defineRule({
  meta: {
    id: "no-cross-origin-authentication",
    description: "Keep cross-origin authentication (embedded password login) off",
    defaultSeverity: "warning",
    category: "clients",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["security", "clients", "embedded-login"],
    preset: "strict",
    messages: {
      on: `Application "{{name}}" allows cross-origin authentication ({{field}}: true). Its web pages collect passwords themselves and send them to Auth0 across origins, outside Universal Login, which exposes them to the page's scripts, breaks with third-party cookie blocking and bypasses protections of the hosted login page. Use Universal Login and set {{field}} to false.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default43
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.data.global === true) continue;
      const field = "cross_origin_authentication" in client.data ? "cross_origin_authentication" : "cross_origin_auth";
      if (client.data[field] !== true || !clientUrls(client).some((url) => ORIGIN_FIELDS.has(url.field))) continue;
      const grants = grantTypesInUse(client);
      if (grants.length > 0 && !grants.some((grant) => BROWSER_GRANTS.includes(grant))) continue;
      report({ entity: client, path: `/${field}`, subject: "/cross_origin_authentication", messageId: "on", data: { name: client.name ?? client.key, field } });
    }
  }
});

// rules/third-party-strict-security/README.md
var README_default44 = "# third-party-strict-security\n\nKeep third-party applications in strict security mode, with open redirect protection.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 6.0\n\n## What it checks\n\nEvery third-party application (`is_first_party: false`):\n\n- with `third_party_security_mode: permissive`;\n- with `redirection_policy: allow_always`.\n\nOnly values written in the data are reported: an absent mode depends on the tenant's history (Auth0 changes the\ndefault to `strict` for tenants with earlier third-party use on 2026-10-23), so it is not guessed.\n\n## Why\n\nThird-party applications are run by someone else. Auth0's *enhanced security* (strict) mode makes PKCE mandatory,\nlimits them to the authorization code, refresh token and client credentials grants, requires expiring refresh tokens and\nkeeps Rules from running for them; `permissive` keeps the old behaviour and cannot be changed afterwards (Auth0 docs,\n*Third-Party Applications \u2192 Security Controls*, *Permissive Mode*). `redirection_policy: open_redirect_protection` (the\ndefault for third-party apps) shows users where they are sent; `allow_always` turns that off.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Partner Dashboard\n    is_first_party: false\n    third_party_security_mode: permissive\n    redirection_policy: allow_always\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Partner Dashboard\n    is_first_party: false\n    third_party_security_mode: strict\n    redirection_policy: open_redirect_protection\n```\n\n## How to fix\n\nCreate the application again with `third_party_security_mode: strict` and move the partner to it (the mode is\nimmutable), and set `redirection_policy: open_redirect_protection`.\n\n## Options\n\nNone.\n";

// rules/third-party-strict-security/index.ts
var third_party_strict_security_default = defineRule({
  meta: {
    id: "third-party-strict-security",
    description: "Keep third-party applications in strict security mode, with open redirect protection",
    defaultSeverity: "warning",
    category: "clients",
    precision: "very-high",
    securitySeverity: 6,
    tags: ["security", "clients", "third-party"],
    messages: {
      permissive: 'Third-party application "{{name}}" is in permissive security mode. With third_party_security_mode: permissive it keeps grant types, token lifetimes and flows without PKCE that strict mode forbids for applications you do not control. The mode cannot be changed on an existing application: create it again in strict mode and retire this one.',
      allowAlways: 'Third-party application "{{name}}" sets redirection_policy: allow_always. Auth0 redirects to its callback without the confirmation that protects users from open redirects through your login domain. Set redirection_policy to open_redirect_protection.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default44
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.data.is_first_party !== false) continue;
      const name = client.name ?? client.key;
      if (client.data.third_party_security_mode === "permissive")
        report({ entity: client, path: "/third_party_security_mode", messageId: "permissive", data: { name } });
      if (client.data.redirection_policy === "allow_always") report({ entity: client, path: "/redirection_policy", messageId: "allowAlways", data: { name } });
    }
  }
});

// rules/no-management-api-refresh-policies/README.md
var README_default45 = "# no-management-api-refresh-policies\n\nKeep the Management API out of multi-resource refresh token policies.\n\nDefault severity: **error** \xB7 Category: clients \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 8.0\n\n## What it checks\n\nEvery application's `refresh_token.policies` (Multi-Resource Refresh Token): an entry whose `audience` is the tenant's\nManagement API (`https://{tenant-domain}/api/v2/`, found as described in the README's *The Management API*) is reported\nat that audience.\n\n## Why\n\nA multi-resource refresh token policy lets an application exchange one refresh token for access tokens to each listed\nAPI. Auth0 documents that the Management API cannot be included (Auth0 docs, *Multi-Resource Refresh Token*):\notherwise a refresh token, which lives long and sits in browsers and mobile devices, would become a standing credential\nfor tenant administration. A policy listing it is at best refused at deployment, at worst a sign that an application is\nmeant to act on the Management API with user tokens.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Admin Portal\n    app_type: spa\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n      policies:\n        - audience: https://example.eu.auth0.com/api/v2/\n          scope:\n            - read:users\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Admin Portal\n    app_type: spa\n    refresh_token:\n      rotation_type: rotating\n      expiration_type: expiring\n      policies:\n        - audience: https://admin-api.example.com\n          scope:\n            - read:reports\n```\n\n## How to fix\n\nRemove the Management API entry. Let a back end of your own call the Management API with a machine-to-machine\napplication and expose only what the front end needs through your own API.\n\n## Options\n\nNone.\n";

// rules/no-management-api-refresh-policies/index.ts
var no_management_api_refresh_policies_default = defineRule({
  meta: {
    id: "no-management-api-refresh-policies",
    description: "Keep the Management API out of multi-resource refresh token policies",
    defaultSeverity: "error",
    category: "clients",
    precision: "very-high",
    securitySeverity: 8,
    tags: ["security", "clients", "management-api", "refresh-tokens"],
    messages: {
      management: 'Application "{{name}}" lists the Management API in its refresh token policies. The policy names {{audience}} (refresh_token.policies): its refresh tokens would be exchanged for Management API tokens, so one stolen refresh token would reach tenant administration. Auth0 does not allow the Management API in multi-resource refresh token policies. Remove this policy entry.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default45
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      const refresh = client.data.refresh_token;
      const policies = refresh && typeof refresh === "object" ? refresh.policies : void 0;
      if (!Array.isArray(policies)) continue;
      policies.forEach((policy, index) => {
        const audience = policy?.audience;
        if (typeof audience !== "string" || !tenant.isManagementApiAudience(audience)) return;
        report({
          entity: client,
          path: `/refresh_token/policies/${index}/audience`,
          subject: `refresh_token.policies:${audience}`,
          messageId: "management",
          data: { name: client.name ?? client.key, audience }
        });
      });
    }
  }
});

// rules/require-support-contact/README.md
var README_default46 = "# require-support-contact\n\nGive the tenant a support email and an https:// support URL, so users locked out know where to turn.\n\nDefault severity: **note** \xB7 Category: tenant settings \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 1.5\n\n## What it checks\n\nThe tenant settings: reported when `support_email` or `support_url` is empty (the Management API and deploy-cli's\nexport write `''` for a setting never filled in), when `support_email` is not an email address, and when `support_url`\nis not an `https://` URL (plain `http://`, or no scheme at all, such as `example.com/support`). A setting the tenant\nsection leaves out is unknown, not empty: hand-written exports leave out what they do not manage. Values holding a\ndeploy-cli keyword marker are not judged. The rule does not run when the input holds no tenant settings.\n\n## Why\n\nAuth0 uses the tenant's support email and URL on the pages and in the emails it shows users (Auth0 docs, *Tenant\nSettings*), and its tenant checklist asks for both: a user who cannot log in wants to know where to get help. Without\nthem, users ask wherever they can, which is where fake \"support\" desks wait. Auth0's own checker reports both as\ninformation; the rule is a note in `strict`, because it is about users getting help, not about an attacker getting in.\n\n## Incorrect\n\n```yaml\ntenant:\n  friendly_name: Example\n  support_email: ''\n  support_url: example.com/support\n```\n\n## Correct\n\n```yaml\ntenant:\n  friendly_name: Example\n  support_email: support@example.com\n  support_url: https://example.com/support\n```\n\n## How to fix\n\nSet *Settings \u2192 General \u2192 Support Email* and *Support URL* in the Dashboard, or `support_email` and `support_url` in\nthe export, to an address and a page your support team watches.\n\n## Options\n\n- `requireEmail` (default `true`): report an empty `support_email`.\n- `requireUrl` (default `true`): report an empty `support_url`.\n\nThe checks of values that are written (an address that is no email, a URL that is not https://) always run.\n";

// rules/require-support-contact/index.ts
var require_support_contact_default = defineRule({
  meta: {
    id: "require-support-contact",
    description: "Give the tenant a support email and an https:// support URL, so users locked out know where to turn",
    defaultSeverity: "note",
    category: "tenant",
    precision: "high",
    securitySeverity: 1.5,
    tags: ["tenant", "support", "production"],
    requires: ["tenant"],
    preset: "strict",
    messages: {
      noEmail: "The tenant has no support email (support_email). Auth0 shows it to users on its login pages and in its emails; without it a user who cannot sign in has no official address to ask for help. Set support_email (Dashboard: Settings \u2192 General).",
      noUrl: "The tenant has no support URL (support_url). Users who hit a login problem have no official page to turn to. Set support_url to your help page (Dashboard: Settings \u2192 General).",
      badEmail: `The tenant's support email "{{email}}" is not an email address. Set support_email to an address your support team reads.`,
      badUrl: `The tenant's support URL "{{url}}" is not an https:// address. Browsers may not open it as a link, or open it in plain text where it can be altered. Set support_url to the full https:// address of your help page.`
    },
    schema: {
      type: "object",
      properties: {
        requireEmail: { type: "boolean", default: true, description: "Report an empty support_email." },
        requireUrl: { type: "boolean", default: true, description: "Report an empty support_url." }
      },
      additionalProperties: false
    },
    defaultOptions: { requireEmail: true, requireUrl: true },
    docs: README_default46
  },
  check({ tenant, options, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    const field = (name) => asString(settings.data[name])?.trim();
    const email = field("support_email");
    if (email === "") {
      if (options.requireEmail) report({ entity: settings, path: "/support_email", messageId: "noEmail" });
    } else if (email !== void 0 && !hasUnresolvedMarker(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      report({ entity: settings, path: "/support_email", messageId: "badEmail", data: { email } });
    }
    const url = field("support_url");
    if (url === "") {
      if (options.requireUrl) report({ entity: settings, path: "/support_url", messageId: "noUrl" });
      return;
    }
    if (url === void 0) return;
    const parts = urlParts(url);
    if (!parts.unresolved && (parts.scheme !== "https" || !parts.host)) report({ entity: settings, path: "/support_url", messageId: "badUrl", data: { url } });
  }
});

// rules/secure-tenant-urls/README.md
var README_default47 = "# secure-tenant-urls\n\nRequire https:// and no loopback hosts in the tenant's login URI and allowed logout URLs.\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nThe tenant settings' `default_redirection_uri` (the tenant login URI) and each entry of the tenant-level\n`allowed_logout_urls`: reported when one uses plain `http://` (warning), or points at `localhost`, `127.0.0.0/8` or\n`[::1]` (note). URLs holding a deploy-cli keyword marker in scheme or host are not judged. Empty settings are fine: a\ntenant without a login URI or tenant-level logout URLs sends nobody anywhere. The same checks for each application's\nURLs are [`secure-redirect-urls`](../secure-redirect-urls/README.md) and\n[`no-localhost-urls`](../no-localhost-urls/README.md). The rule does not run when the input holds no tenant settings.\n\n## Why\n\nAuth0 sends users to the tenant login URI when it has to start a login itself (after a password reset or an email\nverification, say), and to a tenant-level logout URL after a logout that names no application (Auth0 docs, *Tenant\nSettings \u2192 Advanced*). A page reached over plain http can be replaced by anyone on the network path, typically with a\ncopy of the login page; a loopback address sends the user to whatever program listens on that port of their own\nmachine. Auth0's own checker reports both (`localhost`, `127.0.0.1`, `http://`).\n\n## Incorrect\n\n```yaml\ntenant:\n  default_redirection_uri: http://app.example.com/login\n  allowed_logout_urls:\n    - https://app.example.com\n    - http://localhost:3000\n```\n\n## Correct\n\n```yaml\ntenant:\n  default_redirection_uri: https://app.example.com/login\n  allowed_logout_urls:\n    - https://app.example.com\n```\n\n## How to fix\n\nChange each URL to `https://` (*Settings \u2192 Advanced \u2192 Login and Logout*), and move development URLs to a development\ntenant.\n\n## Options\n\nNone.\n";

// rules/secure-tenant-urls/index.ts
var FIELDS2 = [
  ["default_redirection_uri", "login URI (default_redirection_uri)"],
  ["allowed_logout_urls", "allowed logout URL"]
];
var secure_tenant_urls_default = defineRule({
  meta: {
    id: "secure-tenant-urls",
    description: "Require https:// and no loopback hosts in the tenant's login URI and allowed logout URLs",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["security", "tenant", "redirects"],
    requires: ["tenant"],
    messages: {
      plainHttp: "The tenant's {{label}} {{url}} uses plain http://. Auth0 sends users' browsers there, and anyone on the network path can alter that page, for example into a copy of your login page. Change it to https://, or remove it if the site is gone.",
      loopback: "The tenant's {{label}} {{url}} points at a loopback address. Any program on a user's machine listening on that port receives the redirect, and development URLs do not belong in a production tenant. Keep them in a development tenant and remove this one."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default47
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const [field, label2] of FIELDS2) {
      const value = settings.data[field];
      const urls = typeof value === "string" ? [[value, joinPointer("", field)]] : [];
      if (Array.isArray(value)) value.forEach((url, index) => typeof url === "string" && urls.push([url, joinPointer("", field, index)]));
      for (const [url, path5] of urls) {
        const { scheme, host, unresolved } = urlParts(url);
        if (unresolved || !host) continue;
        const data2 = { label: label2, url };
        if (isLoopbackHost(host)) report({ entity: settings, path: path5, subject: `${field} ${url}`, messageId: "loopback", severity: "note", data: data2 });
        else if (scheme === "http") report({ entity: settings, path: path5, subject: `${field} ${url}`, messageId: "plainHttp", data: data2 });
      }
    }
  }
});

// rules/supported-tenant-runtime/README.md
var README_default48 = "# supported-tenant-runtime\n\nRun the tenant's custom scripts (database connections, Rules, Hooks) on a Node.js version Auth0 still supports.\n\nDefault severity: **warning** \xB7 Category: code \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 4.5\n\n## What it checks\n\nThe tenant settings' `sandbox_version` (the runtime of custom database and custom social connection scripts) and\n`legacy_sandbox_version` (the runtime of Rules and Hooks, on tenants that still have them): reported when the Node.js\nmajor version is older than `minimumNodeVersion` (default 18). A tenant that writes neither is not judged (Auth0 gives\nnew tenants a current runtime). Actions choose their runtime one by one; [`supported-action-runtime`](../supported-action-runtime/README.md)\nchecks those. The rule does not run when the input holds no tenant settings.\n\n## Why\n\nCustom database scripts see every password users type, and Rules and Hooks run on every login. Auth0 runs them on the\ntenant's extensibility runtime, chosen in the tenant settings (Auth0 support, *Upgrading or Downgrading Node\nExtensibility Runtimes*). A Node.js line past its end of life gets no security fixes, and Auth0 retires old runtimes\n(Node 4, 8, 12 so far), moving tenants on its own schedule when they did not move themselves. Auth0's own checker\nreports runtimes older than Node.js 18.\n\n## Incorrect\n\n```yaml\ntenant:\n  sandbox_version: '12'\n```\n\n## Correct\n\n```yaml\ntenant:\n  sandbox_version: '22'\n```\n\n## How to fix\n\nTest the custom database scripts (and any Rules and Hooks) on the newer runtime in a development tenant, then select it\nin *Settings \u2192 Advanced \u2192 Extensibility* (`sandbox_version`, and `legacy_sandbox_version` for Rules and Hooks).\n\n## Options\n\n- `minimumNodeVersion` (default `18`): the oldest Node.js major version accepted. Raise it to 22 to follow Auth0's\n  newest runtime.\n";

// rules/supported-tenant-runtime/index.ts
var FIELDS3 = [
  ["sandbox_version", "custom database and custom social connection scripts"],
  ["legacy_sandbox_version", "Rules and Hooks"]
];
var supported_tenant_runtime_default = defineRule({
  meta: {
    id: "supported-tenant-runtime",
    description: "Run the tenant's custom scripts (database connections, Rules, Hooks) on a Node.js version Auth0 still supports",
    defaultSeverity: "warning",
    category: "code",
    precision: "very-high",
    securitySeverity: 4.5,
    tags: ["security", "tenant", "maintenance"],
    requires: ["tenant"],
    messages: {
      old: "Tenant scripts run on Node.js {{version}} ({{field}}), older than Node.js {{minimum}}. The tenant runs {{runs}} on it. That Node.js line gets no security fixes and Auth0 retires such runtimes, after which the scripts must be moved in a hurry. Test the scripts on a newer runtime, then select it (Dashboard: Settings \u2192 Advanced \u2192 Extensibility)."
    },
    schema: {
      type: "object",
      properties: {
        minimumNodeVersion: { type: "integer", minimum: 1, default: 18, description: "The oldest Node.js major version the tenant's runtime may be." }
      },
      additionalProperties: false
    },
    defaultOptions: { minimumNodeVersion: 18 },
    docs: README_default48
  },
  check({ tenant, options, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const [field, runs] of FIELDS3) {
      const value = settings.data[field];
      const version2 = typeof value === "string" || typeof value === "number" ? /^\s*(\d+)/.exec(String(value))?.[1] : void 0;
      if (version2 === void 0 || Number(version2) >= options.minimumNodeVersion) continue;
      report({ entity: settings, path: `/${field}`, messageId: "old", data: { runs, version: version2, field, minimum: options.minimumNodeVersion } });
    }
  }
});

// src/model/posture/databases.ts
function databasesWithOptions(tenant) {
  const found = [];
  for (const connection of tenant.posture.connections) {
    const options = connection.data.options;
    if (connection.isDatabase && isRecord(options)) found.push({ connection, options });
  }
  return found;
}
function isExternalUserStore(options) {
  return options.enabledDatabaseCustomization === true && options.import_mode !== true;
}

// rules/no-external-user-store/README.md
var README_default49 = '# no-external-user-store\n\nMigrate users of custom database connections into Auth0 (import mode) instead of checking every login against your own database.\n\nDefault severity: **note** \xB7 Category: authentication \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\nDatabase connections (`databases`; in an API dump, connections of strategy `auth0`): reported when\n`options.enabledDatabaseCustomization` is `true` ("Use my own database") and `options.import_mode` is not `true`\n("Import Users to Auth0" off). A custom database in import mode is a migration under way and passes. The rule does not\nrun when the input holds no database connections.\n\n## Why\n\nWithout import, Auth0 stores no user of the connection: each login, signup and password change runs your custom\ndatabase scripts against your own database (Auth0 docs, *Configure Automatic Migration from Your Database*). The\nsecurity of every sign-in then rests on that database and those scripts (how passwords are hashed, who can reach the\ndatabase, whether it is up), and features that need users stored in Auth0, such as passkeys and flexible identifiers,\ncannot be turned on. In import mode Auth0 moves each user over at their next login, after which your database is no\nlonger asked. Auth0\'s own checker lists such connections. Keeping users in your own store can be a deliberate choice\n(a directory other systems share), so the rule is a note in `strict`.\n\n## Incorrect\n\n```yaml\ndatabases:\n  - name: legacy-users\n    strategy: auth0\n    options:\n      enabledDatabaseCustomization: true\n      import_mode: false\n```\n\n## Correct\n\n```yaml\ndatabases:\n  - name: legacy-users\n    strategy: auth0\n    options:\n      enabledDatabaseCustomization: true\n      import_mode: true\n```\n\n## How to fix\n\nIn *Authentication \u2192 Database \u2192 (connection) \u2192 Custom Database*, turn on *Import Users to Auth0*\n(`options.import_mode: true`) and make sure the login and get-user scripts return complete profiles. Once your users\nhave moved, the scripts can be removed.\n\n## Options\n\nNone.\n';

// rules/no-external-user-store/index.ts
var no_external_user_store_default = defineRule({
  meta: {
    id: "no-external-user-store",
    description: "Migrate users of custom database connections into Auth0 (import mode) instead of checking every login against your own database",
    defaultSeverity: "note",
    category: "authentication",
    precision: "high",
    securitySeverity: 3,
    tags: ["security", "connections", "passwords"],
    requires: ["databases"],
    preset: "strict",
    messages: {
      external: `Database connection "{{name}}" keeps its users in your own database. As a custom database without import, every login runs your login script against it, so that database's security and uptime decide every sign-in, and Auth0 features that need stored users (passkeys, flexible identifiers) stay unavailable. Turn on "Import Users to Auth0" (options.import_mode) to migrate users as they log in, or document why not.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default49
  },
  check({ tenant, report }) {
    for (const { connection, options } of databasesWithOptions(tenant)) {
      if (isExternalUserStore(options))
        report({ entity: connection, path: "/options/enabledDatabaseCustomization", messageId: "external", data: { name: label(connection) } });
    }
  }
});

// rules/no-domain-level-connections/README.md
var README_default50 = "# no-domain-level-connections\n\nKeep connections off domain level, where every third-party application of the tenant can use them.\n\nDefault severity: **warning** \xB7 Category: authentication \xB7 In `recommended`: no (in `strict`) \xB7 Precision: very-high \xB7 Security severity: 4.0\n\n## What it checks\n\nEvery connection (`databases` and `connections`; in an API dump, `connections`): reported when\n`is_domain_connection` is `true`. The rule does not run when the input holds neither section.\n\n## Why\n\nA connection is normally enabled for a list of applications. Promoted to domain level, it can be used by every\nthird-party application of the tenant, which is how Auth0 lets applications created through dynamic client\nregistration log users in (Auth0 docs, *Promote Connections to Domain Level*). Any application a third party registers\nfrom then on can send your users to that connection's login and ask for their consent, and the connection's list of\nenabled applications no longer says who can use it. Auth0's own checker lists promoted connections. Tenants that offer\nlogin to third-party applications on purpose need it, so the rule is in `strict`.\n\n## Incorrect\n\n```yaml\ndatabases:\n  - name: Username-Password-Authentication\n    strategy: auth0\n    is_domain_connection: true\n```\n\n## Correct\n\n```yaml\ndatabases:\n  - name: Username-Password-Authentication\n    strategy: auth0\n    is_domain_connection: false\n    enabled_clients:\n      - My App\n```\n\n## How to fix\n\nSet `is_domain_connection: false` (Dashboard: the connection's *Promote Connection to Domain Level* toggle; Management\nAPI `PATCH /api/v2/connections/{id}`) and enable the connection for the applications that need it. If third-party applications must use it, keep the promotion and accept the finding in\nthe configuration, with the reason.\n\n## Options\n\nNone.\n";

// rules/no-domain-level-connections/index.ts
var no_domain_level_connections_default = defineRule({
  meta: {
    id: "no-domain-level-connections",
    description: "Keep connections off domain level, where every third-party application of the tenant can use them",
    defaultSeverity: "warning",
    category: "authentication",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["security", "connections", "third-party"],
    requires: ["databases", "connections"],
    preset: "strict",
    messages: {
      promoted: 'Connection "{{name}}" is promoted to domain level (is_domain_connection: true). Every third-party application of the tenant, dynamically registered ones included, can then log users in with it, whatever its list of enabled applications says. Turn the promotion off unless third-party applications must use this connection.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default50
  },
  check({ tenant, report }) {
    for (const connection of tenant.posture.connections) {
      if (connection.data.is_domain_connection === true) {
        report({ entity: connection, path: "/is_domain_connection", messageId: "promoted", data: { name: label(connection) } });
      }
    }
  }
});

// rules/prefer-passkeys/README.md
var README_default51 = "# prefer-passkeys\n\nOffer passkeys on database connections that sign users in with passwords.\n\nDefault severity: **note** \xB7 Category: authentication \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\nDatabase connections (`databases`; in an API dump, connections of strategy `auth0`) whose\n`options.authentication_methods` is written: reported when passwords are on and `passkey.enabled` is not `true`. A\nconnection without `authentication_methods` is not judged (the data does not say), nor is a custom database without\nimport, which cannot offer passkeys ([`no-external-user-store`](../no-external-user-store/README.md) reports it). The\nrule does not run when the input holds no database connections.\n\n## Why\n\nPasskeys are bound to the site they were made for and never leave the user's device, so they cannot be phished, reused\non another site or guessed, which passwords can (Auth0 docs, *Passkeys*). Auth0 offers them on database connections\nnext to passwords, and its own checker reports connections without them. They need Universal Login with identifier\nfirst, so some tenants cannot turn them on yet: the rule is a note in `strict`.\n\n## Incorrect\n\n```yaml\ndatabases:\n  - name: users\n    strategy: auth0\n    options:\n      authentication_methods:\n        password:\n          enabled: true\n        passkey:\n          enabled: false\n```\n\n## Correct\n\n```yaml\ndatabases:\n  - name: users\n    strategy: auth0\n    options:\n      authentication_methods:\n        password:\n          enabled: true\n        passkey:\n          enabled: true\n```\n\n## How to fix\n\nTurn on the Identifier First login flow of Universal Login, then enable *Passkey* in *Authentication \u2192 Database \u2192\n(connection) \u2192 Authentication Methods* (`options.authentication_methods.passkey.enabled: true`).\n\n## Options\n\nNone.\n";

// rules/prefer-passkeys/index.ts
var prefer_passkeys_default = defineRule({
  meta: {
    id: "prefer-passkeys",
    description: "Offer passkeys on database connections that sign users in with passwords",
    defaultSeverity: "note",
    category: "authentication",
    precision: "high",
    securitySeverity: 3,
    tags: ["security", "connections", "passkeys", "phishing"],
    requires: ["databases"],
    preset: "strict",
    messages: {
      passwordOnly: 'Database connection "{{name}}" signs users in with passwords only, passkeys off. Its options.authentication_methods leave passkeys disabled. Passwords can be phished, reused and stuffed; a passkey cannot leave the device or be typed into a fake site. Enable passkeys for the connection (Dashboard: Authentication \u2192 Database \u2192 Authentication Methods).'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default51
  },
  check({ tenant, report }) {
    for (const { connection, options } of databasesWithOptions(tenant)) {
      const methods = options.authentication_methods;
      if (!isRecord(methods) || dig(methods, "password", "enabled") === false || dig(methods, "passkey", "enabled") === true) continue;
      if (isExternalUserStore(options)) continue;
      const path5 = dig(methods, "passkey", "enabled") === void 0 ? "/options/authentication_methods" : "/options/authentication_methods/passkey/enabled";
      report({ entity: connection, path: path5, messageId: "passwordOnly", data: { name: label(connection) } });
    }
  }
});

// rules/verify-email-at-signup/README.md
var README_default52 = "# verify-email-at-signup\n\nVerify email addresses with a one-time code during signup, not with a link after the account exists.\n\nDefault severity: **note** \xB7 Category: authentication \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\nDatabase connections (`databases`; in an API dump, connections of strategy `auth0`) with flexible identifiers\n(`options.attributes`): reported when `attributes.email.verification_method` is `link`. Connections without\n`attributes` (the classic email or username identifier) are not judged: they verify by link and have no other method.\nThe rule does not run when the input holds no database connections.\n\n## Why\n\nWith verification by link, Auth0 creates the account first and sends a link to the address afterwards; until the user\nclicks it, the account holds an address nobody has proven. Anyone can register with someone else's address, and an\napplication that trusts `email` without checking `email_verified` treats that account as the address's owner. With a\none-time code, signup only completes after the code sent to the address is typed in (Auth0 docs, *Flexible Identifiers\nand Attributes*, *Verify Emails*). Auth0's own checker reports connections that verify by link. The code needs the\nIdentifier First flow of Universal Login, so the rule is a note in `strict`.\n\n## Incorrect\n\n```yaml\ndatabases:\n  - name: users\n    strategy: auth0\n    options:\n      attributes:\n        email:\n          identifier:\n            active: true\n          verification_method: link\n```\n\n## Correct\n\n```yaml\ndatabases:\n  - name: users\n    strategy: auth0\n    options:\n      attributes:\n        email:\n          identifier:\n            active: true\n          verification_method: otp\n```\n\n## How to fix\n\nIn *Authentication \u2192 Database \u2192 (connection) \u2192 Attributes \u2192 Email*, choose *Verify with one-time password*\n(`options.attributes.email.verification_method: otp`).\n\n## Options\n\nNone.\n";

// rules/verify-email-at-signup/index.ts
var verify_email_at_signup_default = defineRule({
  meta: {
    id: "verify-email-at-signup",
    description: "Verify email addresses with a one-time code during signup, not with a link after the account exists",
    defaultSeverity: "note",
    category: "authentication",
    precision: "high",
    securitySeverity: 3,
    tags: ["security", "connections", "email"],
    requires: ["databases"],
    preset: "strict",
    messages: {
      link: 'Database connection "{{name}}" verifies email addresses by link, not by code. Its attributes.email.verification_method is link: the account exists before its owner proves the address, so anyone can sign up with an address that is not theirs. Set verification_method to otp.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default52
  },
  check({ tenant, report }) {
    for (const { connection, options } of databasesWithOptions(tenant)) {
      if (dig(options, "attributes", "email", "verification_method") !== "link") continue;
      report({ entity: connection, path: "/options/attributes/email/verification_method", messageId: "link", data: { name: label(connection) } });
    }
  }
});

// rules/require-bot-detection/README.md
var README_default53 = "# require-bot-detection\n\nLet bot detection challenge suspicious password, password reset and passwordless requests, not only watch them.\n\nDefault severity: **warning** \xB7 Category: attack protection \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 5.0\n\n## What it checks\n\n`attackProtection.botDetection` (API dump: `attack_protection.bot_detection`; directory export:\n`attack-protection/bot-detection.json`): reported when `challenge_password_policy`,\n`challenge_password_reset_policy` or `challenge_passwordless_policy` is `never`, and when `monitoring_mode_enabled` is\n`true`. A flow the tenant is known to offer no connection for is not reported (password flows need a database\nconnection, passwordless ones an `email` or `sms` connection). `bot_detection_level` and the IP `allowlist` are not\njudged: both are tuning, and the allowlist is how Auth0 says to exempt trusted traffic. deploy-cli exports bot\ndetection only for tenants entitled to it; without it the rule reports nothing, since nothing can be turned on. The\nrule does not run when the input holds no attack protection section.\n\n## Why\n\nBot detection scores each login, signup and password reset request and shows a CAPTCHA when it looks automated, which\nstops credential stuffing and sign-up or reset floods at little cost to people (Auth0 docs, *Bot Detection*). With a\nflow set to `never`, no request of that flow is ever challenged, however bot-like; in monitoring mode, likely bots are\nonly logged. Auth0's own checker reports flows without bot detection. Tenants that fight bots elsewhere (a WAF, say)\ncan set `never` on purpose, so the rule is in `strict`.\n\n## Incorrect\n\n```yaml\nattackProtection:\n  botDetection:\n    bot_detection_level: medium\n    challenge_password_policy: never\n    challenge_passwordless_policy: when_risky\n    challenge_password_reset_policy: when_risky\n    allowlist: []\n    monitoring_mode_enabled: true\n```\n\n## Correct\n\n```yaml\nattackProtection:\n  botDetection:\n    bot_detection_level: medium\n    challenge_password_policy: when_risky\n    challenge_passwordless_policy: when_risky\n    challenge_password_reset_policy: when_risky\n    allowlist: []\n    monitoring_mode_enabled: false\n```\n\n## How to fix\n\nIn *Security \u2192 Attack Protection \u2192 Bot Detection*, set each flow's challenge to *When risky* (or *Always*) and turn\noff monitoring mode once its logs show that real users pass.\n\n## Options\n\nNone.\n";

// rules/require-bot-detection/index.ts
var FLOWS = [
  ["challenge_password_policy", "password logins", "databases", (connection) => connection.isDatabase],
  ["challenge_password_reset_policy", "password resets", "databases", (connection) => connection.isDatabase],
  [
    "challenge_passwordless_policy",
    "passwordless logins",
    "connections",
    (connection) => connection.strategy === "email" || connection.strategy === "sms"
  ]
];
var require_bot_detection_default = defineRule({
  meta: {
    id: "require-bot-detection",
    description: "Let bot detection challenge suspicious password, password reset and passwordless requests, not only watch them",
    defaultSeverity: "warning",
    category: "attack-protection",
    precision: "high",
    securitySeverity: 5,
    tags: ["security", "attack-protection", "bots"],
    requires: ["attackProtection"],
    preset: "strict",
    messages: {
      never: "Bot detection never challenges {{flow}} ({{field}}: never). Scripted credential stuffing and sign-up or reset floods then meet no CAPTCHA however bot-like they look. Set {{field}} to when_risky (Dashboard: Security \u2192 Attack Protection \u2192 Bot Detection).",
      monitoring: "Bot detection only logs likely bots and never challenges them (monitoring_mode_enabled: true). Turn monitoring mode off once the logs show that real users pass."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default53
  },
  check({ tenant, report }) {
    const part = attackPart(tenant, "botDetection");
    if (!part) return;
    if (part.data.monitoring_mode_enabled === true) report({ entity: part, path: "/monitoring_mode_enabled", messageId: "monitoring" });
    const { posture } = tenant;
    for (const [field, flow, section, offers] of FLOWS) {
      if (part.data[field] !== "never") continue;
      if (posture.known.has(section) && !posture.connections.some(offers)) continue;
      report({ entity: part, path: `/${field}`, messageId: "never", data: { flow, field } });
    }
  }
});

// rules/no-disabled-security-emails/README.md
var README_default54 = "# no-disabled-security-emails\n\nKeep the email templates of security steps and warnings enabled (verification, password reset, blocked account, breach alert, MFA).\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: no (in `strict`) \xB7 Precision: very-high \xB7 Security severity: 4.0\n\n## What it checks\n\n`emailTemplates` (API dump: `email_templates`; directory export: `emails/<template>.json`): reported when one of these templates has\n`enabled: false`: `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `blocked_account`,\n`stolen_credentials`, `enrollment_email`, `mfa_oob_code`. Other templates (welcome, user invitation, \u2026) may be off.\nTemplates the export does not list are not reported: Auth0 then sends its default text, and whether an email carries\nyour brand is not a setting a linter can judge. The rule does not run when the input holds no email templates section.\n\n## Why\n\nAuth0 sends no email whose template is turned off (Auth0 docs, *Email Templates*; *Email Template Descriptions*). For\nthese templates that switches off a security step or warning: sign-ups stay unverified, users cannot reset a password\nor unblock an address brute-force protection blocked, breached-password alerts and MFA enrollment invitations never\narrive, and the email MFA factor stops working. Auth0's own checker reports disabled templates. Some tenants send\nverification or reset emails from their own systems on purpose, so the rule is in `strict`.\n\n## Incorrect\n\n```yaml\nemailTemplates:\n  - template: stolen_credentials\n    enabled: false\n    syntax: liquid\n    from: security@example.com\n    subject: Your password was found in a breach\n```\n\n## Correct\n\n```yaml\nemailTemplates:\n  - template: stolen_credentials\n    enabled: true\n    syntax: liquid\n    from: security@example.com\n    subject: Your password was found in a breach\n```\n\n## How to fix\n\nTurn the template's *Status* on in *Branding \u2192 Email Templates* (`enabled: true`). If another system sends this email\n(verification from your own backend, say), keep it off and accept the finding in the configuration with the reason.\n\n## Options\n\nNone.\n";

// rules/no-disabled-security-emails/index.ts
var SECURITY_EMAILS = {
  verify_email: ["verification emails", "sign-ups keep unverified addresses unless you verify them another way"],
  verify_email_by_code: ["verification codes", "sign-ups keep unverified addresses unless you verify them another way"],
  reset_email: ["password reset links", "users who forget or must change a leaked password cannot reset it"],
  reset_email_by_code: ["password reset codes", "users who forget or must change a leaked password cannot reset it"],
  blocked_account: ["blocked-account emails", "users blocked by brute-force protection learn neither of the attack nor how to unblock"],
  stolen_credentials: ["password breach alerts", "users whose password leaked elsewhere are not told to change it"],
  enrollment_email: ["MFA enrollment invitations", "users an admin invites to MFA never get the invitation"],
  mfa_oob_code: ["MFA codes by email", "users with the email factor cannot complete MFA"]
};
var no_disabled_security_emails_default = defineRule({
  meta: {
    id: "no-disabled-security-emails",
    description: "Keep the email templates of security steps and warnings enabled (verification, password reset, blocked account, breach alert, MFA)",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["security", "email"],
    requires: ["emailTemplates"],
    preset: "strict",
    messages: {
      disabled: 'Email template "{{template}}" is disabled: Auth0 sends no {{what}}. Without them {{effect}} (enabled: false). Enable the template (Dashboard: Branding \u2192 Email Templates), or keep it off only where another system sends this email.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default54
  },
  check({ tenant, report }) {
    for (const template of tenant.posture.emailTemplates) {
      const email = Object.hasOwn(SECURITY_EMAILS, template.key) ? SECURITY_EMAILS[template.key] : void 0;
      if (!email || template.data.enabled !== false) continue;
      const [what, effect] = email;
      report({ entity: template, path: "/enabled", messageId: "disabled", data: { template: template.key, what, effect } });
    }
  }
});

// rules/require-pushed-authorization-requests/README.md
var README_default55 = "# require-pushed-authorization-requests\n\nMake confidential applications that use the authorization code flow push their authorization requests (PAR).\n\nDefault severity: **note** \xB7 Category: clients \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\nEvery confidential application (not `spa` or `native`, and authenticating at the token endpoint) that may use the\n`authorization_code` grant (listed in `grant_types`, or by its app type's defaults when the list is absent), unless\n`require_pushed_authorization_requests` is `true` or its `compliance_level` is a FAPI profile that requires PAR\n(`fapi1_adv_pkj_par`, `fapi1_adv_mtls_par`, `fapi2_sp_pkj_mtls`, `fapi2_sp_mtls_mtls`). Public applications are\nskipped: Auth0 refuses pushed requests from clients that cannot authenticate. The finding points at\n`require_pushed_authorization_requests` when it is written, else at the `authorization_code` grant.\nApplications registered through a Client ID Metadata Document (`external_client_id`) are skipped: their settings\ncome from the document, not from the tenant.\nApplications that sign users in over SAML or WS-Federation are skipped: the SSO integrations' app types\n(`office365`, `rms`, `box`, `salesforce`, `slack`, `zoom`, `sso_integration`, ...) and applications with a `samlp` or\n`wsfed` addon (Auth0 docs, *Single Sign-On Integrations*, *Configure WS-Fed Applications*). Their logins go to\n`/samlp` or `/wsfed` and end in an assertion, not an OAuth authorization request. An application that also signs\nusers in with OpenID Connect is skipped too; give that use a client of its own to have it checked.\nAn application whose `app_type` or `token_endpoint_auth_method` a0lint cannot know (a Terraform expression known\nonly at apply, an unmapped keyword marker) is not decided, since the value may make it public; nor is one whose whole\n`grant_types` is such a value (the app type's defaults do not apply to a list that is written).\n\n## Why\n\nWithout PAR, the parameters of an authorization request (scopes, redirect URI, state, `authorization_details`) travel\nin the browser's address bar: they can be read, logged and altered before they reach Auth0. With PAR the application\nsends them to Auth0's `/oauth/par` endpoint over the back channel, authenticated, and the browser only carries an\nopaque `request_uri` (Auth0 docs, *Authorization Code Flow with Pushed Authorization Requests*; RFC 9126). PAR is part\nof the FAPI profiles. It needs the Highly Regulated Identity add-on and the tenant setting\n`pushed_authorization_requests_supported`, which most tenants do not have, so the rule is a note in `strict` only.\nAuth0's own checker reports the same applications.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Online Banking\n    app_type: regular_web\n    grant_types: [authorization_code, refresh_token]\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Online Banking\n    app_type: regular_web\n    grant_types: [authorization_code, refresh_token]\n    require_pushed_authorization_requests: true\n```\n\n## How to fix\n\nTurn on PAR for the tenant (*Settings \u2192 Advanced \u2192 Allow Pushed Authorization Requests*), make the application's SDK\npush its requests, then set *Applications \u2192 (app) \u2192 Application Settings \u2192 Require Pushed Authorization Requests*\n(`require_pushed_authorization_requests: true`; Terraform: the same attribute on `auth0_client`).\n\n## Options\n\nNone.\n";

// rules/require-pushed-authorization-requests/index.ts
var require_pushed_authorization_requests_default = defineRule({
  meta: {
    id: "require-pushed-authorization-requests",
    description: "Make confidential applications that use the authorization code flow push their authorization requests (PAR)",
    defaultSeverity: "note",
    category: "clients",
    precision: "high",
    securitySeverity: 3,
    tags: ["security", "clients", "fapi"],
    preset: "strict",
    messages: {
      notRequired: `Application "{{name}}" does not require pushed authorization requests. Its authorization requests travel in the browser's URL, where they can be read and altered before they reach Auth0. Set require_pushed_authorization_requests to true (PAR, a Highly Regulated Identity feature).`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default55
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (!hardensAuthorizationRequests(client)) continue;
      if (!grantTypesInUse(client).includes("authorization_code")) continue;
      if (client.data.require_pushed_authorization_requests === true || profileEnforces(client, "par")) continue;
      const path5 = client.data.require_pushed_authorization_requests === void 0 ? grantTypePath(client, "authorization_code") : "/require_pushed_authorization_requests";
      report({ entity: client, path: path5, subject: "require_pushed_authorization_requests", messageId: "notRequired", data: { name: client.name ?? client.key } });
    }
  }
});

// rules/require-signed-authorization-requests/README.md
var README_default56 = "# require-signed-authorization-requests\n\nMake confidential applications sign their authorization requests (JAR).\n\nDefault severity: **note** \xB7 Category: clients \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\nEvery confidential application (not `spa` or `native`, and authenticating at the token endpoint) that may use the\n`authorization_code` or `implicit` grant (listed in `grant_types`, or by its app type's defaults when the list is\nabsent):\n\n- `notRequired`: `signed_request_object.required` is not `true`, and its `compliance_level` is not a FAPI 1 Advanced\n  profile (`fapi1_adv_pkj_par`, `fapi1_adv_mtls_par`), under which Auth0 enforces JAR anyway. The finding points at\n  `signed_request_object.required` when it is written, else at the grant.\n- `noCredentials`: JAR is required but `signed_request_object.credentials` is written as an empty list. A list left\n  out (exports may drop it) is not reported.\n\nPublic applications are skipped: Auth0 accepts request objects only from clients that can authenticate. So are\napplications registered through a Client ID Metadata Document (`external_client_id`), whose settings come from the\ndocument.\n\nApplications that sign users in over SAML or WS-Federation are skipped: the SSO integrations' app types\n(`office365`, `rms`, `box`, `salesforce`, `slack`, `zoom`, `sso_integration`, ...) and applications with a `samlp` or\n`wsfed` addon (Auth0 docs, *Single Sign-On Integrations*, *Configure WS-Fed Applications*). Their logins go to\n`/samlp` or `/wsfed` and end in an assertion, not an OAuth authorization request. An application that also signs\nusers in with OpenID Connect is skipped too; give that use a client of its own to have it checked.\nAn application whose `app_type` or `token_endpoint_auth_method` a0lint cannot know (a Terraform expression known\nonly at apply, an unmapped keyword marker) is not decided, since the value may make it public; nor is one whose whole\n`grant_types` is such a value (the app type's defaults do not apply to a list that is written).\n\n## Why\n\nAn authorization request is a URL anyone can write: without JAR (JWT-Secured Authorization Requests, RFC 9101), an\nattacker can start a login in the application's name with parameters it never chose (another redirect URI from the\nallowed list, wider scopes, `authorization_details`), and Auth0 cannot tell. With JAR the application signs the request\nwith its private key and Auth0 verifies it with the registered public key, so the parameters are the application's\nown and cannot be altered (Auth0 docs, *Configure JWT-secured Authorization Requests*). JAR needs the Highly Regulated\nIdentity add-on, so the rule is a note in `strict` only. Auth0's own checker reports the same applications.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Online Banking\n    app_type: regular_web\n    grant_types: [authorization_code]\n    signed_request_object:\n      required: false\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Online Banking\n    app_type: regular_web\n    grant_types: [authorization_code]\n    signed_request_object:\n      required: true\n      credentials:\n        - name: banking-jar-2026\n          credential_type: public_key\n```\n\n## How to fix\n\nGenerate a key pair for the application, register the public key under *Applications \u2192 (app) \u2192 Application Settings\n\u2192 Authorization Requests* (or `signed_request_object.credentials`; Terraform: the `signed_request_object` block of\n`auth0_client_credentials`), make the SDK sign its requests with the private key, then require it\n(`signed_request_object.required: true`).\n\n## Options\n\nNone.\n";

// rules/require-signed-authorization-requests/index.ts
var FRONT_CHANNEL_GRANTS = ["authorization_code", "implicit"];
var require_signed_authorization_requests_default = defineRule({
  meta: {
    id: "require-signed-authorization-requests",
    description: "Make confidential applications sign their authorization requests (JAR)",
    defaultSeverity: "note",
    category: "clients",
    precision: "high",
    securitySeverity: 3,
    tags: ["security", "clients", "fapi"],
    preset: "strict",
    messages: {
      notRequired: 'Application "{{name}}" does not require signed authorization requests. Anyone can start a login in its name with parameters it never chose, and nothing proves a request came from it. Register a public key and set signed_request_object.required to true (JAR, a Highly Regulated Identity feature).',
      noCredentials: `Application "{{name}}" requires signed authorization requests but registers no key. Auth0 cannot verify any request, so every login fails. Add the application's public key to signed_request_object.credentials.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default56
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (!hardensAuthorizationRequests(client)) continue;
      const grant = FRONT_CHANNEL_GRANTS.find((grantType) => grantTypesInUse(client).includes(grantType));
      if (grant === void 0) continue;
      const name = client.name ?? client.key;
      const required = dig(client.data, "signed_request_object", "required");
      if (required === true) {
        const credentials = dig(client.data, "signed_request_object", "credentials");
        if (Array.isArray(credentials) && credentials.length === 0)
          report({ entity: client, path: "/signed_request_object/credentials", messageId: "noCredentials", data: { name } });
        continue;
      }
      if (profileEnforces(client, "jar")) continue;
      const path5 = required === void 0 ? grantTypePath(client, grant) : "/signed_request_object/required";
      report({ entity: client, path: path5, subject: "signed_request_object", messageId: "notRequired", data: { name } });
    }
  }
});

// rules/require-sender-constraining/README.md
var README_default57 = "# require-sender-constraining\n\nBind access tokens to their holder (DPoP or mTLS) in applications and APIs.\n\nDefault severity: **note** \xB7 Category: clients \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\n- `client`: every application that may get tokens at the token endpoint (`authorization_code`, `refresh_token`,\n  `client_credentials`, `password` or device code, listed in `grant_types` or by its app type's defaults) without\n  `require_proof_of_possession: true`, unless its `compliance_level` is a FAPI 2 profile (`fapi2_sp_pkj_mtls`,\n  `fapi2_sp_mtls_mtls`) that binds tokens anyway. The global *All Applications* client of an API dump is skipped, and so are applications\n  registered through a Client ID Metadata Document (`external_client_id`), whose settings come from the document.\n  Applications that sign users in over SAML or WS-Federation (the SSO integrations' app types such as `office365`,\n  `rms` or `sso_integration`, and applications with a `samlp` or `wsfed` addon) are skipped unless a client grant\n  (subject type `client`) gives them access tokens: their logins end in an assertion, which DPoP and mTLS do not bind.\n- `api`: every API without `proof_of_possession.required: true` (Auth0's own APIs, such as the Management API or\n  Okta's Express Configuration API `urn:auth0:express-configure`, are skipped).\n\nThe finding points at the setting when it is written, else at the grant type (applications) or the API.\n\n## Why\n\nAuth0's access and refresh tokens are bearer tokens by default: anyone who gets hold of one (from a log, a proxy, a\ncompromised browser extension, a leaked backup) can use it until it expires. Sender constraining binds each token to\na key the application holds, proved with a DPoP header on every call (RFC 9449) or with the application's mTLS\ncertificate (RFC 8705), so a stolen token is useless on its own. An application that requires it only gets bound\ntokens; an API that requires it refuses unbound ones (Auth0 docs, *Configure Applications for Sender Constraining*;\n*Configure Resource Servers for Sender Constraining*). It is FAPI-grade hardening that needs SDK support and, for mTLS,\nthe Highly Regulated Identity add-on, so the rule is a note in `strict` only. Auth0's own checker reports the same\napplications and APIs.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Payments Worker\n    app_type: non_interactive\n    grant_types: [client_credentials]\nresourceServers:\n  - name: Payments API\n    identifier: https://payments.example.com\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Payments Worker\n    app_type: non_interactive\n    grant_types: [client_credentials]\n    require_proof_of_possession: true\nresourceServers:\n  - name: Payments API\n    identifier: https://payments.example.com\n    proof_of_possession:\n      mechanism: dpop\n      required: true\n```\n\n## How to fix\n\nHave the application send DPoP proofs (Auth0's SDKs support DPoP) or authenticate with an mTLS certificate, then set\n*Applications \u2192 (app) \u2192 Advanced Settings \u2192 OAuth \u2192 Require Proof of Possession* (`require_proof_of_possession`) and,\non the API, *APIs \u2192 (API) \u2192 Settings \u2192 Proof of Possession* (`proof_of_possession: {mechanism: dpop, required: true}`;\nTerraform: the `proof_of_possession` block of `auth0_resource_server`).\n\n## Options\n\nNone.\n";

// rules/require-sender-constraining/index.ts
var TOKEN_GRANTS = ["authorization_code", "refresh_token", "client_credentials", "password", "urn:ietf:params:oauth:grant-type:device_code"];
var require_sender_constraining_default = defineRule({
  meta: {
    id: "require-sender-constraining",
    description: "Bind access tokens to their holder (DPoP or mTLS) in applications and APIs",
    defaultSeverity: "note",
    category: "clients",
    precision: "high",
    securitySeverity: 3,
    tags: ["security", "clients", "apis", "fapi"],
    preset: "strict",
    messages: {
      client: 'Application "{{name}}" does not require sender-constrained tokens. Its tokens are bearer tokens: whoever steals one can use it from anywhere. Set require_proof_of_possession to true and have the application use DPoP or mTLS.',
      api: 'API "{{name}}" does not require sender-constrained tokens. It accepts a stolen access token from any caller. Set proof_of_possession (mechanism dpop or mtls) with required: true.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default57
  },
  check({ tenant, report }) {
    const machineClients = new Set(tenant.clientGrants.filter((grant) => grant.subjectType === "client").map((grant) => grant.client));
    for (const client of tenant.clients) {
      if (!settingsOwnedByTenant(client) || signsInByFederation(client) && !machineClients.has(client)) continue;
      const grant = TOKEN_GRANTS.find((grantType) => grantTypesInUse(client).includes(grantType));
      if (grant === void 0 || client.data.require_proof_of_possession === true || profileEnforces(client, "sender-constraining")) continue;
      const path5 = client.data.require_proof_of_possession === void 0 ? grantTypePath(client, grant) : "/require_proof_of_possession";
      report({ entity: client, path: path5, subject: "require_proof_of_possession", messageId: "client", data: { name: client.name ?? client.key } });
    }
    for (const api of tenant.resourceServers) {
      if (api.isSystem || api.systemApi !== void 0) continue;
      if (dig(api.data, "proof_of_possession", "required") === true) continue;
      const path5 = dig(api.data, "proof_of_possession", "required") !== void 0 ? "/proof_of_possession/required" : api.data.proof_of_possession !== void 0 ? "/proof_of_possession" : "";
      report({ entity: api, path: path5, subject: "proof_of_possession", messageId: "api", data: { name: api.name ?? api.identifier ?? api.key } });
    }
  }
});

// rules/require-backchannel-logout/README.md
var README_default58 = "# require-backchannel-logout\n\nGive regular web applications an OIDC back-channel logout URL, so their sessions end with the Auth0 session.\n\nDefault severity: **note** \xB7 Category: clients \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 3.0\n\n## What it checks\n\nEvery application with `app_type: regular_web` that signs users in (`authorization_code` or `implicit`, listed in\n`grant_types` or by default) and has no URL in `oidc_logout.backchannel_logout_urls` (or in the older\n`oidc_backchannel_logout.backchannel_logout_urls`). The finding points at the (empty) URL list or `oidc_logout` when it is written,\nelse at `app_type`. Single-page and native applications keep no server-side session and are skipped, as are\nmachine-to-machine applications, and applications registered through a Client ID Metadata Document\n(`external_client_id`), whose settings come from the document. So are web applications with a `samlp` or `wsfed`\naddon: Auth0 signs users in to them over SAML or WS-Federation, whose sessions end through the protocol's own single\nlogout (the addon's `logout` settings), not OIDC's.\n\n## Why\n\nA regular web application keeps its own session (a cookie on its domain) after Auth0 signs the user in. When the\nAuth0 session ends somewhere else (the user logs out of another application, an administrator blocks or deletes the\nuser, a session is revoked after a password reset or a breach), that application's session stays open until it\nexpires by itself. With OIDC back-channel logout, Auth0 posts a signed logout token to the application's endpoint and\nthe application ends the matching session (Auth0 docs, *OIDC Back-Channel Logout*; OpenID Connect Back-Channel Logout\n1.0). Applications with short sessions, or that check the Auth0 session otherwise, may not need it, so the rule is a\nnote in `strict` only. Auth0's own checker reports the same applications.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Customer Portal\n    app_type: regular_web\n    grant_types: [authorization_code, refresh_token]\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Customer Portal\n    app_type: regular_web\n    grant_types: [authorization_code, refresh_token]\n    oidc_logout:\n      backchannel_logout_urls: [https://portal.example.com/backchannel-logout]\n      backchannel_logout_initiators:\n        mode: all\n```\n\n## How to fix\n\nAdd an endpoint to the application that validates Auth0's logout token and ends the session it names (Auth0's web\nSDKs provide one), then set *Applications \u2192 (app) \u2192 Settings \u2192 OpenID Connect Back-Channel Logout* (`oidc_logout`;\nTerraform: the `oidc_logout` block of `auth0_client`), with the initiators that should end sessions (`mode: all`).\n\n## Options\n\nNone.\n";

// rules/require-backchannel-logout/index.ts
var LOGIN_GRANTS = ["authorization_code", "implicit"];
var require_backchannel_logout_default = defineRule({
  meta: {
    id: "require-backchannel-logout",
    description: "Give regular web applications an OIDC back-channel logout URL, so their sessions end with the Auth0 session",
    defaultSeverity: "note",
    category: "clients",
    precision: "high",
    securitySeverity: 3,
    tags: ["security", "clients", "sessions"],
    preset: "strict",
    messages: {
      missing: `Web application "{{name}}" has no back-channel logout URL. When a user's Auth0 session ends (logout elsewhere, a deleted or blocked user, a revoked session), its own session stays open. Set oidc_logout.backchannel_logout_urls to an endpoint that ends the session.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default58
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (!settingsOwnedByTenant(client) || client.appType !== "regular_web") continue;
      if (signsInByFederation(client)) continue;
      if (!LOGIN_GRANTS.some((grantType) => grantTypesInUse(client).includes(grantType))) continue;
      const urls = dig(client.data, "oidc_logout", "backchannel_logout_urls") ?? dig(client.data, "oidc_backchannel_logout", "backchannel_logout_urls");
      if (Array.isArray(urls) && urls.length > 0) continue;
      const path5 = dig(client.data, "oidc_logout", "backchannel_logout_urls") !== void 0 ? "/oidc_logout/backchannel_logout_urls" : client.data.oidc_logout !== void 0 ? "/oidc_logout" : "/app_type";
      report({ entity: client, path: path5, subject: "oidc_logout", messageId: "missing", data: { name: client.name ?? client.key } });
    }
  }
});

// rules/require-custom-domain/README.md
var README_default59 = "# require-custom-domain\n\nServe logins from a verified custom domain with the recommended TLS policy.\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: no (in `strict`) \xB7 Precision: high \xB7 Security severity: 4.0\n\n## What it checks\n\n`customDomains` (API dump: `custom_domains`; Terraform: `auth0_custom_domain`):\n\n- `none`: the list is empty (reported once, at the section).\n- `notReady`: no custom domain is `ready`: each domain whose `status` is `pending_verification`, `pending`, `failed`\n  or `disabled` is reported. A domain without a `status` (Terraform sources, hand-written exports) is not judged,\n  and then no domain is reported.\n- `weakTls`: a domain with `tls_policy: compatible`.\n\nThe rule does not run when the input holds no custom domains section (a Terraform configuration without\n`auth0_custom_domain`, an export that left the section out).\n\n## Why\n\nWithout a custom domain, Universal Login runs on `<tenant>.auth0.com`: users are taught to type their password on a\ndomain that is not yours, which a look-alike can imitate, session cookies belong to Auth0's domain (third-party cookie\nblocking breaks silent authentication), and passkeys are bound to Auth0's host instead of yours (Auth0 docs, *Custom\nDomains*). A domain that never finished verification does nothing. The `compatible` TLS policy accepts TLS 1.0 and\n1.1, which RFC 8996 deprecates; deploy-cli's schema accepts only `recommended` now. Custom domains need a paid plan and\nDNS work, so the rule is in `strict` only. Auth0's own checker reports the first two.\n\n## Incorrect\n\n```yaml\ncustomDomains:\n  - domain: login.example.com\n    type: auth0_managed_certs\n    status: pending_verification\n    tls_policy: compatible\n```\n\n## Correct\n\n```yaml\ncustomDomains:\n  - domain: login.example.com\n    type: auth0_managed_certs\n    status: ready\n    tls_policy: recommended\n```\n\n## How to fix\n\nAdd the domain in *Branding \u2192 Custom Domains*, create the DNS record Auth0 shows and verify it; set the TLS policy to\n*Recommended* (`tls_policy: recommended`). Then point your applications' SDKs at the custom domain, and consider\nblocking the canonical domain ([`block-canonical-domain`](../block-canonical-domain/README.md)).\n\n## Options\n\nNone.\n";

// rules/require-custom-domain/index.ts
var require_custom_domain_default = defineRule({
  meta: {
    id: "require-custom-domain",
    description: "Serve logins from a verified custom domain with the recommended TLS policy",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "high",
    securitySeverity: 4,
    tags: ["security", "tenant", "custom-domain"],
    requires: ["customDomains"],
    preset: "strict",
    messages: {
      none: "The tenant has no custom domain. Users sign in on an auth0.com address they cannot tell from a look-alike, and cookies belong to Auth0's domain. Add a custom domain on your own domain (Branding \u2192 Custom Domains) and use it in your applications.",
      notReady: 'Custom domain "{{name}}" is {{status}}, and no custom domain is ready. Logins still run on the auth0.com domain. Finish its DNS verification (the CNAME or TXT record Auth0 asks for) until its status is ready.',
      weakTls: 'Custom domain "{{name}}" uses tls_policy compatible. It accepts TLS 1.0 and 1.1, which are broken and deprecated. Set tls_policy to recommended (TLS 1.2 and later).'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default59
  },
  check({ tenant, report }) {
    const domains = tenant.posture.customDomains;
    for (const domain of domains) {
      if (domain.data.tls_policy === "compatible") report({ entity: domain, path: "/tls_policy", messageId: "weakTls", data: { name: label(domain) } });
    }
    const origin = tenant.posture.sectionOrigin("customDomains");
    if (domains.length === 0) {
      if (origin) report({ origin, subject: "customDomains", messageId: "none" });
      return;
    }
    if (domains.some((domain) => domain.data.status === "ready" || domain.data.status === void 0)) return;
    for (const domain of domains)
      report({
        entity: domain,
        path: "/status",
        messageId: "notReady",
        data: { name: label(domain), status: asString(domain.data.status) ?? String(domain.data.status) }
      });
  }
});

// src/model/posture/network-acl.ts
var ADDRESS_FIELDS = ["ipv4_cidrs", "ipv6_cidrs", "connecting_ipv4_cidrs", "connecting_ipv6_cidrs"];
function activeAclRules(acls) {
  return acls.filter((acl) => acl.data.active === true).map((acl) => {
    const hostnames = dig(acl.data, "rule", "match", "hostnames");
    return {
      acl,
      scope: typeof dig(acl.data, "rule", "scope") === "string" ? dig(acl.data, "rule", "scope") : void 0,
      blocks: dig(acl.data, "rule", "action", "block") === true,
      allows: dig(acl.data, "rule", "action", "allow") === true,
      matchesAddresses: listsAddresses(dig(acl.data, "rule", "match")),
      exceptAddresses: listsAddresses(dig(acl.data, "rule", "not_match")),
      catchAll: isEmpty(dig(acl.data, "rule", "match")) && isEmpty(dig(acl.data, "rule", "not_match")),
      hostnames: Array.isArray(hostnames) ? hostnames.filter((name) => typeof name === "string").map((name) => name.toLowerCase()) : []
    };
  });
}
function listsAddresses(condition) {
  return ADDRESS_FIELDS.some((field) => {
    const list2 = dig(condition, field);
    return Array.isArray(list2) && list2.length > 0;
  });
}
function isEmpty(condition) {
  return condition === void 0 || condition === null || typeof condition === "object" && Object.keys(condition).length === 0;
}
function hostMatches(pattern, host) {
  if (pattern.startsWith("*.")) return host.endsWith(pattern.slice(1));
  return pattern === host;
}

// rules/block-canonical-domain/README.md
var README_default60 = "# block-canonical-domain\n\nBlock logins on the canonical auth0.com domain once a custom domain is ready.\n\nDefault severity: **warning** \xB7 Category: tenant settings \xB7 In `recommended`: no (in `strict`) \xB7 Precision: medium \xB7 Security severity: 4.0\n\n## What it checks\n\nWhen a custom domain's `status` is `ready`, the network ACLs must hold an active entry with `action.block: true` on\nscope `authentication` (or `tenant`) whose `match.hostnames` names the tenant's canonical domain, exactly or by a\nwildcard (`*.auth0.com`). The canonical domain is `--tenant-domain` when given, else the live audit's domain, a\ndump's `domain`, or the Management API in the data (see the README's *The Management API*).\n\nWhen none of these gives the domain, the rule says what it could decide: an ACL that blocks any auth0.com or\nauth0app.com host counts as blocking; no blocking ACL with hostnames at all is `notBlocked`; blocking ACLs on other\nhosts only are `undecided`, with a finding that asks for `--tenant-domain`. It never guesses the domain.\n\nThe finding points at the ready domain's `status`. The rule needs both the custom domains and the network ACLs\nsections (it does not run when the input holds neither, and decides nothing when one of them is absent). A domain\nwithout a `status` (Terraform sources) is not taken as ready.\n\n## Why\n\nA custom domain only helps if users sign in there: while `<tenant>.auth0.com` still serves Universal Login, phishing\npages and old bookmarks can use it, and what is tied to your domain (first-party cookies, passkeys bound to it, the\nIP header the custom domain forwards, your brand in the address bar) does not apply. Auth0 lets a tenant ACL block\nthe canonical hostname for the authentication endpoints (Auth0 docs, *Tenant Access Control List*, hostname match).\nAuth0's own checker reports a ready custom domain with the canonical domain not blocked. Applications and back ends\nstill calling the canonical domain break once it is blocked, so the rule is in `strict` only.\n\n## Incorrect\n\n```yaml\ncustomDomains:\n  - domain: login.example.com\n    type: auth0_managed_certs\n    status: ready\nnetworkACLs:\n  - description: Block sanctioned countries\n    active: true\n    priority: 1\n    rule:\n      scope: authentication\n      action:\n        block: true\n      match:\n        geo_country_codes: [KP]\n```\n\n## Correct\n\n```yaml\ncustomDomains:\n  - domain: login.example.com\n    type: auth0_managed_certs\n    status: ready\nnetworkACLs:\n  - description: Logins only on login.example.com\n    active: true\n    priority: 1\n    rule:\n      scope: authentication\n      action:\n        block: true\n      match:\n        hostnames: [acme.eu.auth0.com]\n```\n\n## How to fix\n\nMove every application and SDK to the custom domain first (its `domain` setting), then add a network ACL on scope\n`authentication` that blocks the canonical hostname (`match.hostnames: [<tenant>.<region>.auth0.com]`), starting\nwith the `log` action to see who still uses it. Keep the Management API on the canonical domain: use scope\n`authentication`, not `tenant`.\n\n## Options\n\nNone.\n";

// rules/block-canonical-domain/index.ts
var LOGIN_SCOPES = ["authentication", "tenant"];
var AUTH0_HOST = /(?:^|\.)auth0(?:app)?\.com$/;
var block_canonical_domain_default = defineRule({
  meta: {
    id: "block-canonical-domain",
    description: "Block logins on the canonical auth0.com domain once a custom domain is ready",
    defaultSeverity: "warning",
    category: "tenant",
    precision: "medium",
    securitySeverity: 4,
    tags: ["security", "tenant", "custom-domain", "network"],
    requires: ["customDomains", "networkACLs"],
    preset: "strict",
    messages: {
      notBlocked: `The canonical domain{{domain}} still serves logins beside custom domain "{{name}}". Phishing pages and old links can use it, and protections tied to your domain (cookies, passkeys, the custom domain's header) do not apply there. Add a network ACL on scope authentication that blocks the canonical hostname.`,
      undecided: `Cannot tell whether the canonical domain is blocked beside custom domain "{{name}}". The tenant's domain is not in the data, and no ACL blocks an auth0.com host. Run with --tenant-domain <tenant>.auth0.com to decide.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default60
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    if (!posture.known.has("customDomains") || !posture.known.has("networkACLs")) return;
    const ready = posture.customDomains.find((domain2) => domain2.data.status === "ready");
    if (!ready) return;
    const hostnames = activeAclRules(posture.networkAcls).filter((rule) => rule.blocks && rule.scope !== void 0 && LOGIN_SCOPES.includes(rule.scope)).flatMap((rule) => rule.hostnames);
    const domain = tenant.domain;
    const name = label(ready);
    if (domain !== void 0) {
      if (!hostnames.some((pattern) => hostMatches(pattern, domain)))
        report({ entity: ready, path: "/status", subject: "canonical-domain", messageId: "notBlocked", data: { name, domain: ` ${domain}` } });
      return;
    }
    if (hostnames.some((pattern) => AUTH0_HOST.test(pattern))) return;
    const messageId = hostnames.length === 0 ? "notBlocked" : "undecided";
    report({ entity: ready, path: "/status", subject: "canonical-domain", messageId, data: { name, domain: "" } });
  }
});

// rules/require-network-acls/README.md
var README_default61 = "# require-network-acls\n\nControl network access to the tenant with active network ACLs, and allow the Management API only from known addresses.\n\nDefault severity: **note** \xB7 Category: tenant settings \xB7 In `recommended`: no (in `strict`) \xB7 Precision: medium \xB7 Security severity: 3.0\n\n## What it checks\n\n`networkACLs` (API dump: `network_acls`; Terraform: `auth0_network_acl`):\n\n- `none`: the list is empty (reported once, at the section).\n- `inactive`: each entry with `active: false`.\n- `managementOpen`: no active entry on scope `management` (or `tenant`) keeps the Management API to known\n  addresses. Counted as doing so: an entry that blocks with `not_match` listing address ranges (`ipv4_cidrs`,\n  `ipv6_cidrs`, `connecting_ipv4_cidrs`, `connecting_ipv6_cidrs`), or an entry that allows address ranges together\n  with an entry that blocks every other request (a `block` with no `match` or `not_match`). Reported once, at the\n  section.\n\nThe rule does not run when the input holds no network ACL section.\n\n## Why\n\nTenant network ACLs let Auth0 block, allow, log or redirect requests by IP range, country, ASN, hostname, user agent\nor TLS fingerprint before they reach the login or the Management API (Auth0 docs, *Tenant Access Control List*).\nThe Management API is usually called only from a few places (CI, your back ends), so limiting it to those addresses\nmakes a leaked client secret or token useless elsewhere. Requests that match no entry are allowed, so an entry that\nonly *allows* office addresses restricts nothing on its own; Auth0's own checker counts such an entry, this rule\nneeds the block that makes it a restriction. An inactive entry looks like protection and gives none. Network ACLs\nneed an Enterprise plan, so the rule is a note in `strict` only.\n\n## Incorrect\n\n```yaml\nnetworkACLs:\n  - description: Office only\n    active: false\n    priority: 1\n    rule:\n      scope: management\n      action:\n        allow: true\n      match:\n        ipv4_cidrs: [203.0.113.0/24]\n```\n\n## Correct\n\n```yaml\nnetworkACLs:\n  - description: Management API from the office and CI only\n    active: true\n    priority: 1\n    rule:\n      scope: management\n      action:\n        block: true\n      not_match:\n        ipv4_cidrs: [203.0.113.0/24, 198.51.100.7]\n```\n\n## How to fix\n\nIn *Security \u2192 Network ACL* (or `networkACLs` in the export; Terraform: `auth0_network_acl`), add an entry on scope\n`management` that blocks requests whose address is not in your ranges (`not_match.ipv4_cidrs`), and set entries you\nrely on `active: true`. Test with the `log` action first: an entry that blocks your own deployment tooling locks it out.\n\n## Options\n\nNone.\n";

// rules/require-network-acls/index.ts
var MANAGEMENT_SCOPES = ["management", "tenant"];
var require_network_acls_default = defineRule({
  meta: {
    id: "require-network-acls",
    description: "Control network access to the tenant with active network ACLs, and allow the Management API only from known addresses",
    defaultSeverity: "note",
    category: "tenant",
    precision: "medium",
    securitySeverity: 3,
    tags: ["security", "tenant", "network"],
    requires: ["networkACLs"],
    preset: "strict",
    messages: {
      none: "The tenant has no network ACL. Nothing limits who reaches its login or its Management API by address, country or client. Add network ACLs (Security \u2192 Network ACL) for the traffic your tenant should not serve.",
      inactive: 'Network ACL "{{name}}" is inactive. It protects nothing while active is false. Set it active, or delete it if it is not needed.',
      managementOpen: "No active network ACL limits the Management API to known addresses. A leaked Management API credential works from anywhere. Add an ACL on scope management that blocks requests whose addresses are not in your ranges (not_match with ipv4_cidrs)."
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default61
  },
  check({ tenant, report }) {
    const acls = tenant.posture.networkAcls;
    const origin = tenant.posture.sectionOrigin("networkACLs");
    if (acls.length === 0) {
      if (origin) report({ origin, subject: "networkACLs", messageId: "none" });
      return;
    }
    for (const acl of acls) if (acl.data.active === false) report({ entity: acl, path: "/active", messageId: "inactive", data: { name: label(acl) } });
    const management = activeAclRules(acls).filter((rule) => rule.scope !== void 0 && MANAGEMENT_SCOPES.includes(rule.scope));
    const blocksOthers = management.some((rule) => rule.blocks && rule.exceptAddresses);
    const allowsThenBlocks = management.some((rule) => rule.allows && rule.matchesAddresses) && management.some((rule) => rule.blocks && rule.catchAll);
    if (!blocksOthers && !allowsThenBlocks && origin) report({ origin, subject: "networkACLs:management", messageId: "managementOpen" });
  }
});

// src/model/posture/action-triggers.ts
function actionsOnTrigger(actions, trigger) {
  return actions.filter((action) => {
    const triggers = action.data.supported_triggers;
    if (!Array.isArray(triggers) || !triggers.some((entry) => isRecord(entry) && entry.id === trigger)) return false;
    return action.data.deployed !== false && (action.data.status === void 0 || action.data.status === "built");
  });
}

// node_modules/acorn/dist/acorn.mjs
var astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
var astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
var nonASCIIidentifierChars = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
var nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
var reservedWords = {
  3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",
  5: "class enum extends super const export import",
  6: "enum",
  strict: "implements interface let package private protected public static yield",
  strictBind: "eval arguments"
};
var ecma5AndLessKeywords = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
var keywords$1 = {
  5: ecma5AndLessKeywords,
  "5module": ecma5AndLessKeywords + " export import",
  6: ecma5AndLessKeywords + " const class extends export import super"
};
var keywordRelationalOperator = /^in(stanceof)?$/;
var nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]");
var nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
function isInAstralSet(code, set) {
  var pos = 65536;
  for (var i = 0; i < set.length; i += 2) {
    pos += set[i];
    if (pos > code) {
      return false;
    }
    pos += set[i + 1];
    if (pos >= code) {
      return true;
    }
  }
  return false;
}
function isIdentifierStart(code, astral) {
  if (code < 65) {
    return code === 36;
  }
  if (code < 91) {
    return true;
  }
  if (code < 97) {
    return code === 95;
  }
  if (code < 123) {
    return true;
  }
  if (code <= 65535) {
    return code >= 170 && nonASCIIidentifierStart.test(String.fromCharCode(code));
  }
  if (astral === false) {
    return false;
  }
  return isInAstralSet(code, astralIdentifierStartCodes);
}
function isIdentifierChar(code, astral) {
  if (code < 48) {
    return code === 36;
  }
  if (code < 58) {
    return true;
  }
  if (code < 65) {
    return false;
  }
  if (code < 91) {
    return true;
  }
  if (code < 97) {
    return code === 95;
  }
  if (code < 123) {
    return true;
  }
  if (code <= 65535) {
    return code >= 170 && nonASCIIidentifier.test(String.fromCharCode(code));
  }
  if (astral === false) {
    return false;
  }
  return isInAstralSet(code, astralIdentifierStartCodes) || isInAstralSet(code, astralIdentifierCodes);
}
var TokenType = function TokenType2(label2, conf) {
  if (conf === void 0) conf = {};
  this.label = label2;
  this.keyword = conf.keyword;
  this.beforeExpr = !!conf.beforeExpr;
  this.startsExpr = !!conf.startsExpr;
  this.isLoop = !!conf.isLoop;
  this.isAssign = !!conf.isAssign;
  this.prefix = !!conf.prefix;
  this.postfix = !!conf.postfix;
  this.binop = conf.binop || null;
  this.updateContext = null;
};
function binop(name, prec) {
  return new TokenType(name, { beforeExpr: true, binop: prec });
}
var beforeExpr = { beforeExpr: true };
var startsExpr = { startsExpr: true };
var keywords = {};
function kw(name, options) {
  if (options === void 0) options = {};
  options.keyword = name;
  return keywords[name] = new TokenType(name, options);
}
var types$1 = {
  num: new TokenType("num", startsExpr),
  regexp: new TokenType("regexp", startsExpr),
  string: new TokenType("string", startsExpr),
  name: new TokenType("name", startsExpr),
  privateId: new TokenType("privateId", startsExpr),
  eof: new TokenType("eof"),
  // Punctuation token types.
  bracketL: new TokenType("[", { beforeExpr: true, startsExpr: true }),
  bracketR: new TokenType("]"),
  braceL: new TokenType("{", { beforeExpr: true, startsExpr: true }),
  braceR: new TokenType("}"),
  parenL: new TokenType("(", { beforeExpr: true, startsExpr: true }),
  parenR: new TokenType(")"),
  comma: new TokenType(",", beforeExpr),
  semi: new TokenType(";", beforeExpr),
  colon: new TokenType(":", beforeExpr),
  dot: new TokenType("."),
  question: new TokenType("?", beforeExpr),
  questionDot: new TokenType("?."),
  arrow: new TokenType("=>", beforeExpr),
  template: new TokenType("template"),
  invalidTemplate: new TokenType("invalidTemplate"),
  ellipsis: new TokenType("...", beforeExpr),
  backQuote: new TokenType("`", startsExpr),
  dollarBraceL: new TokenType("${", { beforeExpr: true, startsExpr: true }),
  // Operators. These carry several kinds of properties to help the
  // parser use them properly (the presence of these properties is
  // what categorizes them as operators).
  //
  // `binop`, when present, specifies that this operator is a binary
  // operator, and will refer to its precedence.
  //
  // `prefix` and `postfix` mark the operator as a prefix or postfix
  // unary operator.
  //
  // `isAssign` marks all of `=`, `+=`, `-=` etcetera, which act as
  // binary operators with a very low precedence, that should result
  // in AssignmentExpression nodes.
  eq: new TokenType("=", { beforeExpr: true, isAssign: true }),
  assign: new TokenType("_=", { beforeExpr: true, isAssign: true }),
  incDec: new TokenType("++/--", { prefix: true, postfix: true, startsExpr: true }),
  prefix: new TokenType("!/~", { beforeExpr: true, prefix: true, startsExpr: true }),
  logicalOR: binop("||", 1),
  logicalAND: binop("&&", 2),
  bitwiseOR: binop("|", 3),
  bitwiseXOR: binop("^", 4),
  bitwiseAND: binop("&", 5),
  equality: binop("==/!=/===/!==", 6),
  relational: binop("</>/<=/>=", 7),
  bitShift: binop("<</>>/>>>", 8),
  plusMin: new TokenType("+/-", { beforeExpr: true, binop: 9, prefix: true, startsExpr: true }),
  modulo: binop("%", 10),
  star: binop("*", 10),
  slash: binop("/", 10),
  starstar: new TokenType("**", { beforeExpr: true }),
  coalesce: binop("??", 1),
  // Keyword token types.
  _break: kw("break"),
  _case: kw("case", beforeExpr),
  _catch: kw("catch"),
  _continue: kw("continue"),
  _debugger: kw("debugger"),
  _default: kw("default", beforeExpr),
  _do: kw("do", { isLoop: true, beforeExpr: true }),
  _else: kw("else", beforeExpr),
  _finally: kw("finally"),
  _for: kw("for", { isLoop: true }),
  _function: kw("function", startsExpr),
  _if: kw("if"),
  _return: kw("return", beforeExpr),
  _switch: kw("switch"),
  _throw: kw("throw", beforeExpr),
  _try: kw("try"),
  _var: kw("var"),
  _const: kw("const"),
  _while: kw("while", { isLoop: true }),
  _with: kw("with"),
  _new: kw("new", { beforeExpr: true, startsExpr: true }),
  _this: kw("this", startsExpr),
  _super: kw("super", startsExpr),
  _class: kw("class", startsExpr),
  _extends: kw("extends", beforeExpr),
  _export: kw("export"),
  _import: kw("import", startsExpr),
  _null: kw("null", startsExpr),
  _true: kw("true", startsExpr),
  _false: kw("false", startsExpr),
  _in: kw("in", { beforeExpr: true, binop: 7 }),
  _instanceof: kw("instanceof", { beforeExpr: true, binop: 7 }),
  _typeof: kw("typeof", { beforeExpr: true, prefix: true, startsExpr: true }),
  _void: kw("void", { beforeExpr: true, prefix: true, startsExpr: true }),
  _delete: kw("delete", { beforeExpr: true, prefix: true, startsExpr: true })
};
var lineBreak = /\r\n?|\n|\u2028|\u2029/;
var lineBreakG = new RegExp(lineBreak.source, "g");
function isNewLine(code) {
  return code === 10 || code === 13 || code === 8232 || code === 8233;
}
function nextLineBreak(code, from, end) {
  if (end === void 0) end = code.length;
  for (var i = from; i < end; i++) {
    var next = code.charCodeAt(i);
    if (isNewLine(next)) {
      return i < end - 1 && next === 13 && code.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
  }
  return -1;
}
var nonASCIIwhitespace = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
var skipWhiteSpace = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
var ref = Object.prototype;
var hasOwnProperty = ref.hasOwnProperty;
var toString = ref.toString;
var hasOwn = Object.hasOwn || (function(obj, propName) {
  return hasOwnProperty.call(obj, propName);
});
var isArray = Array.isArray || (function(obj) {
  return toString.call(obj) === "[object Array]";
});
var regexpCache = /* @__PURE__ */ Object.create(null);
function wordsRegexp(words) {
  return regexpCache[words] || (regexpCache[words] = new RegExp("^(?:" + words.replace(/ /g, "|") + ")$"));
}
function codePointToString(code) {
  if (code <= 65535) {
    return String.fromCharCode(code);
  }
  code -= 65536;
  return String.fromCharCode((code >> 10) + 55296, (code & 1023) + 56320);
}
var loneSurrogate = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
var Position = function Position2(line, col) {
  this.line = line;
  this.column = col;
};
Position.prototype.offset = function offset(n) {
  return new Position(this.line, this.column + n);
};
var SourceLocation = function SourceLocation2(p, start, end) {
  this.start = start;
  this.end = end;
  if (p.sourceFile !== null) {
    this.source = p.sourceFile;
  }
};
function getLineInfo(input, offset2) {
  for (var line = 1, cur = 0; ; ) {
    var nextBreak = nextLineBreak(input, cur, offset2);
    if (nextBreak < 0) {
      return new Position(line, offset2 - cur);
    }
    ++line;
    cur = nextBreak;
  }
}
var defaultOptions = {
  // `ecmaVersion` indicates the ECMAScript version to parse. Must be
  // either 3, 5, 6 (or 2015), 7 (2016), 8 (2017), 9 (2018), 10
  // (2019), 11 (2020), 12 (2021), 13 (2022), 14 (2023), or `"latest"`
  // (the latest version the library supports). This influences
  // support for strict mode, the set of reserved words, and support
  // for new syntax features.
  ecmaVersion: null,
  // `sourceType` indicates the mode the code should be parsed in.
  // Can be either `"script"`, `"module"` or `"commonjs"`. This influences global
  // strict mode and parsing of `import` and `export` declarations.
  sourceType: "script",
  // When set to true, enable strict parsing mode even if `sourceType`
  // is `"script"`.
  strict: false,
  // `onInsertedSemicolon` can be a callback that will be called when
  // a semicolon is automatically inserted. It will be passed the
  // position of the inserted semicolon as an offset, and if
  // `locations` is enabled, it is given the location as a `{line,
  // column}` object as second argument.
  onInsertedSemicolon: null,
  // `onTrailingComma` is similar to `onInsertedSemicolon`, but for
  // trailing commas.
  onTrailingComma: null,
  // By default, reserved words are only enforced if ecmaVersion >= 5.
  // Set `allowReserved` to a boolean value to explicitly turn this on
  // an off. When this option has the value "never", reserved words
  // and keywords can also not be used as property names.
  allowReserved: null,
  // When enabled, a return at the top level is not considered an
  // error.
  allowReturnOutsideFunction: false,
  // When enabled, import/export statements are not constrained to
  // appearing at the top of the program, and an import.meta expression
  // in a script isn't considered an error.
  allowImportExportEverywhere: false,
  // By default, await identifiers are allowed to appear at the top-level scope only if ecmaVersion >= 2022.
  // When enabled, await identifiers are allowed to appear at the top-level scope,
  // but they are still not allowed in non-async functions.
  allowAwaitOutsideFunction: null,
  // When enabled, super identifiers are not constrained to
  // appearing in methods and do not raise an error when they appear elsewhere.
  allowSuperOutsideMethod: null,
  // When enabled, hashbang directive in the beginning of file is
  // allowed and treated as a line comment. Enabled by default when
  // `ecmaVersion` >= 2023.
  allowHashBang: false,
  // By default, the parser will verify that private properties are
  // only used in places where they are valid and have been declared.
  // Set this to false to turn such checks off.
  checkPrivateFields: true,
  // When `locations` is on, `loc` properties holding objects with
  // `start` and `end` properties in `{line, column}` form (with
  // line being 1-based and column 0-based) will be attached to the
  // nodes.
  locations: false,
  // Pass an optional `{line, column}` object to use for the start of
  // the parse. This is mostly useful when using `parseExpressionAt`
  // with `locations: true`, to prevent the parser from having to
  // determine the line position at the start position.
  startLocation: null,
  // A function can be passed as `onToken` option, which will
  // cause Acorn to call that function with object in the same
  // format as tokens returned from `tokenizer().getToken()`. Note
  // that you are not allowed to call the parser from the
  // callback—that will corrupt its internal state.
  onToken: null,
  // A function can be passed as `onComment` option, which will
  // cause Acorn to call that function with `(block, text, start,
  // end)` parameters whenever a comment is skipped. `block` is a
  // boolean indicating whether this is a block (`/* */`) comment,
  // `text` is the content of the comment, and `start` and `end` are
  // character offsets that denote the start and end of the comment.
  // When the `locations` option is on, two more parameters are
  // passed, the full `{line, column}` locations of the start and
  // end of the comments. Note that you are not allowed to call the
  // parser from the callback—that will corrupt its internal state.
  // When this option has an array as value, objects representing the
  // comments are pushed to it.
  onComment: null,
  // Nodes have their start and end characters offsets recorded in
  // `start` and `end` properties (directly on the node, rather than
  // the `loc` object, which holds line/column data. To also add a
  // [semi-standardized][range] `range` property holding a `[start,
  // end]` array with the same numbers, set the `ranges` option to
  // `true`.
  //
  // [range]: https://bugzilla.mozilla.org/show_bug.cgi?id=745678
  ranges: false,
  // It is possible to parse multiple files into a single AST by
  // passing the tree produced by parsing the first file as
  // `program` option in subsequent parses. This will add the
  // toplevel forms of the parsed file to the `Program` (top) node
  // of an existing parse tree.
  program: null,
  // When `locations` is on, you can pass this to record the source
  // file in every node's `loc` object.
  sourceFile: null,
  // This value, if given, is stored in every node, whether
  // `locations` is on or off.
  directSourceFile: null,
  // When enabled, parenthesized expressions are represented by
  // (non-standard) ParenthesizedExpression nodes
  preserveParens: false
};
var warnedAboutEcmaVersion = false;
function getOptions(opts) {
  var options = {};
  for (var opt in defaultOptions) {
    options[opt] = opts && hasOwn(opts, opt) ? opts[opt] : defaultOptions[opt];
  }
  if (options.ecmaVersion === "latest") {
    options.ecmaVersion = 1e8;
  } else if (options.ecmaVersion == null) {
    if (!warnedAboutEcmaVersion && typeof console === "object" && console.warn) {
      warnedAboutEcmaVersion = true;
      console.warn("Since Acorn 8.0.0, options.ecmaVersion is required.\nDefaulting to 2020, but this will stop working in the future.");
    }
    options.ecmaVersion = 11;
  } else if (options.ecmaVersion >= 2015) {
    options.ecmaVersion -= 2009;
  }
  if (options.allowReserved == null) {
    options.allowReserved = options.ecmaVersion < 5;
  }
  if (!opts || opts.allowHashBang == null) {
    options.allowHashBang = options.ecmaVersion >= 14;
  }
  if (isArray(options.onToken)) {
    var tokens = options.onToken;
    options.onToken = function(token) {
      return tokens.push(token);
    };
  }
  if (isArray(options.onComment)) {
    options.onComment = pushComment(options, options.onComment);
  }
  if (options.sourceType === "commonjs" && options.allowAwaitOutsideFunction) {
    throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
  }
  return options;
}
function pushComment(options, array) {
  return function(block, text, start, end, startLoc, endLoc) {
    var comment = {
      type: block ? "Block" : "Line",
      value: text,
      start,
      end
    };
    if (options.locations) {
      comment.loc = new SourceLocation(this, startLoc, endLoc);
    }
    if (options.ranges) {
      comment.range = [start, end];
    }
    array.push(comment);
  };
}
var SCOPE_TOP = 1;
var SCOPE_FUNCTION = 2;
var SCOPE_ASYNC = 4;
var SCOPE_GENERATOR = 8;
var SCOPE_ARROW = 16;
var SCOPE_SIMPLE_CATCH = 32;
var SCOPE_SUPER = 64;
var SCOPE_DIRECT_SUPER = 128;
var SCOPE_CLASS_STATIC_BLOCK = 256;
var SCOPE_CLASS_FIELD_INIT = 512;
var SCOPE_SWITCH = 1024;
var SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK;
function functionFlags(async, generator) {
  return SCOPE_FUNCTION | (async ? SCOPE_ASYNC : 0) | (generator ? SCOPE_GENERATOR : 0);
}
var BIND_NONE = 0;
var BIND_VAR = 1;
var BIND_LEXICAL = 2;
var BIND_FUNCTION = 3;
var BIND_SIMPLE_CATCH = 4;
var BIND_OUTSIDE = 5;
var Parser = function Parser2(options, input, startPos) {
  this.options = options = getOptions(options);
  this.sourceFile = options.sourceFile;
  this.keywords = wordsRegexp(keywords$1[options.ecmaVersion >= 6 ? 6 : options.sourceType === "module" ? "5module" : 5]);
  var reserved = "";
  if (options.allowReserved !== true) {
    reserved = reservedWords[options.ecmaVersion >= 6 ? 6 : options.ecmaVersion === 5 ? 5 : 3];
    if (options.sourceType === "module") {
      reserved += " await";
    }
  }
  this.reservedWords = wordsRegexp(reserved);
  var reservedStrict = (reserved ? reserved + " " : "") + reservedWords.strict;
  this.reservedWordsStrict = wordsRegexp(reservedStrict);
  this.reservedWordsStrictBind = wordsRegexp(reservedStrict + " " + reservedWords.strictBind);
  this.input = String(input);
  this.containsEsc = false;
  this.pos = startPos || 0;
  this.curLine = 1;
  if (options.startLocation) {
    this.lineStart = this.pos - options.startLocation.column;
    this.curLine = options.startLocation.line;
  } else if (startPos) {
    this.lineStart = this.input.lastIndexOf("\n", startPos - 1) + 1;
    if (this.options.locations) {
      this.curLine = this.input.slice(0, this.lineStart).split(lineBreak).length;
    }
  } else {
    this.lineStart = 0;
  }
  this.type = types$1.eof;
  this.value = null;
  this.start = this.end = this.pos;
  this.startLoc = this.endLoc = this.curPosition();
  this.lastTokEndLoc = this.lastTokStartLoc = null;
  this.lastTokStart = this.lastTokEnd = this.pos;
  this.context = this.initialContext();
  this.exprAllowed = true;
  this.inModule = options.sourceType === "module";
  this.strict = this.inModule || options.strict === true || this.strictDirective(this.pos);
  this.potentialArrowAt = -1;
  this.potentialArrowInForAwait = false;
  this.yieldPos = this.awaitPos = this.awaitIdentPos = 0;
  this.labels = [];
  this.undefinedExports = /* @__PURE__ */ Object.create(null);
  if (this.pos === 0 && options.allowHashBang && this.input.slice(0, 2) === "#!") {
    this.skipLineComment(2);
  }
  this.scopeStack = [];
  this.enterScope(
    this.options.sourceType === "commonjs" ? SCOPE_FUNCTION : SCOPE_TOP
  );
  this.regexpState = null;
  this.privateNameStack = [];
};
var prototypeAccessors = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
Parser.prototype.parse = function parse() {
  var this$1$1 = this;
  var node = this.options.program || this.startNode();
  this.nextToken();
  return this.catchStackOverflow(function() {
    return this$1$1.parseTopLevel(node);
  });
};
prototypeAccessors.inFunction.get = function() {
  return (this.currentVarScope().flags & SCOPE_FUNCTION) > 0;
};
prototypeAccessors.inGenerator.get = function() {
  return (this.currentVarScope().flags & SCOPE_GENERATOR) > 0;
};
prototypeAccessors.inAsync.get = function() {
  return (this.currentVarScope().flags & SCOPE_ASYNC) > 0;
};
prototypeAccessors.canAwait.get = function() {
  for (var i = this.scopeStack.length - 1; i >= 0; i--) {
    var ref2 = this.scopeStack[i];
    var flags = ref2.flags;
    if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) {
      return false;
    }
    if (flags & SCOPE_FUNCTION) {
      return (flags & SCOPE_ASYNC) > 0;
    }
  }
  return this.inModule && this.options.ecmaVersion >= 13 || this.options.allowAwaitOutsideFunction;
};
prototypeAccessors.allowReturn.get = function() {
  if (this.inFunction) {
    return true;
  }
  if (this.options.allowReturnOutsideFunction && this.currentVarScope().flags & SCOPE_TOP) {
    return true;
  }
  return false;
};
prototypeAccessors.allowSuper.get = function() {
  var ref2 = this.currentThisScope();
  var flags = ref2.flags;
  return (flags & SCOPE_SUPER) > 0 || this.options.allowSuperOutsideMethod;
};
prototypeAccessors.allowDirectSuper.get = function() {
  return (this.currentThisScope().flags & SCOPE_DIRECT_SUPER) > 0;
};
prototypeAccessors.treatFunctionsAsVar.get = function() {
  return this.treatFunctionsAsVarInScope(this.currentScope());
};
prototypeAccessors.allowNewDotTarget.get = function() {
  for (var i = this.scopeStack.length - 1; i >= 0; i--) {
    var ref2 = this.scopeStack[i];
    var flags = ref2.flags;
    if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT) || flags & SCOPE_FUNCTION && !(flags & SCOPE_ARROW)) {
      return true;
    }
  }
  return false;
};
prototypeAccessors.allowUsing.get = function() {
  var ref2 = this.currentScope();
  var flags = ref2.flags;
  if (flags & SCOPE_SWITCH) {
    return false;
  }
  if (!this.inModule && flags & SCOPE_TOP) {
    return false;
  }
  return true;
};
prototypeAccessors.inClassStaticBlock.get = function() {
  return (this.currentVarScope().flags & SCOPE_CLASS_STATIC_BLOCK) > 0;
};
Parser.extend = function extend() {
  var plugins = [], len = arguments.length;
  while (len--) plugins[len] = arguments[len];
  var cls = this;
  for (var i = 0; i < plugins.length; i++) {
    cls = plugins[i](cls);
  }
  return cls;
};
Parser.parse = function parse2(input, options) {
  return new this(options, input).parse();
};
Parser.parseExpressionAt = function parseExpressionAt(input, pos, options) {
  var parser = new this(options, input, pos);
  parser.nextToken();
  return parser.parseExpression();
};
Parser.tokenizer = function tokenizer(input, options) {
  return new this(options, input);
};
Object.defineProperties(Parser.prototype, prototypeAccessors);
var pp$9 = Parser.prototype;
var literal = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
pp$9.strictDirective = function(start) {
  if (this.options.ecmaVersion < 5) {
    return false;
  }
  for (; ; ) {
    skipWhiteSpace.lastIndex = start;
    start += skipWhiteSpace.exec(this.input)[0].length;
    var match = literal.exec(this.input.slice(start));
    if (!match) {
      return false;
    }
    if ((match[1] || match[2]) === "use strict") {
      skipWhiteSpace.lastIndex = start + match[0].length;
      var spaceAfter = skipWhiteSpace.exec(this.input), end = spaceAfter.index + spaceAfter[0].length;
      var next = this.input.charAt(end);
      return next === ";" || next === "}" || lineBreak.test(spaceAfter[0]) && !(/[(`.[+\-/*%<>=,?^&]/.test(next) || next === "!" && this.input.charAt(end + 1) === "=" || next === "i" && keywordOpAt(this, end));
    }
    start += match[0].length;
    skipWhiteSpace.lastIndex = start;
    start += skipWhiteSpace.exec(this.input)[0].length;
    if (this.input[start] === ";") {
      start++;
    }
  }
};
function keywordOpAt(parser, pos) {
  var end = pos + 1, stop = Math.min(parser.input.length, pos + 11);
  while (end < stop) {
    var ch = parser.fullCharCodeAt(end);
    if (!isIdentifierChar(ch, true)) {
      break;
    }
    end += ch <= 65535 ? 1 : 2;
  }
  return end === pos + 2 && parser.input.slice(pos, end) === "in" || end === pos + 10 && parser.input.slice(pos, end) === "instanceof";
}
pp$9.eat = function(type) {
  if (this.type === type) {
    this.next();
    return true;
  } else {
    return false;
  }
};
pp$9.isContextual = function(name) {
  return this.type === types$1.name && this.value === name && !this.containsEsc;
};
pp$9.eatContextual = function(name) {
  if (!this.isContextual(name)) {
    return false;
  }
  this.next();
  return true;
};
pp$9.catchStackOverflow = function(f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof Error && (/\bstack\b.*\b(exceeded|overflow)\b/i.test(e.message) || /\btoo much recursion\b/i.test(e.message))) {
      this.raise(this.start, "Not enough stack space to parse input");
    } else {
      throw e;
    }
  }
};
pp$9.expectContextual = function(name) {
  if (!this.eatContextual(name)) {
    this.unexpected();
  }
};
pp$9.canInsertSemicolon = function() {
  return this.type === types$1.eof || this.type === types$1.braceR || lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
};
pp$9.insertSemicolon = function() {
  if (this.canInsertSemicolon()) {
    if (this.options.onInsertedSemicolon) {
      this.options.onInsertedSemicolon(this.lastTokEnd, this.lastTokEndLoc);
    }
    return true;
  }
};
pp$9.semicolon = function() {
  if (!this.eat(types$1.semi) && !this.insertSemicolon()) {
    this.unexpected();
  }
};
pp$9.afterTrailingComma = function(tokType, notNext) {
  if (this.type === tokType) {
    if (this.options.onTrailingComma) {
      this.options.onTrailingComma(this.lastTokStart, this.lastTokStartLoc);
    }
    if (!notNext) {
      this.next();
    }
    return true;
  }
};
pp$9.expect = function(type) {
  this.eat(type) || this.unexpected();
};
pp$9.unexpected = function(pos) {
  this.raise(pos != null ? pos : this.start, "Unexpected token");
};
var DestructuringErrors = function DestructuringErrors2() {
  this.shorthandAssign = this.trailingComma = this.parenthesizedAssign = this.parenthesizedBind = this.doubleProto = -1;
};
pp$9.checkPatternErrors = function(refDestructuringErrors, isAssign) {
  if (!refDestructuringErrors) {
    return;
  }
  if (refDestructuringErrors.trailingComma > -1) {
    this.raiseRecoverable(refDestructuringErrors.trailingComma, "Comma is not permitted after the rest element");
  }
  var parens = isAssign ? refDestructuringErrors.parenthesizedAssign : refDestructuringErrors.parenthesizedBind;
  if (parens > -1) {
    this.raiseRecoverable(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
  }
};
pp$9.checkExpressionErrors = function(refDestructuringErrors, andThrow) {
  if (!refDestructuringErrors) {
    return false;
  }
  var shorthandAssign = refDestructuringErrors.shorthandAssign;
  var doubleProto = refDestructuringErrors.doubleProto;
  if (!andThrow) {
    return shorthandAssign >= 0 || doubleProto >= 0;
  }
  if (shorthandAssign >= 0) {
    this.raise(shorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
  }
  if (doubleProto >= 0) {
    this.raiseRecoverable(doubleProto, "Redefinition of __proto__ property");
  }
};
pp$9.checkYieldAwaitInDefaultParams = function() {
  if (this.yieldPos && (!this.awaitPos || this.yieldPos < this.awaitPos)) {
    this.raise(this.yieldPos, "Yield expression cannot be a default value");
  }
  if (this.awaitPos) {
    this.raise(this.awaitPos, "Await expression cannot be a default value");
  }
};
pp$9.isSimpleAssignTarget = function(expr) {
  if (expr.type === "ParenthesizedExpression") {
    return this.isSimpleAssignTarget(expr.expression);
  }
  return expr.type === "Identifier" || expr.type === "MemberExpression";
};
var pp$8 = Parser.prototype;
pp$8.parseTopLevel = function(node) {
  var exports$1 = /* @__PURE__ */ Object.create(null);
  if (!node.body) {
    node.body = [];
  }
  while (this.type !== types$1.eof) {
    var stmt = this.parseStatement(null, true, exports$1);
    node.body.push(stmt);
  }
  if (this.inModule) {
    for (var i = 0, list2 = Object.keys(this.undefinedExports); i < list2.length; i += 1) {
      var name = list2[i];
      this.raiseRecoverable(this.undefinedExports[name].start, "Export '" + name + "' is not defined");
    }
  }
  this.adaptDirectivePrologue(node.body);
  this.next();
  node.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType;
  return this.finishNode(node, "Program");
};
var loopLabel = { kind: "loop" };
var switchLabel = { kind: "switch" };
pp$8.isLet = function(context) {
  if (this.options.ecmaVersion < 6 || !this.isContextual("let")) {
    return false;
  }
  skipWhiteSpace.lastIndex = this.pos;
  var skip = skipWhiteSpace.exec(this.input);
  var next = this.pos + skip[0].length, nextCh = this.fullCharCodeAt(next);
  if (nextCh === 91 || nextCh === 92) {
    return true;
  }
  if (context) {
    return false;
  }
  if (nextCh === 123) {
    return true;
  }
  if (isIdentifierStart(nextCh)) {
    var start = next;
    do {
      next += nextCh <= 65535 ? 1 : 2;
    } while (isIdentifierChar(nextCh = this.fullCharCodeAt(next)));
    if (nextCh === 92) {
      return true;
    }
    var ident = this.input.slice(start, next);
    if (!keywordRelationalOperator.test(ident)) {
      return true;
    }
  }
  return false;
};
pp$8.isAsyncFunction = function() {
  if (this.options.ecmaVersion < 8 || !this.isContextual("async")) {
    return false;
  }
  skipWhiteSpace.lastIndex = this.pos;
  var skip = skipWhiteSpace.exec(this.input);
  var next = this.pos + skip[0].length, after;
  return !lineBreak.test(this.input.slice(this.pos, next)) && this.input.slice(next, next + 8) === "function" && (next + 8 === this.input.length || !(isIdentifierChar(after = this.fullCharCodeAt(next + 8)) || after === 92));
};
pp$8.isUsingKeyword = function(isAwaitUsing, isFor) {
  if (this.options.ecmaVersion < 17 || !this.isContextual(isAwaitUsing ? "await" : "using")) {
    return false;
  }
  skipWhiteSpace.lastIndex = this.pos;
  var skip = skipWhiteSpace.exec(this.input);
  var next = this.pos + skip[0].length;
  if (lineBreak.test(this.input.slice(this.pos, next))) {
    return false;
  }
  if (isAwaitUsing) {
    var usingEndPos = next + 5, after;
    if (this.input.slice(next, usingEndPos) !== "using" || usingEndPos === this.input.length || isIdentifierChar(after = this.fullCharCodeAt(usingEndPos)) || after === 92) {
      return false;
    }
    skipWhiteSpace.lastIndex = usingEndPos;
    var skipAfterUsing = skipWhiteSpace.exec(this.input);
    next = usingEndPos + skipAfterUsing[0].length;
    if (skipAfterUsing && lineBreak.test(this.input.slice(usingEndPos, next))) {
      return false;
    }
  }
  var ch = this.fullCharCodeAt(next);
  if (!isIdentifierStart(ch) && ch !== 92) {
    return false;
  }
  var idStart = next;
  do {
    next += ch <= 65535 ? 1 : 2;
  } while (isIdentifierChar(ch = this.fullCharCodeAt(next)));
  if (ch === 92) {
    return true;
  }
  var id = this.input.slice(idStart, next);
  if (keywordRelationalOperator.test(id)) {
    return false;
  }
  if (isFor && !isAwaitUsing && id === "of") {
    skipWhiteSpace.lastIndex = next;
    var skipAfterOf = skipWhiteSpace.exec(this.input);
    next = next + skipAfterOf[0].length;
    if (this.input.charCodeAt(next) !== 61 || // Check for ==, === and => operators
    (ch = this.input.charCodeAt(next + 1)) === 61 || ch === 62) {
      return false;
    }
  }
  return true;
};
pp$8.isAwaitUsing = function(isFor) {
  return this.isUsingKeyword(true, isFor);
};
pp$8.isUsing = function(isFor) {
  return this.isUsingKeyword(false, isFor);
};
pp$8.parseStatement = function(context, topLevel, exports$1) {
  var starttype = this.type, node = this.startNode(), kind;
  if (this.isLet(context)) {
    starttype = types$1._var;
    kind = "let";
  }
  switch (starttype) {
    case types$1._break:
    case types$1._continue:
      return this.parseBreakContinueStatement(node, starttype.keyword);
    case types$1._debugger:
      return this.parseDebuggerStatement(node);
    case types$1._do:
      return this.parseDoStatement(node);
    case types$1._for:
      return this.parseForStatement(node);
    case types$1._function:
      if (context && (this.strict || context !== "if" && context !== "label") && this.options.ecmaVersion >= 6) {
        this.unexpected();
      }
      return this.parseFunctionStatement(node, false, !context);
    case types$1._class:
      if (context) {
        this.unexpected();
      }
      return this.parseClass(node, true);
    case types$1._if:
      return this.parseIfStatement(node);
    case types$1._return:
      return this.parseReturnStatement(node);
    case types$1._switch:
      return this.parseSwitchStatement(node);
    case types$1._throw:
      return this.parseThrowStatement(node);
    case types$1._try:
      return this.parseTryStatement(node);
    case types$1._const:
    case types$1._var:
      kind = kind || this.value;
      if (context && kind !== "var") {
        this.unexpected();
      }
      return this.parseVarStatement(node, kind);
    case types$1._while:
      return this.parseWhileStatement(node);
    case types$1._with:
      return this.parseWithStatement(node);
    case types$1.braceL:
      return this.parseBlock(true, node);
    case types$1.semi:
      return this.parseEmptyStatement(node);
    case types$1._export:
    case types$1._import:
      if (this.options.ecmaVersion > 10 && starttype === types$1._import) {
        skipWhiteSpace.lastIndex = this.pos;
        var skip = skipWhiteSpace.exec(this.input);
        var next = this.pos + skip[0].length, nextCh = this.input.charCodeAt(next);
        if (nextCh === 40 || nextCh === 46) {
          return this.parseExpressionStatement(node, this.parseExpression());
        }
      }
      if (!this.options.allowImportExportEverywhere) {
        if (!topLevel) {
          this.raise(this.start, "'import' and 'export' may only appear at the top level");
        }
        if (!this.inModule) {
          this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
        }
      }
      return starttype === types$1._import ? this.parseImport(node) : this.parseExport(node, exports$1);
    // If the statement does not start with a statement keyword or a
    // brace, it's an ExpressionStatement or LabeledStatement. We
    // simply start parsing an expression, and afterwards, if the
    // next token is a colon and the expression was a simple
    // Identifier node, we switch to interpreting it as a label.
    default:
      if (this.isAsyncFunction()) {
        if (context) {
          this.unexpected();
        }
        this.next();
        return this.parseFunctionStatement(node, true, !context);
      }
      var usingKind = this.isAwaitUsing(false) ? "await using" : this.isUsing(false) ? "using" : null;
      if (usingKind) {
        if (!this.allowUsing) {
          this.raise(this.start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement");
        }
        if (context) {
          this.raise(this.start, "Using declaration is not allowed in single-statement positions");
        }
        if (usingKind === "await using") {
          if (!this.canAwait) {
            this.raise(this.start, "Await using cannot appear outside of async function");
          }
          this.next();
        }
        this.next();
        this.parseVar(node, false, usingKind);
        this.semicolon();
        return this.finishNode(node, "VariableDeclaration");
      }
      var maybeName = this.value, expr = this.parseExpression();
      if (starttype === types$1.name && expr.type === "Identifier" && this.eat(types$1.colon)) {
        return this.parseLabeledStatement(node, maybeName, expr, context);
      } else {
        return this.parseExpressionStatement(node, expr);
      }
  }
};
pp$8.parseBreakContinueStatement = function(node, keyword) {
  var isBreak = keyword === "break";
  this.next();
  if (this.eat(types$1.semi) || this.insertSemicolon()) {
    node.label = null;
  } else if (this.type !== types$1.name) {
    this.unexpected();
  } else {
    node.label = this.parseIdent();
    this.semicolon();
  }
  var i = 0;
  for (; i < this.labels.length; ++i) {
    var lab = this.labels[i];
    if (node.label == null || lab.name === node.label.name) {
      if (lab.kind != null && (isBreak || lab.kind === "loop")) {
        break;
      }
      if (node.label && isBreak) {
        break;
      }
    }
  }
  if (i === this.labels.length) {
    this.raise(node.start, "Unsyntactic " + keyword);
  }
  return this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
};
pp$8.parseDebuggerStatement = function(node) {
  this.next();
  this.semicolon();
  return this.finishNode(node, "DebuggerStatement");
};
pp$8.parseDoStatement = function(node) {
  this.next();
  this.labels.push(loopLabel);
  node.body = this.parseStatement("do");
  this.labels.pop();
  this.expect(types$1._while);
  node.test = this.parseParenExpression();
  if (this.options.ecmaVersion >= 6) {
    this.eat(types$1.semi);
  } else {
    this.semicolon();
  }
  return this.finishNode(node, "DoWhileStatement");
};
pp$8.parseForStatement = function(node) {
  this.next();
  var awaitAt = this.options.ecmaVersion >= 9 && this.canAwait && this.eatContextual("await") ? this.lastTokStart : -1;
  this.labels.push(loopLabel);
  this.enterScope(0);
  this.expect(types$1.parenL);
  if (this.type === types$1.semi) {
    if (awaitAt > -1) {
      this.unexpected(awaitAt);
    }
    return this.parseFor(node, null);
  }
  var isLet = this.isLet();
  if (this.type === types$1._var || this.type === types$1._const || isLet) {
    var init$1 = this.startNode(), kind = isLet ? "let" : this.value;
    this.next();
    this.parseVar(init$1, true, kind);
    this.finishNode(init$1, "VariableDeclaration");
    return this.parseForAfterInit(node, init$1, awaitAt);
  }
  var startsWithLet = this.isContextual("let"), isForOf = false;
  var usingKind = this.isUsing(true) ? "using" : this.isAwaitUsing(true) ? "await using" : null;
  if (usingKind) {
    var init$2 = this.startNode();
    this.next();
    if (usingKind === "await using") {
      if (!this.canAwait) {
        this.raise(this.start, "Await using cannot appear outside of async function");
      }
      this.next();
    }
    this.parseVar(init$2, true, usingKind);
    this.finishNode(init$2, "VariableDeclaration");
    return this.parseForAfterInit(node, init$2, awaitAt);
  }
  var containsEsc = this.containsEsc;
  var refDestructuringErrors = new DestructuringErrors();
  var initPos = this.start;
  var init = awaitAt > -1 ? this.parseExprSubscripts(refDestructuringErrors, "await") : this.parseExpression(true, refDestructuringErrors);
  if (this.type === types$1._in || (isForOf = this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
    if (awaitAt > -1) {
      if (this.type === types$1._in) {
        this.unexpected(awaitAt);
      }
      node.await = true;
    } else if (isForOf && this.options.ecmaVersion >= 8) {
      if (init.start === initPos && !containsEsc && init.type === "Identifier" && init.name === "async") {
        this.unexpected();
      } else if (this.options.ecmaVersion >= 9) {
        node.await = false;
      }
    }
    if (startsWithLet && isForOf) {
      this.raise(init.start, "The left-hand side of a for-of loop may not start with 'let'.");
    }
    this.toAssignable(init, false, refDestructuringErrors);
    this.checkLValPattern(init);
    return this.parseForIn(node, init);
  } else {
    this.checkExpressionErrors(refDestructuringErrors, true);
  }
  if (awaitAt > -1) {
    this.unexpected(awaitAt);
  }
  return this.parseFor(node, init);
};
pp$8.parseForAfterInit = function(node, init, awaitAt) {
  if ((this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) && init.declarations.length === 1) {
    if (this.type === types$1._in) {
      if ((init.kind === "using" || init.kind === "await using") && !init.declarations[0].init) {
        this.raise(this.start, "Using declaration is not allowed in for-in loops");
      }
      if (this.options.ecmaVersion >= 9 && awaitAt > -1) {
        this.unexpected(awaitAt);
      }
    } else if (this.options.ecmaVersion >= 9) {
      node.await = awaitAt > -1;
    }
    return this.parseForIn(node, init);
  }
  if (awaitAt > -1) {
    this.unexpected(awaitAt);
  }
  return this.parseFor(node, init);
};
pp$8.parseFunctionStatement = function(node, isAsync, declarationPosition) {
  this.next();
  return this.parseFunction(node, FUNC_STATEMENT | (declarationPosition ? 0 : FUNC_HANGING_STATEMENT), false, isAsync);
};
pp$8.parseIfStatement = function(node) {
  this.next();
  node.test = this.parseParenExpression();
  node.consequent = this.parseStatement("if");
  node.alternate = this.eat(types$1._else) ? this.parseStatement("if") : null;
  return this.finishNode(node, "IfStatement");
};
pp$8.parseReturnStatement = function(node) {
  if (!this.allowReturn) {
    this.raise(this.start, "'return' outside of function");
  }
  this.next();
  if (this.eat(types$1.semi) || this.insertSemicolon()) {
    node.argument = null;
  } else {
    node.argument = this.parseExpression();
    this.semicolon();
  }
  return this.finishNode(node, "ReturnStatement");
};
pp$8.parseSwitchStatement = function(node) {
  this.next();
  node.discriminant = this.parseParenExpression();
  node.cases = [];
  this.expect(types$1.braceL);
  this.labels.push(switchLabel);
  this.enterScope(SCOPE_SWITCH);
  var cur;
  for (var sawDefault = false; this.type !== types$1.braceR; ) {
    if (this.type === types$1._case || this.type === types$1._default) {
      var isCase = this.type === types$1._case;
      if (cur) {
        this.finishNode(cur, "SwitchCase");
      }
      node.cases.push(cur = this.startNode());
      cur.consequent = [];
      this.next();
      if (isCase) {
        cur.test = this.parseExpression();
      } else {
        if (sawDefault) {
          this.raiseRecoverable(this.lastTokStart, "Multiple default clauses");
        }
        sawDefault = true;
        cur.test = null;
      }
      this.expect(types$1.colon);
    } else {
      if (!cur) {
        this.unexpected();
      }
      cur.consequent.push(this.parseStatement(null));
    }
  }
  this.exitScope();
  if (cur) {
    this.finishNode(cur, "SwitchCase");
  }
  this.next();
  this.labels.pop();
  return this.finishNode(node, "SwitchStatement");
};
pp$8.parseThrowStatement = function(node) {
  this.next();
  if (lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) {
    this.raise(this.lastTokEnd, "Illegal newline after throw");
  }
  node.argument = this.parseExpression();
  this.semicolon();
  return this.finishNode(node, "ThrowStatement");
};
var empty$1 = [];
pp$8.parseCatchClauseParam = function() {
  var param = this.parseBindingAtom();
  var simple = param.type === "Identifier";
  this.enterScope(simple ? SCOPE_SIMPLE_CATCH : 0);
  this.checkLValPattern(param, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL);
  this.expect(types$1.parenR);
  return param;
};
pp$8.parseTryStatement = function(node) {
  this.next();
  node.block = this.parseBlock();
  node.handler = null;
  if (this.type === types$1._catch) {
    var clause = this.startNode();
    this.next();
    if (this.eat(types$1.parenL)) {
      clause.param = this.parseCatchClauseParam();
    } else {
      if (this.options.ecmaVersion < 10) {
        this.unexpected();
      }
      clause.param = null;
      this.enterScope(0);
    }
    clause.body = this.parseBlock(false);
    this.exitScope();
    node.handler = this.finishNode(clause, "CatchClause");
  }
  node.finalizer = this.eat(types$1._finally) ? this.parseBlock() : null;
  if (!node.handler && !node.finalizer) {
    this.raise(node.start, "Missing catch or finally clause");
  }
  return this.finishNode(node, "TryStatement");
};
pp$8.parseVarStatement = function(node, kind, allowMissingInitializer) {
  this.next();
  this.parseVar(node, false, kind, allowMissingInitializer);
  this.semicolon();
  return this.finishNode(node, "VariableDeclaration");
};
pp$8.parseWhileStatement = function(node) {
  this.next();
  node.test = this.parseParenExpression();
  this.labels.push(loopLabel);
  node.body = this.parseStatement("while");
  this.labels.pop();
  return this.finishNode(node, "WhileStatement");
};
pp$8.parseWithStatement = function(node) {
  if (this.strict) {
    this.raise(this.start, "'with' in strict mode");
  }
  this.next();
  node.object = this.parseParenExpression();
  node.body = this.parseStatement("with");
  return this.finishNode(node, "WithStatement");
};
pp$8.parseEmptyStatement = function(node) {
  this.next();
  return this.finishNode(node, "EmptyStatement");
};
pp$8.parseLabeledStatement = function(node, maybeName, expr, context) {
  for (var i$1 = 0, list2 = this.labels; i$1 < list2.length; i$1 += 1) {
    var label2 = list2[i$1];
    if (label2.name === maybeName) {
      this.raise(expr.start, "Label '" + maybeName + "' is already declared");
    }
  }
  var kind = this.type.isLoop ? "loop" : this.type === types$1._switch ? "switch" : null;
  for (var i = this.labels.length - 1; i >= 0; i--) {
    var label$1 = this.labels[i];
    if (label$1.statementStart === node.start) {
      label$1.statementStart = this.start;
      label$1.kind = kind;
    } else {
      break;
    }
  }
  this.labels.push({ name: maybeName, kind, statementStart: this.start });
  node.body = this.parseStatement(context ? context.indexOf("label") === -1 ? context + "label" : context : "label");
  this.labels.pop();
  node.label = expr;
  return this.finishNode(node, "LabeledStatement");
};
pp$8.parseExpressionStatement = function(node, expr) {
  node.expression = expr;
  this.semicolon();
  return this.finishNode(node, "ExpressionStatement");
};
pp$8.parseBlock = function(createNewLexicalScope, node, exitStrict) {
  if (createNewLexicalScope === void 0) createNewLexicalScope = true;
  if (node === void 0) node = this.startNode();
  node.body = [];
  this.expect(types$1.braceL);
  if (createNewLexicalScope) {
    this.enterScope(0);
  }
  while (this.type !== types$1.braceR) {
    var stmt = this.parseStatement(null);
    node.body.push(stmt);
  }
  if (exitStrict) {
    this.strict = false;
  }
  this.next();
  if (createNewLexicalScope) {
    this.exitScope();
  }
  return this.finishNode(node, "BlockStatement");
};
pp$8.parseFor = function(node, init) {
  node.init = init;
  this.expect(types$1.semi);
  node.test = this.type === types$1.semi ? null : this.parseExpression();
  this.expect(types$1.semi);
  node.update = this.type === types$1.parenR ? null : this.parseExpression();
  this.expect(types$1.parenR);
  node.body = this.parseStatement("for");
  this.exitScope();
  this.labels.pop();
  return this.finishNode(node, "ForStatement");
};
pp$8.parseForIn = function(node, init) {
  var isForIn = this.type === types$1._in;
  this.next();
  if (init.type === "VariableDeclaration" && init.declarations[0].init != null && (!isForIn || this.options.ecmaVersion < 8 || this.strict || init.kind !== "var" || init.declarations[0].id.type !== "Identifier")) {
    this.raise(
      init.start,
      (isForIn ? "for-in" : "for-of") + " loop variable declaration may not have an initializer"
    );
  }
  node.left = init;
  node.right = isForIn ? this.parseExpression() : this.parseMaybeAssign();
  this.expect(types$1.parenR);
  node.body = this.parseStatement("for");
  this.exitScope();
  this.labels.pop();
  return this.finishNode(node, isForIn ? "ForInStatement" : "ForOfStatement");
};
pp$8.parseVar = function(node, isFor, kind, allowMissingInitializer) {
  node.declarations = [];
  node.kind = kind;
  for (; ; ) {
    var decl = this.startNode();
    this.parseVarId(decl, kind);
    if (this.eat(types$1.eq)) {
      decl.init = this.parseMaybeAssign(isFor);
    } else if (!allowMissingInitializer && kind === "const" && !(this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
      this.unexpected();
    } else if (!allowMissingInitializer && (kind === "using" || kind === "await using") && this.options.ecmaVersion >= 17 && this.type !== types$1._in && !this.isContextual("of")) {
      this.raise(this.lastTokEnd, "Missing initializer in " + kind + " declaration");
    } else if (!allowMissingInitializer && decl.id.type !== "Identifier" && !(isFor && (this.type === types$1._in || this.isContextual("of")))) {
      this.raise(this.lastTokEnd, "Complex binding patterns require an initialization value");
    } else {
      decl.init = null;
    }
    node.declarations.push(this.finishNode(decl, "VariableDeclarator"));
    if (!this.eat(types$1.comma)) {
      break;
    }
  }
  return node;
};
pp$8.parseVarId = function(decl, kind) {
  decl.id = kind === "using" || kind === "await using" ? this.parseIdent() : this.parseBindingAtom();
  this.checkLValPattern(decl.id, kind === "var" ? BIND_VAR : BIND_LEXICAL, false);
};
var FUNC_STATEMENT = 1;
var FUNC_HANGING_STATEMENT = 2;
var FUNC_NULLABLE_ID = 4;
pp$8.parseFunction = function(node, statement, allowExpressionBody, isAsync, forInit) {
  this.initFunction(node);
  if (this.options.ecmaVersion >= 9 || this.options.ecmaVersion >= 6 && !isAsync) {
    if (this.type === types$1.star && statement & FUNC_HANGING_STATEMENT) {
      this.unexpected();
    }
    node.generator = this.eat(types$1.star);
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  if (statement & FUNC_STATEMENT) {
    node.id = statement & FUNC_NULLABLE_ID && this.type !== types$1.name ? null : this.parseIdent();
    if (node.id && !(statement & FUNC_HANGING_STATEMENT)) {
      this.checkLValSimple(node.id, this.strict || node.generator || node.async ? this.treatFunctionsAsVar ? BIND_VAR : BIND_LEXICAL : BIND_FUNCTION);
    }
  }
  var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
  this.yieldPos = 0;
  this.awaitPos = 0;
  this.awaitIdentPos = 0;
  this.enterScope(functionFlags(node.async, node.generator));
  if (!(statement & FUNC_STATEMENT)) {
    node.id = this.type === types$1.name ? this.parseIdent() : null;
  }
  this.parseFunctionParams(node);
  this.parseFunctionBody(node, allowExpressionBody, false, forInit);
  this.yieldPos = oldYieldPos;
  this.awaitPos = oldAwaitPos;
  this.awaitIdentPos = oldAwaitIdentPos;
  return this.finishNode(node, statement & FUNC_STATEMENT ? "FunctionDeclaration" : "FunctionExpression");
};
pp$8.parseFunctionParams = function(node) {
  this.expect(types$1.parenL);
  node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
  this.checkYieldAwaitInDefaultParams();
};
pp$8.parseClass = function(node, isStatement) {
  this.next();
  var oldStrict = this.strict;
  this.strict = true;
  this.parseClassId(node, isStatement);
  this.parseClassSuper(node);
  var privateNameMap = this.enterClassBody();
  var classBody = this.startNode();
  var hadConstructor = false;
  classBody.body = [];
  this.expect(types$1.braceL);
  while (this.type !== types$1.braceR) {
    var element = this.parseClassElement(node.superClass !== null);
    if (element) {
      classBody.body.push(element);
      if (element.type === "MethodDefinition" && element.kind === "constructor") {
        if (hadConstructor) {
          this.raiseRecoverable(element.start, "Duplicate constructor in the same class");
        }
        hadConstructor = true;
      } else if (element.key && element.key.type === "PrivateIdentifier" && isPrivateNameConflicted(privateNameMap, element)) {
        this.raiseRecoverable(element.key.start, "Identifier '#" + element.key.name + "' has already been declared");
      }
    }
  }
  this.strict = oldStrict;
  this.next();
  node.body = this.finishNode(classBody, "ClassBody");
  this.exitClassBody();
  return this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
};
pp$8.parseClassElement = function(constructorAllowsSuper) {
  if (this.eat(types$1.semi)) {
    return null;
  }
  var ecmaVersion = this.options.ecmaVersion;
  var node = this.startNode();
  var keyName = "";
  var isGenerator = false;
  var isAsync = false;
  var kind = "method";
  var isStatic = false;
  if (this.eatContextual("static")) {
    if (ecmaVersion >= 13 && this.eat(types$1.braceL)) {
      this.parseClassStaticBlock(node);
      return node;
    }
    if (this.isClassElementNameStart() || this.type === types$1.star) {
      isStatic = true;
    } else {
      keyName = "static";
    }
  }
  node.static = isStatic;
  if (!keyName && ecmaVersion >= 8 && this.eatContextual("async")) {
    if ((this.isClassElementNameStart() || this.type === types$1.star) && !this.canInsertSemicolon()) {
      isAsync = true;
    } else {
      keyName = "async";
    }
  }
  if (!keyName && (ecmaVersion >= 9 || !isAsync) && this.eat(types$1.star)) {
    isGenerator = true;
  }
  if (!keyName && !isAsync && !isGenerator) {
    var lastValue = this.value;
    if (this.eatContextual("get") || this.eatContextual("set")) {
      if (this.isClassElementNameStart()) {
        kind = lastValue;
      } else {
        keyName = lastValue;
      }
    }
  }
  if (keyName) {
    node.computed = false;
    node.key = this.startNodeAt(this.lastTokStart, this.lastTokStartLoc);
    node.key.name = keyName;
    this.finishNode(node.key, "Identifier");
  } else {
    this.parseClassElementName(node);
  }
  if (ecmaVersion < 13 || this.type === types$1.parenL || kind !== "method" || isGenerator || isAsync) {
    var isConstructor = !node.static && checkKeyName(node, "constructor");
    var allowsDirectSuper = isConstructor && constructorAllowsSuper;
    if (isConstructor && kind !== "method") {
      this.raise(node.key.start, "Constructor can't have get/set modifier");
    }
    node.kind = isConstructor ? "constructor" : kind;
    this.parseClassMethod(node, isGenerator, isAsync, allowsDirectSuper);
  } else {
    this.parseClassField(node);
  }
  return node;
};
pp$8.isClassElementNameStart = function() {
  return this.type === types$1.name || this.type === types$1.privateId || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword;
};
pp$8.parseClassElementName = function(element) {
  if (this.type === types$1.privateId) {
    if (this.value === "constructor") {
      this.raise(this.start, "Classes can't have an element named '#constructor'");
    }
    element.computed = false;
    element.key = this.parsePrivateIdent();
  } else {
    this.parsePropertyName(element);
  }
};
pp$8.parseClassMethod = function(method, isGenerator, isAsync, allowsDirectSuper) {
  var key = method.key;
  if (method.kind === "constructor") {
    if (isGenerator) {
      this.raise(key.start, "Constructor can't be a generator");
    }
    if (isAsync) {
      this.raise(key.start, "Constructor can't be an async method");
    }
  } else if (method.static && checkKeyName(method, "prototype")) {
    this.raise(key.start, "Classes may not have a static property named prototype");
  }
  var value = method.value = this.parseMethod(isGenerator, isAsync, allowsDirectSuper);
  if (method.kind === "get" && value.params.length !== 0) {
    this.raiseRecoverable(value.start, "getter should have no params");
  }
  if (method.kind === "set" && value.params.length !== 1) {
    this.raiseRecoverable(value.start, "setter should have exactly one param");
  }
  if (method.kind === "set" && value.params[0].type === "RestElement") {
    this.raiseRecoverable(value.params[0].start, "Setter cannot use rest params");
  }
  return this.finishNode(method, "MethodDefinition");
};
pp$8.parseClassField = function(field) {
  if (checkKeyName(field, "constructor")) {
    this.raise(field.key.start, "Classes can't have a field named 'constructor'");
  } else if (field.static && checkKeyName(field, "prototype")) {
    this.raise(field.key.start, "Classes can't have a static field named 'prototype'");
  }
  if (this.eat(types$1.eq)) {
    this.enterScope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER);
    field.value = this.parseMaybeAssign();
    this.exitScope();
  } else {
    field.value = null;
  }
  this.semicolon();
  return this.finishNode(field, "PropertyDefinition");
};
pp$8.parseClassStaticBlock = function(node) {
  node.body = [];
  var oldLabels = this.labels;
  this.labels = [];
  this.enterScope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER);
  while (this.type !== types$1.braceR) {
    var stmt = this.parseStatement(null);
    node.body.push(stmt);
  }
  this.next();
  this.exitScope();
  this.labels = oldLabels;
  return this.finishNode(node, "StaticBlock");
};
pp$8.parseClassId = function(node, isStatement) {
  if (this.type === types$1.name) {
    node.id = this.parseIdent();
    if (isStatement) {
      this.checkLValSimple(node.id, BIND_LEXICAL, false);
    }
  } else {
    if (isStatement === true) {
      this.unexpected();
    }
    node.id = null;
  }
};
pp$8.parseClassSuper = function(node) {
  node.superClass = this.eat(types$1._extends) ? this.parseExprSubscripts(null, false) : null;
};
pp$8.enterClassBody = function() {
  var element = { declared: /* @__PURE__ */ Object.create(null), used: [] };
  this.privateNameStack.push(element);
  return element.declared;
};
pp$8.exitClassBody = function() {
  var ref2 = this.privateNameStack.pop();
  var declared = ref2.declared;
  var used = ref2.used;
  if (!this.options.checkPrivateFields) {
    return;
  }
  var len = this.privateNameStack.length;
  var parent = len === 0 ? null : this.privateNameStack[len - 1];
  for (var i = 0; i < used.length; ++i) {
    var id = used[i];
    if (!hasOwn(declared, id.name)) {
      if (parent) {
        parent.used.push(id);
      } else {
        this.raiseRecoverable(id.start, "Private field '#" + id.name + "' must be declared in an enclosing class");
      }
    }
  }
};
function isPrivateNameConflicted(privateNameMap, element) {
  var name = element.key.name;
  var curr = privateNameMap[name];
  var next = "true";
  if (element.type === "MethodDefinition" && (element.kind === "get" || element.kind === "set")) {
    next = (element.static ? "s" : "i") + element.kind;
  }
  if (curr === "iget" && next === "iset" || curr === "iset" && next === "iget" || curr === "sget" && next === "sset" || curr === "sset" && next === "sget") {
    privateNameMap[name] = "true";
    return false;
  } else if (!curr) {
    privateNameMap[name] = next;
    return false;
  } else {
    return true;
  }
}
function checkKeyName(node, name) {
  var computed = node.computed;
  var key = node.key;
  return !computed && (key.type === "Identifier" && key.name === name || key.type === "Literal" && key.value === name);
}
pp$8.parseExportAllDeclaration = function(node, exports$1) {
  if (this.options.ecmaVersion >= 11) {
    if (this.eatContextual("as")) {
      node.exported = this.parseModuleExportName();
      this.checkExport(exports$1, node.exported, this.lastTokStart);
    } else {
      node.exported = null;
    }
  }
  this.expectContextual("from");
  if (this.type !== types$1.string) {
    this.unexpected();
  }
  node.source = this.parseExprAtom();
  if (this.options.ecmaVersion >= 16) {
    node.attributes = this.parseWithClause();
  }
  this.semicolon();
  return this.finishNode(node, "ExportAllDeclaration");
};
pp$8.parseExport = function(node, exports$1) {
  this.next();
  if (this.eat(types$1.star)) {
    return this.parseExportAllDeclaration(node, exports$1);
  }
  if (this.eat(types$1._default)) {
    this.checkExport(exports$1, "default", this.lastTokStart);
    node.declaration = this.parseExportDefaultDeclaration();
    return this.finishNode(node, "ExportDefaultDeclaration");
  }
  if (this.shouldParseExportStatement()) {
    node.declaration = this.parseExportDeclaration(node);
    if (node.declaration.type === "VariableDeclaration") {
      this.checkVariableExport(exports$1, node.declaration.declarations);
    } else {
      this.checkExport(exports$1, node.declaration.id, node.declaration.id.start);
    }
    node.specifiers = [];
    node.source = null;
    if (this.options.ecmaVersion >= 16) {
      node.attributes = [];
    }
  } else {
    node.declaration = null;
    node.specifiers = this.parseExportSpecifiers(exports$1);
    if (this.eatContextual("from")) {
      if (this.type !== types$1.string) {
        this.unexpected();
      }
      node.source = this.parseExprAtom();
      if (this.options.ecmaVersion >= 16) {
        node.attributes = this.parseWithClause();
      }
    } else {
      for (var i = 0, list2 = node.specifiers; i < list2.length; i += 1) {
        var spec = list2[i];
        this.checkUnreserved(spec.local);
        this.checkLocalExport(spec.local);
        if (spec.local.type === "Literal") {
          this.raise(spec.local.start, "A string literal cannot be used as an exported binding without `from`.");
        }
      }
      node.source = null;
      if (this.options.ecmaVersion >= 16) {
        node.attributes = [];
      }
    }
    this.semicolon();
  }
  return this.finishNode(node, "ExportNamedDeclaration");
};
pp$8.parseExportDeclaration = function(node) {
  return this.parseStatement(null);
};
pp$8.parseExportDefaultDeclaration = function() {
  var isAsync;
  if (this.type === types$1._function || (isAsync = this.isAsyncFunction())) {
    var fNode = this.startNode();
    this.next();
    if (isAsync) {
      this.next();
    }
    return this.parseFunction(fNode, FUNC_STATEMENT | FUNC_NULLABLE_ID, false, isAsync);
  } else if (this.type === types$1._class) {
    var cNode = this.startNode();
    return this.parseClass(cNode, "nullableID");
  } else {
    var declaration = this.parseMaybeAssign();
    this.semicolon();
    return declaration;
  }
};
pp$8.checkExport = function(exports$1, name, pos) {
  if (!exports$1) {
    return;
  }
  if (typeof name !== "string") {
    name = name.type === "Identifier" ? name.name : name.value;
  }
  if (hasOwn(exports$1, name)) {
    this.raiseRecoverable(pos, "Duplicate export '" + name + "'");
  }
  exports$1[name] = true;
};
pp$8.checkPatternExport = function(exports$1, pat) {
  var type = pat.type;
  if (type === "Identifier") {
    this.checkExport(exports$1, pat, pat.start);
  } else if (type === "ObjectPattern") {
    for (var i = 0, list2 = pat.properties; i < list2.length; i += 1) {
      var prop = list2[i];
      this.checkPatternExport(exports$1, prop);
    }
  } else if (type === "ArrayPattern") {
    for (var i$1 = 0, list$1 = pat.elements; i$1 < list$1.length; i$1 += 1) {
      var elt = list$1[i$1];
      if (elt) {
        this.checkPatternExport(exports$1, elt);
      }
    }
  } else if (type === "Property") {
    this.checkPatternExport(exports$1, pat.value);
  } else if (type === "AssignmentPattern") {
    this.checkPatternExport(exports$1, pat.left);
  } else if (type === "RestElement") {
    this.checkPatternExport(exports$1, pat.argument);
  }
};
pp$8.checkVariableExport = function(exports$1, decls) {
  if (!exports$1) {
    return;
  }
  for (var i = 0, list2 = decls; i < list2.length; i += 1) {
    var decl = list2[i];
    this.checkPatternExport(exports$1, decl.id);
  }
};
pp$8.shouldParseExportStatement = function() {
  return this.type.keyword === "var" || this.type.keyword === "const" || this.type.keyword === "class" || this.type.keyword === "function" || this.isLet() || this.isAsyncFunction();
};
pp$8.parseExportSpecifier = function(exports$1) {
  var node = this.startNode();
  node.local = this.parseModuleExportName();
  node.exported = this.eatContextual("as") ? this.parseModuleExportName() : node.local;
  this.checkExport(
    exports$1,
    node.exported,
    node.exported.start
  );
  return this.finishNode(node, "ExportSpecifier");
};
pp$8.parseExportSpecifiers = function(exports$1) {
  var nodes = [], first = true;
  this.expect(types$1.braceL);
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    nodes.push(this.parseExportSpecifier(exports$1));
  }
  return nodes;
};
pp$8.parseImport = function(node) {
  this.next();
  if (this.type === types$1.string) {
    node.specifiers = empty$1;
    node.source = this.parseExprAtom();
  } else {
    node.specifiers = this.parseImportSpecifiers();
    this.expectContextual("from");
    node.source = this.type === types$1.string ? this.parseExprAtom() : this.unexpected();
  }
  if (this.options.ecmaVersion >= 16) {
    node.attributes = this.parseWithClause();
  }
  this.semicolon();
  return this.finishNode(node, "ImportDeclaration");
};
pp$8.parseImportSpecifier = function() {
  var node = this.startNode();
  node.imported = this.parseModuleExportName();
  if (this.eatContextual("as")) {
    node.local = this.parseIdent();
  } else {
    this.checkUnreserved(node.imported);
    node.local = node.imported;
  }
  this.checkLValSimple(node.local, BIND_LEXICAL);
  return this.finishNode(node, "ImportSpecifier");
};
pp$8.parseImportDefaultSpecifier = function() {
  var node = this.startNode();
  node.local = this.parseIdent();
  this.checkLValSimple(node.local, BIND_LEXICAL);
  return this.finishNode(node, "ImportDefaultSpecifier");
};
pp$8.parseImportNamespaceSpecifier = function() {
  var node = this.startNode();
  this.next();
  this.expectContextual("as");
  node.local = this.parseIdent();
  this.checkLValSimple(node.local, BIND_LEXICAL);
  return this.finishNode(node, "ImportNamespaceSpecifier");
};
pp$8.parseImportSpecifiers = function() {
  var nodes = [], first = true;
  if (this.type === types$1.name) {
    nodes.push(this.parseImportDefaultSpecifier());
    if (!this.eat(types$1.comma)) {
      return nodes;
    }
  }
  if (this.type === types$1.star) {
    nodes.push(this.parseImportNamespaceSpecifier());
    return nodes;
  }
  this.expect(types$1.braceL);
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    nodes.push(this.parseImportSpecifier());
  }
  return nodes;
};
pp$8.parseWithClause = function() {
  var nodes = [];
  if (!this.eat(types$1._with)) {
    return nodes;
  }
  this.expect(types$1.braceL);
  var attributeKeys = {};
  var first = true;
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    var attr = this.parseImportAttribute();
    var keyName = attr.key.type === "Identifier" ? attr.key.name : attr.key.value;
    if (hasOwn(attributeKeys, keyName)) {
      this.raiseRecoverable(attr.key.start, "Duplicate attribute key '" + keyName + "'");
    }
    attributeKeys[keyName] = true;
    nodes.push(attr);
  }
  return nodes;
};
pp$8.parseImportAttribute = function() {
  var node = this.startNode();
  node.key = this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
  this.expect(types$1.colon);
  if (this.type !== types$1.string) {
    this.unexpected();
  }
  node.value = this.parseExprAtom();
  return this.finishNode(node, "ImportAttribute");
};
pp$8.parseModuleExportName = function() {
  if (this.options.ecmaVersion >= 13 && this.type === types$1.string) {
    var stringLiteral = this.parseLiteral(this.value);
    if (loneSurrogate.test(stringLiteral.value)) {
      this.raise(stringLiteral.start, "An export name cannot include a lone surrogate.");
    }
    return stringLiteral;
  }
  return this.parseIdent(true);
};
pp$8.adaptDirectivePrologue = function(statements) {
  for (var i = 0; i < statements.length && this.isDirectiveCandidate(statements[i]); ++i) {
    statements[i].directive = statements[i].expression.raw.slice(1, -1);
  }
};
pp$8.isDirectiveCandidate = function(statement) {
  return this.options.ecmaVersion >= 5 && statement.type === "ExpressionStatement" && statement.expression.type === "Literal" && typeof statement.expression.value === "string" && // Reject parenthesized strings.
  (this.input[statement.start] === '"' || this.input[statement.start] === "'");
};
var pp$7 = Parser.prototype;
pp$7.toAssignable = function(node, isBinding, refDestructuringErrors) {
  if (this.options.ecmaVersion >= 6 && node) {
    switch (node.type) {
      case "Identifier":
        if (this.inAsync && node.name === "await") {
          this.raise(node.start, "Cannot use 'await' as identifier inside an async function");
        }
        break;
      case "ObjectPattern":
      case "ArrayPattern":
      case "AssignmentPattern":
      case "RestElement":
        break;
      case "ObjectExpression":
        node.type = "ObjectPattern";
        if (refDestructuringErrors) {
          this.checkPatternErrors(refDestructuringErrors, true);
        }
        for (var i = 0, list2 = node.properties; i < list2.length; i += 1) {
          var prop = list2[i];
          this.toAssignable(prop, isBinding);
          if (prop.type === "RestElement" && (prop.argument.type === "ArrayPattern" || prop.argument.type === "ObjectPattern")) {
            this.raise(prop.argument.start, "Unexpected token");
          }
        }
        break;
      case "Property":
        if (node.kind !== "init") {
          this.raise(node.key.start, "Object pattern can't contain getter or setter");
        }
        this.toAssignable(node.value, isBinding);
        break;
      case "ArrayExpression":
        node.type = "ArrayPattern";
        if (refDestructuringErrors) {
          this.checkPatternErrors(refDestructuringErrors, true);
        }
        this.toAssignableList(node.elements, isBinding);
        break;
      case "SpreadElement":
        node.type = "RestElement";
        this.toAssignable(node.argument, isBinding);
        if (node.argument.type === "AssignmentPattern") {
          this.raise(node.argument.start, "Rest elements cannot have a default value");
        }
        break;
      case "AssignmentExpression":
        if (node.operator !== "=") {
          this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
        }
        node.type = "AssignmentPattern";
        delete node.operator;
        this.toAssignable(node.left, isBinding);
        break;
      case "ParenthesizedExpression":
        this.toAssignable(node.expression, isBinding, refDestructuringErrors);
        break;
      case "ChainExpression":
        this.raiseRecoverable(node.start, "Optional chaining cannot appear in left-hand side");
        break;
      case "MemberExpression":
        if (!isBinding) {
          break;
        }
      default:
        this.raise(node.start, "Assigning to rvalue");
    }
  } else if (refDestructuringErrors) {
    this.checkPatternErrors(refDestructuringErrors, true);
  }
  return node;
};
pp$7.toAssignableList = function(exprList, isBinding) {
  var end = exprList.length;
  for (var i = 0; i < end; i++) {
    var elt = exprList[i];
    if (elt) {
      this.toAssignable(elt, isBinding);
    }
  }
  if (end) {
    var last = exprList[end - 1];
    if (this.options.ecmaVersion === 6 && isBinding && last && last.type === "RestElement" && last.argument.type !== "Identifier") {
      this.unexpected(last.argument.start);
    }
  }
  return exprList;
};
pp$7.parseSpread = function(refDestructuringErrors) {
  var node = this.startNode();
  this.next();
  node.argument = this.parseMaybeAssign(false, refDestructuringErrors);
  return this.finishNode(node, "SpreadElement");
};
pp$7.parseRestBinding = function() {
  var node = this.startNode();
  this.next();
  if (this.options.ecmaVersion === 6 && this.type !== types$1.name) {
    this.unexpected();
  }
  node.argument = this.parseBindingAtom();
  return this.finishNode(node, "RestElement");
};
pp$7.parseBindingAtom = function() {
  if (this.options.ecmaVersion >= 6) {
    switch (this.type) {
      case types$1.bracketL:
        var node = this.startNode();
        this.next();
        node.elements = this.parseBindingList(types$1.bracketR, true, true);
        return this.finishNode(node, "ArrayPattern");
      case types$1.braceL:
        return this.parseObj(true);
    }
  }
  return this.parseIdent();
};
pp$7.parseBindingList = function(close, allowEmpty, allowTrailingComma, allowModifiers) {
  var elts = [], first = true;
  while (!this.eat(close)) {
    if (first) {
      first = false;
    } else {
      this.expect(types$1.comma);
    }
    if (allowEmpty && this.type === types$1.comma) {
      elts.push(null);
    } else if (allowTrailingComma && this.afterTrailingComma(close)) {
      break;
    } else if (this.type === types$1.ellipsis) {
      var rest = this.parseRestBinding();
      this.parseBindingListItem(rest);
      elts.push(rest);
      if (this.type === types$1.comma) {
        this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
      }
      this.expect(close);
      break;
    } else {
      elts.push(this.parseAssignableListItem(allowModifiers));
    }
  }
  return elts;
};
pp$7.parseAssignableListItem = function(allowModifiers) {
  var elem = this.parseMaybeDefault(this.start, this.startLoc);
  this.parseBindingListItem(elem);
  return elem;
};
pp$7.parseBindingListItem = function(param) {
  return param;
};
pp$7.parseMaybeDefault = function(startPos, startLoc, left) {
  left = left || this.parseBindingAtom();
  if (this.options.ecmaVersion < 6 || !this.eat(types$1.eq)) {
    return left;
  }
  var node = this.startNodeAt(startPos, startLoc);
  node.left = left;
  node.right = this.parseMaybeAssign();
  return this.finishNode(node, "AssignmentPattern");
};
pp$7.checkLValSimple = function(expr, bindingType, checkClashes) {
  if (bindingType === void 0) bindingType = BIND_NONE;
  var isBind = bindingType !== BIND_NONE;
  switch (expr.type) {
    case "Identifier":
      if (this.strict && this.reservedWordsStrictBind.test(expr.name)) {
        this.raiseRecoverable(expr.start, (isBind ? "Binding " : "Assigning to ") + expr.name + " in strict mode");
      }
      if (isBind) {
        if (bindingType === BIND_LEXICAL && expr.name === "let") {
          this.raiseRecoverable(expr.start, "let is disallowed as a lexically bound name");
        }
        if (checkClashes) {
          if (hasOwn(checkClashes, expr.name)) {
            this.raiseRecoverable(expr.start, "Argument name clash");
          }
          checkClashes[expr.name] = true;
        }
        if (bindingType !== BIND_OUTSIDE) {
          this.declareName(expr.name, bindingType, expr.start);
        }
      }
      break;
    case "ChainExpression":
      this.raiseRecoverable(expr.start, "Optional chaining cannot appear in left-hand side");
      break;
    case "MemberExpression":
      if (isBind) {
        this.raiseRecoverable(expr.start, "Binding member expression");
      }
      break;
    case "ParenthesizedExpression":
      if (isBind) {
        this.raiseRecoverable(expr.start, "Binding parenthesized expression");
      }
      return this.checkLValSimple(expr.expression, bindingType, checkClashes);
    default:
      this.raise(expr.start, (isBind ? "Binding" : "Assigning to") + " rvalue");
  }
};
pp$7.checkLValPattern = function(expr, bindingType, checkClashes) {
  if (bindingType === void 0) bindingType = BIND_NONE;
  switch (expr.type) {
    case "ObjectPattern":
      for (var i = 0, list2 = expr.properties; i < list2.length; i += 1) {
        var prop = list2[i];
        this.checkLValInnerPattern(prop, bindingType, checkClashes);
      }
      break;
    case "ArrayPattern":
      for (var i$1 = 0, list$1 = expr.elements; i$1 < list$1.length; i$1 += 1) {
        var elem = list$1[i$1];
        if (elem) {
          this.checkLValInnerPattern(elem, bindingType, checkClashes);
        }
      }
      break;
    default:
      this.checkLValSimple(expr, bindingType, checkClashes);
  }
};
pp$7.checkLValInnerPattern = function(expr, bindingType, checkClashes) {
  if (bindingType === void 0) bindingType = BIND_NONE;
  switch (expr.type) {
    case "Property":
      this.checkLValInnerPattern(expr.value, bindingType, checkClashes);
      break;
    case "AssignmentPattern":
      this.checkLValPattern(expr.left, bindingType, checkClashes);
      break;
    case "RestElement":
      this.checkLValPattern(expr.argument, bindingType, checkClashes);
      break;
    default:
      this.checkLValPattern(expr, bindingType, checkClashes);
  }
};
var TokContext = function TokContext2(token, isExpr, preserveSpace, override, generator) {
  this.token = token;
  this.isExpr = !!isExpr;
  this.preserveSpace = !!preserveSpace;
  this.override = override;
  this.generator = !!generator;
};
var types = {
  b_stat: new TokContext("{", false),
  b_expr: new TokContext("{", true),
  b_tmpl: new TokContext("${", false),
  p_stat: new TokContext("(", false),
  p_expr: new TokContext("(", true),
  q_tmpl: new TokContext("`", true, true, function(p) {
    return p.tryReadTemplateToken();
  }),
  f_stat: new TokContext("function", false),
  f_expr: new TokContext("function", true),
  f_expr_gen: new TokContext("function", true, false, null, true),
  f_gen: new TokContext("function", false, false, null, true)
};
var pp$6 = Parser.prototype;
pp$6.initialContext = function() {
  return [types.b_stat];
};
pp$6.curContext = function() {
  return this.context[this.context.length - 1];
};
pp$6.braceIsBlock = function(prevType) {
  var parent = this.curContext();
  if (parent === types.f_expr || parent === types.f_stat) {
    return true;
  }
  if (prevType === types$1.colon && (parent === types.b_stat || parent === types.b_expr)) {
    return !parent.isExpr;
  }
  if (prevType === types$1._return || prevType === types$1.name && this.exprAllowed) {
    return lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
  }
  if (prevType === types$1._else || prevType === types$1.semi || prevType === types$1.eof || prevType === types$1.parenR || prevType === types$1.arrow) {
    return true;
  }
  if (prevType === types$1.braceL) {
    return parent === types.b_stat;
  }
  if (prevType === types$1._var || prevType === types$1._const || prevType === types$1.name) {
    return false;
  }
  return !this.exprAllowed;
};
pp$6.inGeneratorContext = function() {
  for (var i = this.context.length - 1; i >= 1; i--) {
    var context = this.context[i];
    if (context.token === "function") {
      return context.generator;
    }
  }
  return false;
};
pp$6.updateContext = function(prevType) {
  var update, type = this.type;
  if (type.keyword && prevType === types$1.dot) {
    this.exprAllowed = false;
  } else if (update = type.updateContext) {
    update.call(this, prevType);
  } else {
    this.exprAllowed = type.beforeExpr;
  }
};
pp$6.overrideContext = function(tokenCtx) {
  if (this.curContext() !== tokenCtx) {
    this.context[this.context.length - 1] = tokenCtx;
  }
};
types$1.parenR.updateContext = types$1.braceR.updateContext = function() {
  if (this.context.length === 1) {
    this.exprAllowed = true;
    return;
  }
  var out = this.context.pop();
  if (out === types.b_stat && this.curContext().token === "function") {
    out = this.context.pop();
  }
  this.exprAllowed = !out.isExpr;
};
types$1.braceL.updateContext = function(prevType) {
  this.context.push(this.braceIsBlock(prevType) ? types.b_stat : types.b_expr);
  this.exprAllowed = true;
};
types$1.dollarBraceL.updateContext = function() {
  this.context.push(types.b_tmpl);
  this.exprAllowed = true;
};
types$1.parenL.updateContext = function(prevType) {
  var statementParens = prevType === types$1._if || prevType === types$1._for || prevType === types$1._with || prevType === types$1._while;
  this.context.push(statementParens ? types.p_stat : types.p_expr);
  this.exprAllowed = true;
};
types$1.incDec.updateContext = function() {
};
types$1._function.updateContext = types$1._class.updateContext = function(prevType) {
  if (prevType.beforeExpr && prevType !== types$1._else && !(prevType === types$1.semi && this.curContext() !== types.p_stat) && !(prevType === types$1._return && lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) && !((prevType === types$1.colon || prevType === types$1.braceL) && this.curContext() === types.b_stat)) {
    this.context.push(types.f_expr);
  } else {
    this.context.push(types.f_stat);
  }
  this.exprAllowed = false;
};
types$1.colon.updateContext = function() {
  if (this.curContext().token === "function") {
    this.context.pop();
  }
  this.exprAllowed = true;
};
types$1.backQuote.updateContext = function() {
  if (this.curContext() === types.q_tmpl) {
    this.context.pop();
  } else {
    this.context.push(types.q_tmpl);
  }
  this.exprAllowed = false;
};
types$1.star.updateContext = function(prevType) {
  if (prevType === types$1._function) {
    var index = this.context.length - 1;
    if (this.context[index] === types.f_expr) {
      this.context[index] = types.f_expr_gen;
    } else {
      this.context[index] = types.f_gen;
    }
  }
  this.exprAllowed = true;
};
types$1.name.updateContext = function(prevType) {
  var allowed = false;
  if (this.options.ecmaVersion >= 6 && prevType !== types$1.dot) {
    if (this.value === "of" && !this.exprAllowed || this.value === "yield" && this.inGeneratorContext()) {
      allowed = true;
    }
  }
  this.exprAllowed = allowed;
};
var pp$5 = Parser.prototype;
pp$5.checkPropClash = function(prop, propHash, refDestructuringErrors) {
  if (this.options.ecmaVersion >= 9 && prop.type === "SpreadElement") {
    return;
  }
  if (this.options.ecmaVersion >= 6 && (prop.computed || prop.method || prop.shorthand)) {
    return;
  }
  var key = prop.key;
  var name;
  switch (key.type) {
    case "Identifier":
      name = key.name;
      break;
    case "Literal":
      name = String(key.value);
      break;
    default:
      return;
  }
  var kind = prop.kind;
  if (this.options.ecmaVersion >= 6) {
    if (name === "__proto__" && kind === "init") {
      if (propHash.proto) {
        if (refDestructuringErrors) {
          if (refDestructuringErrors.doubleProto < 0) {
            refDestructuringErrors.doubleProto = key.start;
          }
        } else {
          this.raiseRecoverable(key.start, "Redefinition of __proto__ property");
        }
      }
      propHash.proto = true;
    }
    return;
  }
  name = "$" + name;
  var other = propHash[name];
  if (other) {
    var redefinition;
    if (kind === "init") {
      redefinition = this.strict && other.init || other.get || other.set;
    } else {
      redefinition = other.init || other[kind];
    }
    if (redefinition) {
      this.raiseRecoverable(key.start, "Redefinition of property");
    }
  } else {
    other = propHash[name] = {
      init: false,
      get: false,
      set: false
    };
  }
  other[kind] = true;
};
pp$5.parseExpression = function(forInit, refDestructuringErrors) {
  var this$1$1 = this;
  return this.catchStackOverflow(function() {
    var startPos = this$1$1.start, startLoc = this$1$1.startLoc;
    var expr = this$1$1.parseMaybeAssign(forInit, refDestructuringErrors);
    if (this$1$1.type === types$1.comma) {
      var node = this$1$1.startNodeAt(startPos, startLoc);
      node.expressions = [expr];
      while (this$1$1.eat(types$1.comma)) {
        node.expressions.push(this$1$1.parseMaybeAssign(forInit, refDestructuringErrors));
      }
      return this$1$1.finishNode(node, "SequenceExpression");
    }
    return expr;
  });
};
pp$5.parseMaybeAssign = function(forInit, refDestructuringErrors, afterLeftParse) {
  if (this.isContextual("yield")) {
    if (this.inGenerator) {
      return this.parseYield(forInit);
    } else {
      this.exprAllowed = false;
    }
  }
  var ownDestructuringErrors = false, oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
  if (refDestructuringErrors) {
    oldParenAssign = refDestructuringErrors.parenthesizedAssign;
    oldTrailingComma = refDestructuringErrors.trailingComma;
    oldDoubleProto = refDestructuringErrors.doubleProto;
    refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
  } else {
    refDestructuringErrors = new DestructuringErrors();
    ownDestructuringErrors = true;
  }
  var startPos = this.start, startLoc = this.startLoc;
  if (this.type === types$1.parenL || this.type === types$1.name) {
    this.potentialArrowAt = this.start;
    this.potentialArrowInForAwait = forInit === "await";
  }
  var left = this.parseMaybeConditional(forInit, refDestructuringErrors);
  if (afterLeftParse) {
    left = afterLeftParse.call(this, left, startPos, startLoc);
  }
  if (this.type.isAssign) {
    var node = this.startNodeAt(startPos, startLoc);
    node.operator = this.value;
    if (this.type === types$1.eq) {
      left = this.toAssignable(left, false, refDestructuringErrors);
    }
    if (!ownDestructuringErrors) {
      refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
      if (refDestructuringErrors.shorthandAssign >= left.start) {
        refDestructuringErrors.shorthandAssign = -1;
      }
      if (refDestructuringErrors.doubleProto >= left.start) {
        refDestructuringErrors.doubleProto = -1;
      }
    }
    if (this.type === types$1.eq) {
      this.checkLValPattern(left);
    } else {
      this.checkLValSimple(left);
    }
    node.left = left;
    this.next();
    node.right = this.parseMaybeAssign(forInit);
    if (oldDoubleProto > -1) {
      refDestructuringErrors.doubleProto = oldDoubleProto;
    }
    return this.finishNode(node, "AssignmentExpression");
  } else {
    if (ownDestructuringErrors) {
      this.checkExpressionErrors(refDestructuringErrors, true);
    }
  }
  if (oldParenAssign > -1) {
    refDestructuringErrors.parenthesizedAssign = oldParenAssign;
  }
  if (oldTrailingComma > -1) {
    refDestructuringErrors.trailingComma = oldTrailingComma;
  }
  return left;
};
pp$5.parseMaybeConditional = function(forInit, refDestructuringErrors) {
  var startPos = this.start, startLoc = this.startLoc;
  var expr = this.parseExprOps(forInit, refDestructuringErrors);
  if (this.checkExpressionErrors(refDestructuringErrors)) {
    return expr;
  }
  if (!(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.question)) {
    var node = this.startNodeAt(startPos, startLoc);
    node.test = expr;
    node.consequent = this.parseMaybeAssign();
    this.expect(types$1.colon);
    node.alternate = this.parseMaybeAssign(forInit);
    return this.finishNode(node, "ConditionalExpression");
  }
  return expr;
};
pp$5.parseExprOps = function(forInit, refDestructuringErrors) {
  var startPos = this.start, startLoc = this.startLoc;
  var expr = this.parseMaybeUnary(refDestructuringErrors, false, false, forInit);
  if (this.checkExpressionErrors(refDestructuringErrors)) {
    return expr;
  }
  return expr.start === startPos && expr.type === "ArrowFunctionExpression" ? expr : this.parseExprOp(expr, startPos, startLoc, -1, forInit);
};
pp$5.parseExprOp = function(left, leftStartPos, leftStartLoc, minPrec, forInit) {
  var prec = this.type.binop;
  if (prec != null && (!forInit || this.type !== types$1._in)) {
    if (prec > minPrec) {
      var logical = this.type === types$1.logicalOR || this.type === types$1.logicalAND;
      var coalesce = this.type === types$1.coalesce;
      if (coalesce) {
        prec = types$1.logicalAND.binop;
      }
      var op = this.value;
      this.next();
      var startPos = this.start, startLoc = this.startLoc;
      var right = this.parseExprOp(this.parseMaybeUnary(null, false, false, forInit), startPos, startLoc, prec, forInit);
      var node = this.buildBinary(leftStartPos, leftStartLoc, left, right, op, logical || coalesce);
      if (logical && this.type === types$1.coalesce || coalesce && (this.type === types$1.logicalOR || this.type === types$1.logicalAND)) {
        this.raiseRecoverable(this.start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
      }
      return this.parseExprOp(node, leftStartPos, leftStartLoc, minPrec, forInit);
    }
  }
  return left;
};
pp$5.buildBinary = function(startPos, startLoc, left, right, op, logical) {
  if (right.type === "PrivateIdentifier") {
    this.raise(right.start, "Private identifier can only be left side of binary expression");
  }
  var node = this.startNodeAt(startPos, startLoc);
  node.left = left;
  node.operator = op;
  node.right = right;
  return this.finishNode(node, logical ? "LogicalExpression" : "BinaryExpression");
};
pp$5.parseMaybeUnary = function(refDestructuringErrors, sawUnary, incDec, forInit) {
  var startPos = this.start, startLoc = this.startLoc, expr;
  if (this.isContextual("await") && this.canAwait) {
    expr = this.parseAwait(forInit);
    sawUnary = true;
  } else if (this.type.prefix) {
    var node = this.startNode(), update = this.type === types$1.incDec;
    node.operator = this.value;
    node.prefix = true;
    this.next();
    node.argument = this.parseMaybeUnary(null, true, update, forInit);
    this.checkExpressionErrors(refDestructuringErrors, true);
    if (update) {
      this.checkLValSimple(node.argument);
    } else if (this.strict && node.operator === "delete" && isLocalVariableAccess(node.argument)) {
      this.raiseRecoverable(node.start, "Deleting local variable in strict mode");
    } else if (node.operator === "delete" && isPrivateFieldAccess(node.argument)) {
      this.raiseRecoverable(node.start, "Private fields can not be deleted");
    } else {
      sawUnary = true;
    }
    expr = this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
  } else if (!sawUnary && this.type === types$1.privateId) {
    if ((forInit || this.privateNameStack.length === 0) && this.options.checkPrivateFields) {
      this.unexpected();
    }
    expr = this.parsePrivateIdent();
    if (this.type !== types$1._in) {
      this.unexpected();
    }
  } else {
    expr = this.parseExprSubscripts(refDestructuringErrors, forInit);
    if (this.checkExpressionErrors(refDestructuringErrors)) {
      return expr;
    }
    while (this.type.postfix && !this.canInsertSemicolon()) {
      var node$1 = this.startNodeAt(startPos, startLoc);
      node$1.operator = this.value;
      node$1.prefix = false;
      node$1.argument = expr;
      this.checkLValSimple(expr);
      this.next();
      expr = this.finishNode(node$1, "UpdateExpression");
    }
  }
  if (!incDec && !(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.starstar)) {
    if (sawUnary) {
      this.unexpected(this.lastTokStart);
    } else {
      return this.buildBinary(startPos, startLoc, expr, this.parseMaybeUnary(null, false, false, forInit), "**", false);
    }
  } else {
    return expr;
  }
};
function isLocalVariableAccess(node) {
  return node.type === "Identifier" || node.type === "ParenthesizedExpression" && isLocalVariableAccess(node.expression);
}
function isPrivateFieldAccess(node) {
  return node.type === "MemberExpression" && node.property.type === "PrivateIdentifier" || node.type === "ChainExpression" && isPrivateFieldAccess(node.expression) || node.type === "ParenthesizedExpression" && isPrivateFieldAccess(node.expression);
}
pp$5.parseExprSubscripts = function(refDestructuringErrors, forInit) {
  var startPos = this.start, startLoc = this.startLoc;
  var oldDoubleProto = -1, oldShorthandAssign = -1;
  if (refDestructuringErrors) {
    oldDoubleProto = refDestructuringErrors.doubleProto;
    oldShorthandAssign = refDestructuringErrors.shorthandAssign;
    refDestructuringErrors.doubleProto = refDestructuringErrors.shorthandAssign = -1;
  }
  var expr = this.parseExprAtom(refDestructuringErrors, forInit);
  if (expr.type === "ArrowFunctionExpression" && this.input.slice(this.lastTokStart, this.lastTokEnd) !== ")") {
    return expr;
  }
  var result = this.parseSubscripts(expr, startPos, startLoc, false, forInit);
  if (refDestructuringErrors) {
    if (result.end > expr.end) {
      this.checkExpressionErrors(refDestructuringErrors, true);
      if (refDestructuringErrors.parenthesizedAssign >= result.start) {
        refDestructuringErrors.parenthesizedAssign = -1;
      }
      if (refDestructuringErrors.parenthesizedBind >= result.start) {
        refDestructuringErrors.parenthesizedBind = -1;
      }
      if (refDestructuringErrors.trailingComma >= result.start) {
        refDestructuringErrors.trailingComma = -1;
      }
    }
    if (oldDoubleProto > -1) {
      refDestructuringErrors.doubleProto = oldDoubleProto;
    }
    if (oldShorthandAssign > -1) {
      refDestructuringErrors.shorthandAssign = oldShorthandAssign;
    }
  }
  return result;
};
pp$5.parseSubscripts = function(base, startPos, startLoc, noCalls, forInit) {
  var maybeAsyncArrow = this.options.ecmaVersion >= 8 && base.type === "Identifier" && base.name === "async" && this.lastTokEnd === base.end && !this.canInsertSemicolon() && base.end - base.start === 5 && this.potentialArrowAt === base.start;
  var optionalChained = false;
  while (true) {
    var element = this.parseSubscript(base, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit);
    if (element.optional) {
      optionalChained = true;
    }
    if (element.end === base.end || element.type === "ArrowFunctionExpression") {
      if (optionalChained) {
        var chainNode = this.startNodeAt(startPos, startLoc);
        chainNode.expression = element;
        element = this.finishNode(chainNode, "ChainExpression");
      }
      return element;
    }
    base = element;
    maybeAsyncArrow = false;
  }
};
pp$5.shouldParseAsyncArrow = function() {
  return !this.canInsertSemicolon() && this.eat(types$1.arrow);
};
pp$5.parseSubscriptAsyncArrow = function(startPos, startLoc, exprList, forInit) {
  return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, true, forInit);
};
pp$5.parseSubscript = function(base, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit) {
  var optionalSupported = this.options.ecmaVersion >= 11;
  var optional = optionalSupported && this.eat(types$1.questionDot);
  if (noCalls && optional) {
    this.raise(this.lastTokStart, "Optional chaining cannot appear in the callee of new expressions");
  }
  var computed = this.eat(types$1.bracketL);
  if (computed || optional && this.type !== types$1.parenL && this.type !== types$1.backQuote || this.eat(types$1.dot)) {
    var node = this.startNodeAt(startPos, startLoc);
    node.object = base;
    if (computed) {
      node.property = this.parseExpression();
      this.expect(types$1.bracketR);
    } else if (this.type === types$1.privateId && base.type !== "Super") {
      node.property = this.parsePrivateIdent();
    } else {
      node.property = this.parseIdent(this.options.allowReserved !== "never");
    }
    node.computed = !!computed;
    if (optionalSupported) {
      node.optional = optional;
    }
    base = this.finishNode(node, "MemberExpression");
  } else if (!noCalls && this.eat(types$1.parenL)) {
    var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
    this.yieldPos = 0;
    this.awaitPos = 0;
    this.awaitIdentPos = 0;
    var exprList = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false, refDestructuringErrors);
    if (maybeAsyncArrow && !optional && this.shouldParseAsyncArrow()) {
      this.checkPatternErrors(refDestructuringErrors, false);
      this.checkYieldAwaitInDefaultParams();
      if (this.awaitIdentPos > 0) {
        this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
      }
      this.yieldPos = oldYieldPos;
      this.awaitPos = oldAwaitPos;
      this.awaitIdentPos = oldAwaitIdentPos;
      return this.parseSubscriptAsyncArrow(startPos, startLoc, exprList, forInit);
    }
    this.checkExpressionErrors(refDestructuringErrors, true);
    this.yieldPos = oldYieldPos || this.yieldPos;
    this.awaitPos = oldAwaitPos || this.awaitPos;
    this.awaitIdentPos = oldAwaitIdentPos || this.awaitIdentPos;
    var node$1 = this.startNodeAt(startPos, startLoc);
    node$1.callee = base;
    node$1.arguments = exprList;
    if (optionalSupported) {
      node$1.optional = optional;
    }
    base = this.finishNode(node$1, "CallExpression");
  } else if (this.type === types$1.backQuote) {
    if (optional || optionalChained) {
      this.raise(this.start, "Optional chaining cannot appear in the tag of tagged template expressions");
    }
    var node$2 = this.startNodeAt(startPos, startLoc);
    node$2.tag = base;
    node$2.quasi = this.parseTemplate({ isTagged: true });
    base = this.finishNode(node$2, "TaggedTemplateExpression");
  }
  return base;
};
pp$5.parseExprAtom = function(refDestructuringErrors, forInit, forNew) {
  if (this.type === types$1.slash) {
    this.readRegexp();
  }
  var node, canBeArrow = this.potentialArrowAt === this.start;
  switch (this.type) {
    case types$1._super:
      if (!this.allowSuper) {
        this.raise(this.start, "'super' keyword outside a method");
      }
      node = this.startNode();
      this.next();
      if (this.type === types$1.parenL && !this.allowDirectSuper) {
        this.raise(node.start, "super() call outside constructor of a subclass");
      }
      if (this.type !== types$1.dot && this.type !== types$1.bracketL && this.type !== types$1.parenL) {
        this.unexpected();
      }
      return this.finishNode(node, "Super");
    case types$1._this:
      node = this.startNode();
      this.next();
      return this.finishNode(node, "ThisExpression");
    case types$1.name:
      var startPos = this.start, startLoc = this.startLoc, containsEsc = this.containsEsc;
      var id = this.parseIdent(false);
      if (this.options.ecmaVersion >= 8 && !containsEsc && id.name === "async" && !this.canInsertSemicolon() && this.eat(types$1._function)) {
        this.overrideContext(types.f_expr);
        return this.parseFunction(this.startNodeAt(startPos, startLoc), 0, false, true, forInit);
      }
      if (canBeArrow && !this.canInsertSemicolon()) {
        if (this.eat(types$1.arrow)) {
          return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], false, forInit);
        }
        if (this.options.ecmaVersion >= 8 && id.name === "async" && this.type === types$1.name && !containsEsc && (!this.potentialArrowInForAwait || this.value !== "of" || this.containsEsc)) {
          id = this.parseIdent(false);
          if (this.canInsertSemicolon() || !this.eat(types$1.arrow)) {
            this.unexpected();
          }
          return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], true, forInit);
        }
      }
      return id;
    case types$1.regexp:
      var value = this.value;
      node = this.parseLiteral(value.value);
      node.regex = { pattern: value.pattern, flags: value.flags };
      return node;
    case types$1.num:
    case types$1.string:
      return this.parseLiteral(this.value);
    case types$1._null:
    case types$1._true:
    case types$1._false:
      node = this.startNode();
      node.value = this.type === types$1._null ? null : this.type === types$1._true;
      node.raw = this.type.keyword;
      this.next();
      return this.finishNode(node, "Literal");
    case types$1.parenL:
      var start = this.start, expr = this.parseParenAndDistinguishExpression(canBeArrow, forInit);
      if (refDestructuringErrors) {
        if (refDestructuringErrors.parenthesizedAssign < 0 && !this.isSimpleAssignTarget(expr)) {
          refDestructuringErrors.parenthesizedAssign = start;
        }
        if (refDestructuringErrors.parenthesizedBind < 0) {
          refDestructuringErrors.parenthesizedBind = start;
        }
      }
      return expr;
    case types$1.bracketL:
      node = this.startNode();
      this.next();
      node.elements = this.parseExprList(types$1.bracketR, true, true, refDestructuringErrors);
      return this.finishNode(node, "ArrayExpression");
    case types$1.braceL:
      this.overrideContext(types.b_expr);
      return this.parseObj(false, refDestructuringErrors);
    case types$1._function:
      node = this.startNode();
      this.next();
      return this.parseFunction(node, 0);
    case types$1._class:
      return this.parseClass(this.startNode(), false);
    case types$1._new:
      return this.parseNew();
    case types$1.backQuote:
      return this.parseTemplate();
    case types$1._import:
      if (this.options.ecmaVersion >= 11) {
        return this.parseExprImport(forNew);
      } else {
        return this.unexpected();
      }
    default:
      return this.parseExprAtomDefault();
  }
};
pp$5.parseExprAtomDefault = function() {
  this.unexpected();
};
pp$5.parseExprImport = function(forNew) {
  var node = this.startNode();
  if (this.containsEsc) {
    this.raiseRecoverable(this.start, "Escape sequence in keyword import");
  }
  this.next();
  if (this.type === types$1.parenL && !forNew) {
    return this.parseDynamicImport(node);
  } else if (this.type === types$1.dot) {
    var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
    meta.name = "import";
    node.meta = this.finishNode(meta, "Identifier");
    return this.parseImportMeta(node);
  } else {
    this.unexpected();
  }
};
pp$5.parseDynamicImport = function(node) {
  this.next();
  node.source = this.parseMaybeAssign();
  if (this.options.ecmaVersion >= 16) {
    if (!this.eat(types$1.parenR)) {
      this.expect(types$1.comma);
      if (!this.afterTrailingComma(types$1.parenR)) {
        node.options = this.parseMaybeAssign();
        if (!this.eat(types$1.parenR)) {
          this.expect(types$1.comma);
          if (!this.afterTrailingComma(types$1.parenR)) {
            this.unexpected();
          }
        }
      } else {
        node.options = null;
      }
    } else {
      node.options = null;
    }
  } else {
    if (!this.eat(types$1.parenR)) {
      var errorPos = this.start;
      if (this.eat(types$1.comma) && this.eat(types$1.parenR)) {
        this.raiseRecoverable(errorPos, "Trailing comma is not allowed in import()");
      } else {
        this.unexpected(errorPos);
      }
    }
  }
  return this.finishNode(node, "ImportExpression");
};
pp$5.parseImportMeta = function(node) {
  this.next();
  var containsEsc = this.containsEsc;
  node.property = this.parseIdent(true);
  if (node.property.name !== "meta") {
    this.raiseRecoverable(node.property.start, "The only valid meta property for import is 'import.meta'");
  }
  if (containsEsc) {
    this.raiseRecoverable(node.start, "'import.meta' must not contain escaped characters");
  }
  if (this.options.sourceType !== "module" && !this.options.allowImportExportEverywhere) {
    this.raiseRecoverable(node.start, "Cannot use 'import.meta' outside a module");
  }
  return this.finishNode(node, "MetaProperty");
};
pp$5.parseLiteral = function(value) {
  var node = this.startNode();
  node.value = value;
  node.raw = this.input.slice(this.start, this.end);
  if (node.raw.charCodeAt(node.raw.length - 1) === 110) {
    node.bigint = node.value != null ? node.value.toString() : node.raw.slice(0, -1).replace(/_/g, "");
  }
  this.next();
  return this.finishNode(node, "Literal");
};
pp$5.parseParenExpression = function() {
  this.expect(types$1.parenL);
  var val = this.parseExpression();
  this.expect(types$1.parenR);
  return val;
};
pp$5.shouldParseArrow = function(exprList) {
  return !this.canInsertSemicolon();
};
pp$5.parseParenAndDistinguishExpression = function(canBeArrow, forInit) {
  var startPos = this.start, startLoc = this.startLoc, val, allowTrailingComma = this.options.ecmaVersion >= 8;
  if (this.options.ecmaVersion >= 6) {
    this.next();
    var innerStartPos = this.start, innerStartLoc = this.startLoc;
    var exprList = [], first = true, lastIsComma = false;
    var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, spreadStart;
    this.yieldPos = 0;
    this.awaitPos = 0;
    while (this.type !== types$1.parenR) {
      first ? first = false : this.expect(types$1.comma);
      if (allowTrailingComma && this.afterTrailingComma(types$1.parenR, true)) {
        lastIsComma = true;
        break;
      } else if (this.type === types$1.ellipsis) {
        spreadStart = this.start;
        exprList.push(this.parseParenItem(this.parseRestBinding()));
        if (this.type === types$1.comma) {
          this.raiseRecoverable(
            this.start,
            "Comma is not permitted after the rest element"
          );
        }
        break;
      } else {
        exprList.push(this.parseMaybeAssign(false, refDestructuringErrors, this.parseParenItem));
      }
    }
    var innerEndPos = this.lastTokEnd, innerEndLoc = this.lastTokEndLoc;
    this.expect(types$1.parenR);
    if (canBeArrow && this.shouldParseArrow(exprList) && this.eat(types$1.arrow)) {
      this.checkPatternErrors(refDestructuringErrors, false);
      this.checkYieldAwaitInDefaultParams();
      this.yieldPos = oldYieldPos;
      this.awaitPos = oldAwaitPos;
      return this.parseParenArrowList(startPos, startLoc, exprList, forInit);
    }
    if (!exprList.length || lastIsComma) {
      this.unexpected(this.lastTokStart);
    }
    if (spreadStart) {
      this.unexpected(spreadStart);
    }
    this.checkExpressionErrors(refDestructuringErrors, true);
    this.yieldPos = oldYieldPos || this.yieldPos;
    this.awaitPos = oldAwaitPos || this.awaitPos;
    if (exprList.length > 1) {
      val = this.startNodeAt(innerStartPos, innerStartLoc);
      val.expressions = exprList;
      this.finishNodeAt(val, "SequenceExpression", innerEndPos, innerEndLoc);
    } else {
      val = exprList[0];
    }
  } else {
    val = this.parseParenExpression();
  }
  if (this.options.preserveParens) {
    var par = this.startNodeAt(startPos, startLoc);
    par.expression = val;
    return this.finishNode(par, "ParenthesizedExpression");
  } else {
    return val;
  }
};
pp$5.parseParenItem = function(item) {
  return item;
};
pp$5.parseParenArrowList = function(startPos, startLoc, exprList, forInit) {
  return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, false, forInit);
};
var empty = [];
pp$5.parseNew = function() {
  if (this.containsEsc) {
    this.raiseRecoverable(this.start, "Escape sequence in keyword new");
  }
  var node = this.startNode();
  this.next();
  if (this.options.ecmaVersion >= 6 && this.type === types$1.dot) {
    var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
    meta.name = "new";
    node.meta = this.finishNode(meta, "Identifier");
    this.next();
    var containsEsc = this.containsEsc;
    node.property = this.parseIdent(true);
    if (node.property.name !== "target") {
      this.raiseRecoverable(node.property.start, "The only valid meta property for new is 'new.target'");
    }
    if (containsEsc) {
      this.raiseRecoverable(node.start, "'new.target' must not contain escaped characters");
    }
    if (!this.allowNewDotTarget) {
      this.raiseRecoverable(node.start, "'new.target' can only be used in functions and class static block");
    }
    return this.finishNode(node, "MetaProperty");
  }
  var startPos = this.start, startLoc = this.startLoc;
  node.callee = this.parseSubscripts(this.parseExprAtom(null, false, true), startPos, startLoc, true, false);
  if (node.callee.type === "Super") {
    this.raiseRecoverable(startPos, "Invalid use of 'super'");
  }
  if (this.eat(types$1.parenL)) {
    node.arguments = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false);
  } else {
    node.arguments = empty;
  }
  return this.finishNode(node, "NewExpression");
};
pp$5.parseTemplateElement = function(ref2) {
  var isTagged = ref2.isTagged;
  var elem = this.startNode();
  if (this.type === types$1.invalidTemplate) {
    if (!isTagged) {
      this.raiseRecoverable(this.start, "Bad escape sequence in untagged template literal");
    }
    elem.value = {
      raw: this.value.replace(/\r\n?/g, "\n"),
      cooked: null
    };
  } else {
    elem.value = {
      raw: this.input.slice(this.start, this.end).replace(/\r\n?/g, "\n"),
      cooked: this.value
    };
  }
  this.next();
  elem.tail = this.type === types$1.backQuote;
  return this.finishNode(elem, "TemplateElement");
};
pp$5.parseTemplate = function(ref2) {
  if (ref2 === void 0) ref2 = {};
  var isTagged = ref2.isTagged;
  if (isTagged === void 0) isTagged = false;
  var node = this.startNode();
  this.next();
  node.expressions = [];
  var curElt = this.parseTemplateElement({ isTagged });
  node.quasis = [curElt];
  while (!curElt.tail) {
    if (this.type === types$1.eof) {
      this.raise(this.pos, "Unterminated template literal");
    }
    this.expect(types$1.dollarBraceL);
    node.expressions.push(this.parseExpression());
    this.expect(types$1.braceR);
    node.quasis.push(curElt = this.parseTemplateElement({ isTagged }));
  }
  this.next();
  return this.finishNode(node, "TemplateLiteral");
};
pp$5.isAsyncProp = function(prop) {
  return !prop.computed && prop.key.type === "Identifier" && prop.key.name === "async" && (this.type === types$1.name || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword || this.options.ecmaVersion >= 9 && this.type === types$1.star) && !lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
};
pp$5.parseObj = function(isPattern, refDestructuringErrors) {
  var node = this.startNode(), first = true, propHash = {};
  node.properties = [];
  this.next();
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.options.ecmaVersion >= 5 && this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    var prop = this.parseProperty(isPattern, refDestructuringErrors);
    if (!isPattern) {
      this.checkPropClash(prop, propHash, refDestructuringErrors);
    }
    node.properties.push(prop);
  }
  return this.finishNode(node, isPattern ? "ObjectPattern" : "ObjectExpression");
};
pp$5.parseProperty = function(isPattern, refDestructuringErrors) {
  var prop = this.startNode(), isGenerator, isAsync, startPos, startLoc;
  if (this.options.ecmaVersion >= 9 && this.eat(types$1.ellipsis)) {
    if (isPattern) {
      prop.argument = this.parseIdent(false);
      if (this.type === types$1.comma) {
        this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
      }
      return this.finishNode(prop, "RestElement");
    }
    prop.argument = this.parseMaybeAssign(false, refDestructuringErrors);
    if (this.type === types$1.comma && refDestructuringErrors && refDestructuringErrors.trailingComma < 0) {
      refDestructuringErrors.trailingComma = this.start;
    }
    return this.finishNode(prop, "SpreadElement");
  }
  if (this.options.ecmaVersion >= 6) {
    prop.method = false;
    prop.shorthand = false;
    if (isPattern || refDestructuringErrors) {
      startPos = this.start;
      startLoc = this.startLoc;
    }
    if (!isPattern) {
      isGenerator = this.eat(types$1.star);
    }
  }
  var containsEsc = this.containsEsc;
  this.parsePropertyName(prop);
  if (!isPattern && !containsEsc && this.options.ecmaVersion >= 8 && !isGenerator && this.isAsyncProp(prop)) {
    isAsync = true;
    isGenerator = this.options.ecmaVersion >= 9 && this.eat(types$1.star);
    this.parsePropertyName(prop);
  } else {
    isAsync = false;
  }
  this.parsePropertyValue(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc);
  return this.finishNode(prop, "Property");
};
pp$5.parseGetterSetter = function(prop) {
  var kind = prop.key.name;
  this.parsePropertyName(prop);
  prop.value = this.parseMethod(false);
  prop.kind = kind;
  var paramCount = prop.kind === "get" ? 0 : 1;
  if (prop.value.params.length !== paramCount) {
    var start = prop.value.start;
    if (prop.kind === "get") {
      this.raiseRecoverable(start, "getter should have no params");
    } else {
      this.raiseRecoverable(start, "setter should have exactly one param");
    }
  } else {
    if (prop.kind === "set" && prop.value.params[0].type === "RestElement") {
      this.raiseRecoverable(prop.value.params[0].start, "Setter cannot use rest params");
    }
  }
};
pp$5.parsePropertyValue = function(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc) {
  if ((isGenerator || isAsync) && this.type === types$1.colon) {
    this.unexpected();
  }
  if (this.eat(types$1.colon)) {
    prop.value = isPattern ? this.parseMaybeDefault(this.start, this.startLoc) : this.parseMaybeAssign(false, refDestructuringErrors);
    prop.kind = "init";
  } else if (this.options.ecmaVersion >= 6 && this.type === types$1.parenL) {
    if (isPattern) {
      this.unexpected();
    }
    prop.method = true;
    prop.value = this.parseMethod(isGenerator, isAsync);
    prop.kind = "init";
  } else if (!isPattern && !containsEsc && this.options.ecmaVersion >= 5 && !prop.computed && prop.key.type === "Identifier" && (prop.key.name === "get" || prop.key.name === "set") && (this.type !== types$1.comma && this.type !== types$1.braceR && this.type !== types$1.eq)) {
    if (isGenerator || isAsync) {
      this.unexpected();
    }
    this.parseGetterSetter(prop);
  } else if (this.options.ecmaVersion >= 6 && !prop.computed && prop.key.type === "Identifier") {
    if (isGenerator || isAsync) {
      this.unexpected();
    }
    this.checkUnreserved(prop.key);
    if (prop.key.name === "await" && !this.awaitIdentPos) {
      this.awaitIdentPos = startPos;
    }
    if (isPattern) {
      prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
    } else if (this.type === types$1.eq && refDestructuringErrors) {
      if (refDestructuringErrors.shorthandAssign < 0) {
        refDestructuringErrors.shorthandAssign = this.start;
      }
      prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
    } else {
      prop.value = this.copyNode(prop.key);
    }
    prop.kind = "init";
    prop.shorthand = true;
  } else {
    this.unexpected();
  }
};
pp$5.parsePropertyName = function(prop) {
  if (this.options.ecmaVersion >= 6) {
    if (this.eat(types$1.bracketL)) {
      prop.computed = true;
      prop.key = this.parseMaybeAssign();
      this.expect(types$1.bracketR);
      return prop.key;
    } else {
      prop.computed = false;
    }
  }
  return prop.key = this.type === types$1.num || this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
};
pp$5.initFunction = function(node) {
  node.id = null;
  if (this.options.ecmaVersion >= 6) {
    node.generator = node.expression = false;
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = false;
  }
};
pp$5.parseMethod = function(isGenerator, isAsync, allowDirectSuper) {
  var node = this.startNode(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
  this.initFunction(node);
  if (this.options.ecmaVersion >= 6) {
    node.generator = isGenerator;
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  this.yieldPos = 0;
  this.awaitPos = 0;
  this.awaitIdentPos = 0;
  this.enterScope(functionFlags(isAsync, node.generator) | SCOPE_SUPER | (allowDirectSuper ? SCOPE_DIRECT_SUPER : 0));
  this.expect(types$1.parenL);
  node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
  this.checkYieldAwaitInDefaultParams();
  this.parseFunctionBody(node, false, true, false);
  this.yieldPos = oldYieldPos;
  this.awaitPos = oldAwaitPos;
  this.awaitIdentPos = oldAwaitIdentPos;
  return this.finishNode(node, "FunctionExpression");
};
pp$5.parseArrowExpression = function(node, params, isAsync, forInit) {
  var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
  this.enterScope(functionFlags(isAsync, false) | SCOPE_ARROW);
  this.initFunction(node);
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  this.yieldPos = 0;
  this.awaitPos = 0;
  this.awaitIdentPos = 0;
  node.params = this.toAssignableList(params, true);
  this.parseFunctionBody(node, true, false, forInit);
  this.yieldPos = oldYieldPos;
  this.awaitPos = oldAwaitPos;
  this.awaitIdentPos = oldAwaitIdentPos;
  return this.finishNode(node, "ArrowFunctionExpression");
};
pp$5.parseFunctionBody = function(node, isArrowFunction, isMethod, forInit) {
  var isExpression = isArrowFunction && this.type !== types$1.braceL;
  var oldStrict = this.strict, useStrict = false;
  if (isExpression) {
    node.body = this.parseMaybeAssign(forInit);
    node.expression = true;
    this.checkParams(node, false);
  } else {
    var nonSimple = this.options.ecmaVersion >= 7 && !this.isSimpleParamList(node.params);
    if (!oldStrict || nonSimple) {
      useStrict = this.strictDirective(this.end);
      if (useStrict && nonSimple) {
        this.raiseRecoverable(node.start, "Illegal 'use strict' directive in function with non-simple parameter list");
      }
    }
    var oldLabels = this.labels;
    this.labels = [];
    if (useStrict) {
      this.strict = true;
    }
    this.checkParams(node, !oldStrict && !useStrict && !isArrowFunction && !isMethod && this.isSimpleParamList(node.params));
    if (this.strict && node.id) {
      this.checkLValSimple(node.id, BIND_OUTSIDE);
    }
    node.body = this.parseBlock(false, void 0, useStrict && !oldStrict);
    node.expression = false;
    this.adaptDirectivePrologue(node.body.body);
    this.labels = oldLabels;
  }
  this.exitScope();
};
pp$5.isSimpleParamList = function(params) {
  for (var i = 0, list2 = params; i < list2.length; i += 1) {
    var param = list2[i];
    if (param.type !== "Identifier") {
      return false;
    }
  }
  return true;
};
pp$5.checkParams = function(node, allowDuplicates) {
  var nameHash = /* @__PURE__ */ Object.create(null);
  for (var i = 0, list2 = node.params; i < list2.length; i += 1) {
    var param = list2[i];
    this.checkLValInnerPattern(param, BIND_VAR, allowDuplicates ? null : nameHash);
  }
};
pp$5.parseExprList = function(close, allowTrailingComma, allowEmpty, refDestructuringErrors) {
  var elts = [], first = true;
  while (!this.eat(close)) {
    if (!first) {
      this.expect(types$1.comma);
      if (allowTrailingComma && this.afterTrailingComma(close)) {
        break;
      }
    } else {
      first = false;
    }
    var elt = void 0;
    if (allowEmpty && this.type === types$1.comma) {
      elt = null;
    } else if (this.type === types$1.ellipsis) {
      elt = this.parseSpread(refDestructuringErrors);
      if (refDestructuringErrors && this.type === types$1.comma && refDestructuringErrors.trailingComma < 0) {
        refDestructuringErrors.trailingComma = this.start;
      }
    } else {
      elt = this.parseMaybeAssign(false, refDestructuringErrors);
    }
    elts.push(elt);
  }
  return elts;
};
pp$5.checkUnreserved = function(ref2) {
  var start = ref2.start;
  var end = ref2.end;
  var name = ref2.name;
  if (this.inGenerator && name === "yield") {
    this.raiseRecoverable(start, "Cannot use 'yield' as identifier inside a generator");
  }
  if (this.inAsync && name === "await") {
    this.raiseRecoverable(start, "Cannot use 'await' as identifier inside an async function");
  }
  if (!(this.currentThisScope().flags & SCOPE_VAR) && name === "arguments") {
    this.raiseRecoverable(start, "Cannot use 'arguments' in class field initializer");
  }
  if (this.inClassStaticBlock && (name === "arguments" || name === "await")) {
    this.raise(start, "Cannot use " + name + " in class static initialization block");
  }
  if (this.keywords.test(name)) {
    this.raise(start, "Unexpected keyword '" + name + "'");
  }
  if (this.options.ecmaVersion < 6 && this.input.slice(start, end).indexOf("\\") !== -1) {
    return;
  }
  var re = this.strict ? this.reservedWordsStrict : this.reservedWords;
  if (re.test(name)) {
    if (!this.inAsync && name === "await") {
      this.raiseRecoverable(start, "Cannot use keyword 'await' outside an async function");
    }
    this.raiseRecoverable(start, "The keyword '" + name + "' is reserved");
  }
};
pp$5.parseIdent = function(liberal) {
  var node = this.parseIdentNode();
  this.next(!!liberal);
  this.finishNode(node, "Identifier");
  if (!liberal) {
    this.checkUnreserved(node);
    if (node.name === "await" && !this.awaitIdentPos) {
      this.awaitIdentPos = node.start;
    }
  }
  return node;
};
pp$5.parseIdentNode = function() {
  var node = this.startNode();
  if (this.type === types$1.name) {
    node.name = this.value;
  } else if (this.type.keyword) {
    node.name = this.type.keyword;
    if ((node.name === "class" || node.name === "function") && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46)) {
      this.context.pop();
    }
    this.type = types$1.name;
  } else {
    this.unexpected();
  }
  return node;
};
pp$5.parsePrivateIdent = function() {
  var node = this.startNode();
  if (this.type === types$1.privateId) {
    node.name = this.value;
  } else {
    this.unexpected();
  }
  this.next();
  this.finishNode(node, "PrivateIdentifier");
  if (this.options.checkPrivateFields) {
    if (this.privateNameStack.length === 0) {
      this.raise(node.start, "Private field '#" + node.name + "' must be declared in an enclosing class");
    } else {
      this.privateNameStack[this.privateNameStack.length - 1].used.push(node);
    }
  }
  return node;
};
pp$5.parseYield = function(forInit) {
  if (!this.yieldPos) {
    this.yieldPos = this.start;
  }
  var node = this.startNode();
  this.next();
  if (this.type === types$1.semi || this.canInsertSemicolon() || this.type !== types$1.star && !this.type.startsExpr) {
    node.delegate = false;
    node.argument = null;
  } else {
    node.delegate = this.eat(types$1.star);
    node.argument = this.parseMaybeAssign(forInit);
  }
  return this.finishNode(node, "YieldExpression");
};
pp$5.parseAwait = function(forInit) {
  if (!this.awaitPos) {
    this.awaitPos = this.start;
  }
  var node = this.startNode();
  this.next();
  node.argument = this.parseMaybeUnary(null, true, false, forInit);
  return this.finishNode(node, "AwaitExpression");
};
var pp$4 = Parser.prototype;
pp$4.raise = function(pos, message) {
  var loc = getLineInfo(this.input, pos);
  message += " (" + loc.line + ":" + loc.column + ")";
  if (this.sourceFile) {
    message += " in " + this.sourceFile;
  }
  var err = new SyntaxError(message);
  err.pos = pos;
  err.loc = loc;
  err.raisedAt = this.pos;
  throw err;
};
pp$4.raiseRecoverable = pp$4.raise;
pp$4.curPosition = function() {
  if (this.options.locations) {
    return new Position(this.curLine, this.pos - this.lineStart);
  }
};
var pp$3 = Parser.prototype;
var Scope = function Scope2(flags) {
  this.flags = flags;
  this.var = [];
  this.lexical = [];
  this.functions = [];
};
pp$3.enterScope = function(flags) {
  this.scopeStack.push(new Scope(flags));
};
pp$3.exitScope = function() {
  this.scopeStack.pop();
};
pp$3.treatFunctionsAsVarInScope = function(scope) {
  return scope.flags & SCOPE_FUNCTION || !this.inModule && scope.flags & SCOPE_TOP;
};
pp$3.declareName = function(name, bindingType, pos) {
  var redeclared = false;
  if (bindingType === BIND_LEXICAL) {
    var scope = this.currentScope();
    redeclared = scope.lexical.indexOf(name) > -1 || scope.functions.indexOf(name) > -1 || scope.var.indexOf(name) > -1;
    scope.lexical.push(name);
    if (this.inModule && scope.flags & SCOPE_TOP) {
      delete this.undefinedExports[name];
    }
  } else if (bindingType === BIND_SIMPLE_CATCH) {
    var scope$1 = this.currentScope();
    scope$1.lexical.push(name);
  } else if (bindingType === BIND_FUNCTION) {
    var scope$2 = this.currentScope();
    if (this.treatFunctionsAsVar) {
      redeclared = scope$2.lexical.indexOf(name) > -1;
    } else {
      redeclared = scope$2.lexical.indexOf(name) > -1 || scope$2.var.indexOf(name) > -1;
    }
    scope$2.functions.push(name);
  } else {
    for (var i = this.scopeStack.length - 1; i >= 0; --i) {
      var scope$3 = this.scopeStack[i];
      if (scope$3.lexical.indexOf(name) > -1 && !(scope$3.flags & SCOPE_SIMPLE_CATCH && scope$3.lexical[0] === name) || !this.treatFunctionsAsVarInScope(scope$3) && scope$3.functions.indexOf(name) > -1) {
        redeclared = true;
        break;
      }
      scope$3.var.push(name);
      if (this.inModule && scope$3.flags & SCOPE_TOP) {
        delete this.undefinedExports[name];
      }
      if (scope$3.flags & SCOPE_VAR) {
        break;
      }
    }
  }
  if (redeclared) {
    this.raiseRecoverable(pos, "Identifier '" + name + "' has already been declared");
  }
};
pp$3.checkLocalExport = function(id) {
  if (this.scopeStack[0].lexical.indexOf(id.name) === -1 && this.scopeStack[0].var.indexOf(id.name) === -1) {
    this.undefinedExports[id.name] = id;
  }
};
pp$3.currentScope = function() {
  return this.scopeStack[this.scopeStack.length - 1];
};
pp$3.currentVarScope = function() {
  for (var i = this.scopeStack.length - 1; ; i--) {
    var scope = this.scopeStack[i];
    if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK)) {
      return scope;
    }
  }
};
pp$3.currentThisScope = function() {
  for (var i = this.scopeStack.length - 1; ; i--) {
    var scope = this.scopeStack[i];
    if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK) && !(scope.flags & SCOPE_ARROW)) {
      return scope;
    }
  }
};
var Node = function Node2(parser, pos, loc) {
  this.type = "";
  this.start = pos;
  this.end = 0;
  if (parser.options.locations) {
    this.loc = new SourceLocation(parser, loc);
  }
  if (parser.options.directSourceFile) {
    this.sourceFile = parser.options.directSourceFile;
  }
  if (parser.options.ranges) {
    this.range = [pos, 0];
  }
};
var pp$2 = Parser.prototype;
pp$2.startNode = function() {
  return new Node(this, this.start, this.startLoc);
};
pp$2.startNodeAt = function(pos, loc) {
  return new Node(this, pos, loc);
};
function finishNodeAt(node, type, pos, loc) {
  node.type = type;
  node.end = pos;
  if (this.options.locations) {
    node.loc.end = loc;
  }
  if (this.options.ranges) {
    node.range[1] = pos;
  }
  return node;
}
pp$2.finishNode = function(node, type) {
  return finishNodeAt.call(this, node, type, this.lastTokEnd, this.lastTokEndLoc);
};
pp$2.finishNodeAt = function(node, type, pos, loc) {
  return finishNodeAt.call(this, node, type, pos, loc);
};
pp$2.copyNode = function(node) {
  var newNode = new Node(this, node.start, this.startLoc);
  for (var prop in node) {
    newNode[prop] = node[prop];
  }
  return newNode;
};
var scriptValuesAddedInUnicode = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
var ecma9BinaryProperties = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
var ecma10BinaryProperties = ecma9BinaryProperties + " Extended_Pictographic";
var ecma11BinaryProperties = ecma10BinaryProperties;
var ecma12BinaryProperties = ecma11BinaryProperties + " EBase EComp EMod EPres ExtPict";
var ecma13BinaryProperties = ecma12BinaryProperties;
var ecma14BinaryProperties = ecma13BinaryProperties;
var unicodeBinaryProperties = {
  9: ecma9BinaryProperties,
  10: ecma10BinaryProperties,
  11: ecma11BinaryProperties,
  12: ecma12BinaryProperties,
  13: ecma13BinaryProperties,
  14: ecma14BinaryProperties
};
var ecma14BinaryPropertiesOfStrings = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
var unicodeBinaryPropertiesOfStrings = {
  9: "",
  10: "",
  11: "",
  12: "",
  13: "",
  14: ecma14BinaryPropertiesOfStrings
};
var unicodeGeneralCategoryValues = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
var ecma9ScriptValues = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
var ecma10ScriptValues = ecma9ScriptValues + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
var ecma11ScriptValues = ecma10ScriptValues + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
var ecma12ScriptValues = ecma11ScriptValues + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
var ecma13ScriptValues = ecma12ScriptValues + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
var ecma14ScriptValues = ecma13ScriptValues + " " + scriptValuesAddedInUnicode;
var unicodeScriptValues = {
  9: ecma9ScriptValues,
  10: ecma10ScriptValues,
  11: ecma11ScriptValues,
  12: ecma12ScriptValues,
  13: ecma13ScriptValues,
  14: ecma14ScriptValues
};
var data = {};
function buildUnicodeData(ecmaVersion) {
  var d = data[ecmaVersion] = {
    binary: wordsRegexp(unicodeBinaryProperties[ecmaVersion] + " " + unicodeGeneralCategoryValues),
    binaryOfStrings: wordsRegexp(unicodeBinaryPropertiesOfStrings[ecmaVersion]),
    nonBinary: {
      General_Category: wordsRegexp(unicodeGeneralCategoryValues),
      Script: wordsRegexp(unicodeScriptValues[ecmaVersion])
    }
  };
  d.nonBinary.Script_Extensions = d.nonBinary.Script;
  d.nonBinary.gc = d.nonBinary.General_Category;
  d.nonBinary.sc = d.nonBinary.Script;
  d.nonBinary.scx = d.nonBinary.Script_Extensions;
}
for (i = 0, list2 = [9, 10, 11, 12, 13, 14]; i < list2.length; i += 1) {
  ecmaVersion = list2[i];
  buildUnicodeData(ecmaVersion);
}
var ecmaVersion;
var i;
var list2;
var pp$1 = Parser.prototype;
var BranchID = function BranchID2(parent, base) {
  this.parent = parent;
  this.base = base || this;
};
BranchID.prototype.separatedFrom = function separatedFrom(alt) {
  for (var self = this; self; self = self.parent) {
    for (var other = alt; other; other = other.parent) {
      if (self.base === other.base && self !== other) {
        return true;
      }
    }
  }
  return false;
};
BranchID.prototype.sibling = function sibling() {
  return new BranchID(this.parent, this.base);
};
var RegExpValidationState = function RegExpValidationState2(parser) {
  this.parser = parser;
  this.validFlags = "gim" + (parser.options.ecmaVersion >= 6 ? "uy" : "") + (parser.options.ecmaVersion >= 9 ? "s" : "") + (parser.options.ecmaVersion >= 13 ? "d" : "") + (parser.options.ecmaVersion >= 15 ? "v" : "");
  this.unicodeProperties = data[parser.options.ecmaVersion >= 14 ? 14 : parser.options.ecmaVersion];
  this.source = "";
  this.flags = "";
  this.start = 0;
  this.switchU = false;
  this.switchV = false;
  this.switchN = false;
  this.pos = 0;
  this.lastIntValue = 0;
  this.lastStringValue = "";
  this.lastAssertionIsQuantifiable = false;
  this.numCapturingParens = 0;
  this.maxBackReference = 0;
  this.groupNames = /* @__PURE__ */ Object.create(null);
  this.backReferenceNames = [];
  this.branchID = null;
};
RegExpValidationState.prototype.reset = function reset(start, pattern, flags) {
  var unicodeSets = flags.indexOf("v") !== -1;
  var unicode = flags.indexOf("u") !== -1;
  this.start = start | 0;
  this.source = pattern + "";
  this.flags = flags;
  if (unicodeSets && this.parser.options.ecmaVersion >= 15) {
    this.switchU = true;
    this.switchV = true;
    this.switchN = true;
  } else {
    this.switchU = unicode && this.parser.options.ecmaVersion >= 6;
    this.switchV = false;
    this.switchN = unicode && this.parser.options.ecmaVersion >= 9;
  }
};
RegExpValidationState.prototype.raise = function raise(message) {
  this.parser.raiseRecoverable(this.start, "Invalid regular expression: /" + this.source + "/: " + message);
};
RegExpValidationState.prototype.at = function at(i, forceU) {
  if (forceU === void 0) forceU = false;
  var s = this.source;
  var l = s.length;
  if (i >= l) {
    return -1;
  }
  var c = s.charCodeAt(i);
  if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i + 1 >= l) {
    return c;
  }
  var next = s.charCodeAt(i + 1);
  return next >= 56320 && next <= 57343 ? (c << 10) + next - 56613888 : c;
};
RegExpValidationState.prototype.nextIndex = function nextIndex(i, forceU) {
  if (forceU === void 0) forceU = false;
  var s = this.source;
  var l = s.length;
  if (i >= l) {
    return l;
  }
  var c = s.charCodeAt(i), next;
  if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i + 1 >= l || (next = s.charCodeAt(i + 1)) < 56320 || next > 57343) {
    return i + 1;
  }
  return i + 2;
};
RegExpValidationState.prototype.current = function current(forceU) {
  if (forceU === void 0) forceU = false;
  return this.at(this.pos, forceU);
};
RegExpValidationState.prototype.lookahead = function lookahead(forceU) {
  if (forceU === void 0) forceU = false;
  return this.at(this.nextIndex(this.pos, forceU), forceU);
};
RegExpValidationState.prototype.advance = function advance(forceU) {
  if (forceU === void 0) forceU = false;
  this.pos = this.nextIndex(this.pos, forceU);
};
RegExpValidationState.prototype.eat = function eat(ch, forceU) {
  if (forceU === void 0) forceU = false;
  if (this.current(forceU) === ch) {
    this.advance(forceU);
    return true;
  }
  return false;
};
RegExpValidationState.prototype.eatChars = function eatChars(chs, forceU) {
  if (forceU === void 0) forceU = false;
  var pos = this.pos;
  for (var i = 0, list2 = chs; i < list2.length; i += 1) {
    var ch = list2[i];
    var current2 = this.at(pos, forceU);
    if (current2 === -1 || current2 !== ch) {
      return false;
    }
    pos = this.nextIndex(pos, forceU);
  }
  this.pos = pos;
  return true;
};
pp$1.validateRegExpFlags = function(state) {
  var validFlags = state.validFlags;
  var flags = state.flags;
  var u = false;
  var v = false;
  for (var i = 0; i < flags.length; i++) {
    var flag = flags.charAt(i);
    if (validFlags.indexOf(flag) === -1) {
      this.raise(state.start, "Invalid regular expression flag");
    }
    if (flags.indexOf(flag, i + 1) > -1) {
      this.raise(state.start, "Duplicate regular expression flag");
    }
    if (flag === "u") {
      u = true;
    }
    if (flag === "v") {
      v = true;
    }
  }
  if (this.options.ecmaVersion >= 15 && u && v) {
    this.raise(state.start, "Invalid regular expression flag");
  }
};
function hasProp(obj) {
  for (var _ in obj) {
    return true;
  }
  return false;
}
pp$1.validateRegExpPattern = function(state) {
  this.regexp_pattern(state);
  if (!state.switchN && this.options.ecmaVersion >= 9 && hasProp(state.groupNames)) {
    state.switchN = true;
    this.regexp_pattern(state);
  }
};
pp$1.regexp_pattern = function(state) {
  state.pos = 0;
  state.lastIntValue = 0;
  state.lastStringValue = "";
  state.lastAssertionIsQuantifiable = false;
  state.numCapturingParens = 0;
  state.maxBackReference = 0;
  state.groupNames = /* @__PURE__ */ Object.create(null);
  state.backReferenceNames.length = 0;
  state.branchID = null;
  this.regexp_disjunction(state);
  if (state.pos !== state.source.length) {
    if (state.eat(
      41
      /* ) */
    )) {
      state.raise("Unmatched ')'");
    }
    if (state.eat(
      93
      /* ] */
    ) || state.eat(
      125
      /* } */
    )) {
      state.raise("Lone quantifier brackets");
    }
  }
  if (state.maxBackReference > state.numCapturingParens) {
    state.raise("Invalid escape");
  }
  for (var i = 0, list2 = state.backReferenceNames; i < list2.length; i += 1) {
    var name = list2[i];
    if (!state.groupNames[name]) {
      state.raise("Invalid named capture referenced");
    }
  }
};
pp$1.regexp_disjunction = function(state) {
  var trackDisjunction = this.options.ecmaVersion >= 16;
  if (trackDisjunction) {
    state.branchID = new BranchID(state.branchID, null);
  }
  this.regexp_alternative(state);
  while (state.eat(
    124
    /* | */
  )) {
    if (trackDisjunction) {
      state.branchID = state.branchID.sibling();
    }
    this.regexp_alternative(state);
  }
  if (trackDisjunction) {
    state.branchID = state.branchID.parent;
  }
  if (this.regexp_eatQuantifier(state, true)) {
    state.raise("Nothing to repeat");
  }
  if (state.eat(
    123
    /* { */
  )) {
    state.raise("Lone quantifier brackets");
  }
};
pp$1.regexp_alternative = function(state) {
  while (state.pos < state.source.length && this.regexp_eatTerm(state)) {
  }
};
pp$1.regexp_eatTerm = function(state) {
  if (this.regexp_eatAssertion(state)) {
    if (state.lastAssertionIsQuantifiable && this.regexp_eatQuantifier(state)) {
      if (state.switchU) {
        state.raise("Invalid quantifier");
      }
    }
    return true;
  }
  if (state.switchU ? this.regexp_eatAtom(state) : this.regexp_eatExtendedAtom(state)) {
    this.regexp_eatQuantifier(state);
    return true;
  }
  return false;
};
pp$1.regexp_eatAssertion = function(state) {
  var start = state.pos;
  state.lastAssertionIsQuantifiable = false;
  if (state.eat(
    94
    /* ^ */
  ) || state.eat(
    36
    /* $ */
  )) {
    return true;
  }
  if (state.eat(
    92
    /* \ */
  )) {
    if (state.eat(
      66
      /* B */
    ) || state.eat(
      98
      /* b */
    )) {
      return true;
    }
    state.pos = start;
  }
  if (state.eat(
    40
    /* ( */
  ) && state.eat(
    63
    /* ? */
  )) {
    var lookbehind = false;
    if (this.options.ecmaVersion >= 9) {
      lookbehind = state.eat(
        60
        /* < */
      );
    }
    if (state.eat(
      61
      /* = */
    ) || state.eat(
      33
      /* ! */
    )) {
      this.regexp_disjunction(state);
      if (!state.eat(
        41
        /* ) */
      )) {
        state.raise("Unterminated group");
      }
      state.lastAssertionIsQuantifiable = !lookbehind;
      return true;
    }
  }
  state.pos = start;
  return false;
};
pp$1.regexp_eatQuantifier = function(state, noError) {
  if (noError === void 0) noError = false;
  if (this.regexp_eatQuantifierPrefix(state, noError)) {
    state.eat(
      63
      /* ? */
    );
    return true;
  }
  return false;
};
pp$1.regexp_eatQuantifierPrefix = function(state, noError) {
  return state.eat(
    42
    /* * */
  ) || state.eat(
    43
    /* + */
  ) || state.eat(
    63
    /* ? */
  ) || this.regexp_eatBracedQuantifier(state, noError);
};
pp$1.regexp_eatBracedQuantifier = function(state, noError) {
  var start = state.pos;
  if (state.eat(
    123
    /* { */
  )) {
    var min = 0, max = -1;
    if (this.regexp_eatDecimalDigits(state)) {
      min = state.lastIntValue;
      if (state.eat(
        44
        /* , */
      ) && this.regexp_eatDecimalDigits(state)) {
        max = state.lastIntValue;
      }
      if (state.eat(
        125
        /* } */
      )) {
        if (max !== -1 && max < min && !noError) {
          state.raise("numbers out of order in {} quantifier");
        }
        return true;
      }
    }
    if (state.switchU && !noError) {
      state.raise("Incomplete quantifier");
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatAtom = function(state) {
  return this.regexp_eatPatternCharacters(state) || state.eat(
    46
    /* . */
  ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state);
};
pp$1.regexp_eatReverseSolidusAtomEscape = function(state) {
  var start = state.pos;
  if (state.eat(
    92
    /* \ */
  )) {
    if (this.regexp_eatAtomEscape(state)) {
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatUncapturingGroup = function(state) {
  var start = state.pos;
  if (state.eat(
    40
    /* ( */
  )) {
    if (state.eat(
      63
      /* ? */
    )) {
      if (this.options.ecmaVersion >= 16) {
        var addModifiers = this.regexp_eatModifiers(state);
        var hasHyphen = state.eat(
          45
          /* - */
        );
        if (addModifiers || hasHyphen) {
          for (var i = 0; i < addModifiers.length; i++) {
            var modifier = addModifiers.charAt(i);
            if (addModifiers.indexOf(modifier, i + 1) > -1) {
              state.raise("Duplicate regular expression modifiers");
            }
          }
          if (hasHyphen) {
            var removeModifiers = this.regexp_eatModifiers(state);
            if (!addModifiers && !removeModifiers && state.current() === 58) {
              state.raise("Invalid regular expression modifiers");
            }
            for (var i$1 = 0; i$1 < removeModifiers.length; i$1++) {
              var modifier$1 = removeModifiers.charAt(i$1);
              if (removeModifiers.indexOf(modifier$1, i$1 + 1) > -1 || addModifiers.indexOf(modifier$1) > -1) {
                state.raise("Duplicate regular expression modifiers");
              }
            }
          }
        }
      }
      if (state.eat(
        58
        /* : */
      )) {
        this.regexp_disjunction(state);
        if (state.eat(
          41
          /* ) */
        )) {
          return true;
        }
        state.raise("Unterminated group");
      }
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatCapturingGroup = function(state) {
  if (state.eat(
    40
    /* ( */
  )) {
    if (this.options.ecmaVersion >= 9) {
      this.regexp_groupSpecifier(state);
    } else if (state.current() === 63) {
      state.raise("Invalid group");
    }
    this.regexp_disjunction(state);
    if (state.eat(
      41
      /* ) */
    )) {
      state.numCapturingParens += 1;
      return true;
    }
    state.raise("Unterminated group");
  }
  return false;
};
pp$1.regexp_eatModifiers = function(state) {
  var modifiers = "";
  var ch = 0;
  while ((ch = state.current()) !== -1 && isRegularExpressionModifier(ch)) {
    modifiers += codePointToString(ch);
    state.advance();
  }
  return modifiers;
};
function isRegularExpressionModifier(ch) {
  return ch === 105 || ch === 109 || ch === 115;
}
pp$1.regexp_eatExtendedAtom = function(state) {
  return state.eat(
    46
    /* . */
  ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state) || this.regexp_eatInvalidBracedQuantifier(state) || this.regexp_eatExtendedPatternCharacter(state);
};
pp$1.regexp_eatInvalidBracedQuantifier = function(state) {
  if (this.regexp_eatBracedQuantifier(state, true)) {
    state.raise("Nothing to repeat");
  }
  return false;
};
pp$1.regexp_eatSyntaxCharacter = function(state) {
  var ch = state.current();
  if (isSyntaxCharacter(ch)) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
function isSyntaxCharacter(ch) {
  return ch === 36 || ch >= 40 && ch <= 43 || ch === 46 || ch === 63 || ch >= 91 && ch <= 94 || ch >= 123 && ch <= 125;
}
pp$1.regexp_eatPatternCharacters = function(state) {
  var start = state.pos;
  var ch = 0;
  while ((ch = state.current()) !== -1 && !isSyntaxCharacter(ch)) {
    state.advance();
  }
  return state.pos !== start;
};
pp$1.regexp_eatExtendedPatternCharacter = function(state) {
  var ch = state.current();
  if (ch !== -1 && ch !== 36 && !(ch >= 40 && ch <= 43) && ch !== 46 && ch !== 63 && ch !== 91 && ch !== 94 && ch !== 124) {
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_groupSpecifier = function(state) {
  if (state.eat(
    63
    /* ? */
  )) {
    if (!this.regexp_eatGroupName(state)) {
      state.raise("Invalid group");
    }
    var trackDisjunction = this.options.ecmaVersion >= 16;
    var known2 = state.groupNames[state.lastStringValue];
    if (known2) {
      if (trackDisjunction) {
        for (var i = 0, list2 = known2; i < list2.length; i += 1) {
          var altID = list2[i];
          if (!altID.separatedFrom(state.branchID)) {
            state.raise("Duplicate capture group name");
          }
        }
      } else {
        state.raise("Duplicate capture group name");
      }
    }
    if (trackDisjunction) {
      (known2 || (state.groupNames[state.lastStringValue] = [])).push(state.branchID);
    } else {
      state.groupNames[state.lastStringValue] = true;
    }
  }
};
pp$1.regexp_eatGroupName = function(state) {
  state.lastStringValue = "";
  if (state.eat(
    60
    /* < */
  )) {
    if (this.regexp_eatRegExpIdentifierName(state) && state.eat(
      62
      /* > */
    )) {
      return true;
    }
    state.raise("Invalid capture group name");
  }
  return false;
};
pp$1.regexp_eatRegExpIdentifierName = function(state) {
  state.lastStringValue = "";
  if (this.regexp_eatRegExpIdentifierStart(state)) {
    state.lastStringValue += codePointToString(state.lastIntValue);
    while (this.regexp_eatRegExpIdentifierPart(state)) {
      state.lastStringValue += codePointToString(state.lastIntValue);
    }
    return true;
  }
  return false;
};
pp$1.regexp_eatRegExpIdentifierStart = function(state) {
  var start = state.pos;
  var forceU = this.options.ecmaVersion >= 11;
  var ch = state.current(forceU);
  state.advance(forceU);
  if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
    ch = state.lastIntValue;
  }
  if (isRegExpIdentifierStart(ch)) {
    state.lastIntValue = ch;
    return true;
  }
  state.pos = start;
  return false;
};
function isRegExpIdentifierStart(ch) {
  return isIdentifierStart(ch, true) || ch === 36 || ch === 95;
}
pp$1.regexp_eatRegExpIdentifierPart = function(state) {
  var start = state.pos;
  var forceU = this.options.ecmaVersion >= 11;
  var ch = state.current(forceU);
  state.advance(forceU);
  if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
    ch = state.lastIntValue;
  }
  if (isRegExpIdentifierPart(ch)) {
    state.lastIntValue = ch;
    return true;
  }
  state.pos = start;
  return false;
};
function isRegExpIdentifierPart(ch) {
  return isIdentifierChar(ch, true) || ch === 36 || ch === 95 || ch === 8204 || ch === 8205;
}
pp$1.regexp_eatAtomEscape = function(state) {
  if (this.regexp_eatBackReference(state) || this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state) || state.switchN && this.regexp_eatKGroupName(state)) {
    return true;
  }
  if (state.switchU) {
    if (state.current() === 99) {
      state.raise("Invalid unicode escape");
    }
    state.raise("Invalid escape");
  }
  return false;
};
pp$1.regexp_eatBackReference = function(state) {
  var start = state.pos;
  if (this.regexp_eatDecimalEscape(state)) {
    var n = state.lastIntValue;
    if (state.switchU) {
      if (n > state.maxBackReference) {
        state.maxBackReference = n;
      }
      return true;
    }
    if (n <= state.numCapturingParens) {
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatKGroupName = function(state) {
  if (state.eat(
    107
    /* k */
  )) {
    if (this.regexp_eatGroupName(state)) {
      state.backReferenceNames.push(state.lastStringValue);
      return true;
    }
    state.raise("Invalid named reference");
  }
  return false;
};
pp$1.regexp_eatCharacterEscape = function(state) {
  return this.regexp_eatControlEscape(state) || this.regexp_eatCControlLetter(state) || this.regexp_eatZero(state) || this.regexp_eatHexEscapeSequence(state) || this.regexp_eatRegExpUnicodeEscapeSequence(state, false) || !state.switchU && this.regexp_eatLegacyOctalEscapeSequence(state) || this.regexp_eatIdentityEscape(state);
};
pp$1.regexp_eatCControlLetter = function(state) {
  var start = state.pos;
  if (state.eat(
    99
    /* c */
  )) {
    if (this.regexp_eatControlLetter(state)) {
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatZero = function(state) {
  if (state.current() === 48 && !isDecimalDigit(state.lookahead())) {
    state.lastIntValue = 0;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatControlEscape = function(state) {
  var ch = state.current();
  if (ch === 116) {
    state.lastIntValue = 9;
    state.advance();
    return true;
  }
  if (ch === 110) {
    state.lastIntValue = 10;
    state.advance();
    return true;
  }
  if (ch === 118) {
    state.lastIntValue = 11;
    state.advance();
    return true;
  }
  if (ch === 102) {
    state.lastIntValue = 12;
    state.advance();
    return true;
  }
  if (ch === 114) {
    state.lastIntValue = 13;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatControlLetter = function(state) {
  var ch = state.current();
  if (isControlLetter(ch)) {
    state.lastIntValue = ch % 32;
    state.advance();
    return true;
  }
  return false;
};
function isControlLetter(ch) {
  return ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122;
}
pp$1.regexp_eatRegExpUnicodeEscapeSequence = function(state, forceU) {
  if (forceU === void 0) forceU = false;
  var start = state.pos;
  var switchU = forceU || state.switchU;
  if (state.eat(
    117
    /* u */
  )) {
    if (this.regexp_eatFixedHexDigits(state, 4)) {
      var lead = state.lastIntValue;
      if (switchU && lead >= 55296 && lead <= 56319) {
        var leadSurrogateEnd = state.pos;
        if (state.eat(
          92
          /* \ */
        ) && state.eat(
          117
          /* u */
        ) && this.regexp_eatFixedHexDigits(state, 4)) {
          var trail = state.lastIntValue;
          if (trail >= 56320 && trail <= 57343) {
            state.lastIntValue = (lead - 55296) * 1024 + (trail - 56320) + 65536;
            return true;
          }
        }
        state.pos = leadSurrogateEnd;
        state.lastIntValue = lead;
      }
      return true;
    }
    if (switchU && state.eat(
      123
      /* { */
    ) && this.regexp_eatHexDigits(state) && state.eat(
      125
      /* } */
    ) && isValidUnicode(state.lastIntValue)) {
      return true;
    }
    if (switchU) {
      state.raise("Invalid unicode escape");
    }
    state.pos = start;
  }
  return false;
};
function isValidUnicode(ch) {
  return ch >= 0 && ch <= 1114111;
}
pp$1.regexp_eatIdentityEscape = function(state) {
  if (state.switchU) {
    if (this.regexp_eatSyntaxCharacter(state)) {
      return true;
    }
    if (state.eat(
      47
      /* / */
    )) {
      state.lastIntValue = 47;
      return true;
    }
    return false;
  }
  var ch = state.current();
  if (ch !== 99 && (!state.switchN || ch !== 107)) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatDecimalEscape = function(state) {
  state.lastIntValue = 0;
  var ch = state.current();
  if (ch >= 49 && ch <= 57) {
    do {
      state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
      state.advance();
    } while ((ch = state.current()) >= 48 && ch <= 57);
    return true;
  }
  return false;
};
var CharSetNone = 0;
var CharSetOk = 1;
var CharSetString = 2;
pp$1.regexp_eatCharacterClassEscape = function(state) {
  var ch = state.current();
  if (isCharacterClassEscape(ch)) {
    state.lastIntValue = -1;
    state.advance();
    return CharSetOk;
  }
  var negate = false;
  if (state.switchU && this.options.ecmaVersion >= 9 && ((negate = ch === 80) || ch === 112)) {
    state.lastIntValue = -1;
    state.advance();
    var result;
    if (state.eat(
      123
      /* { */
    ) && (result = this.regexp_eatUnicodePropertyValueExpression(state)) && state.eat(
      125
      /* } */
    )) {
      if (negate && result === CharSetString) {
        state.raise("Invalid property name");
      }
      return result;
    }
    state.raise("Invalid property name");
  }
  return CharSetNone;
};
function isCharacterClassEscape(ch) {
  return ch === 100 || ch === 68 || ch === 115 || ch === 83 || ch === 119 || ch === 87;
}
pp$1.regexp_eatUnicodePropertyValueExpression = function(state) {
  var start = state.pos;
  if (this.regexp_eatUnicodePropertyName(state) && state.eat(
    61
    /* = */
  )) {
    var name = state.lastStringValue;
    if (this.regexp_eatUnicodePropertyValue(state)) {
      var value = state.lastStringValue;
      this.regexp_validateUnicodePropertyNameAndValue(state, name, value);
      return CharSetOk;
    }
  }
  state.pos = start;
  if (this.regexp_eatLoneUnicodePropertyNameOrValue(state)) {
    var nameOrValue = state.lastStringValue;
    return this.regexp_validateUnicodePropertyNameOrValue(state, nameOrValue);
  }
  return CharSetNone;
};
pp$1.regexp_validateUnicodePropertyNameAndValue = function(state, name, value) {
  if (!hasOwn(state.unicodeProperties.nonBinary, name)) {
    state.raise("Invalid property name");
  }
  if (!state.unicodeProperties.nonBinary[name].test(value)) {
    state.raise("Invalid property value");
  }
};
pp$1.regexp_validateUnicodePropertyNameOrValue = function(state, nameOrValue) {
  if (state.unicodeProperties.binary.test(nameOrValue)) {
    return CharSetOk;
  }
  if (state.switchV && state.unicodeProperties.binaryOfStrings.test(nameOrValue)) {
    return CharSetString;
  }
  state.raise("Invalid property name");
};
pp$1.regexp_eatUnicodePropertyName = function(state) {
  var ch = 0;
  state.lastStringValue = "";
  while (isUnicodePropertyNameCharacter(ch = state.current())) {
    state.lastStringValue += codePointToString(ch);
    state.advance();
  }
  return state.lastStringValue !== "";
};
function isUnicodePropertyNameCharacter(ch) {
  return isControlLetter(ch) || ch === 95;
}
pp$1.regexp_eatUnicodePropertyValue = function(state) {
  var ch = 0;
  state.lastStringValue = "";
  while (isUnicodePropertyValueCharacter(ch = state.current())) {
    state.lastStringValue += codePointToString(ch);
    state.advance();
  }
  return state.lastStringValue !== "";
};
function isUnicodePropertyValueCharacter(ch) {
  return isUnicodePropertyNameCharacter(ch) || isDecimalDigit(ch);
}
pp$1.regexp_eatLoneUnicodePropertyNameOrValue = function(state) {
  return this.regexp_eatUnicodePropertyValue(state);
};
pp$1.regexp_eatCharacterClass = function(state) {
  if (state.eat(
    91
    /* [ */
  )) {
    var negate = state.eat(
      94
      /* ^ */
    );
    var result = this.regexp_classContents(state);
    if (!state.eat(
      93
      /* ] */
    )) {
      state.raise("Unterminated character class");
    }
    if (negate && result === CharSetString) {
      state.raise("Negated character class may contain strings");
    }
    return true;
  }
  return false;
};
pp$1.regexp_classContents = function(state) {
  if (state.current() === 93) {
    return CharSetOk;
  }
  if (state.switchV) {
    return this.regexp_classSetExpression(state);
  }
  this.regexp_nonEmptyClassRanges(state);
  return CharSetOk;
};
pp$1.regexp_nonEmptyClassRanges = function(state) {
  while (this.regexp_eatClassAtom(state)) {
    var left = state.lastIntValue;
    if (state.eat(
      45
      /* - */
    ) && this.regexp_eatClassAtom(state)) {
      var right = state.lastIntValue;
      if (state.switchU && (left === -1 || right === -1)) {
        state.raise("Invalid character class");
      }
      if (left !== -1 && right !== -1 && left > right) {
        state.raise("Range out of order in character class");
      }
    }
  }
};
pp$1.regexp_eatClassAtom = function(state) {
  var start = state.pos;
  if (state.eat(
    92
    /* \ */
  )) {
    if (this.regexp_eatClassEscape(state)) {
      return true;
    }
    if (state.switchU) {
      var ch$1 = state.current();
      if (ch$1 === 99 || isOctalDigit(ch$1)) {
        state.raise("Invalid class escape");
      }
      state.raise("Invalid escape");
    }
    state.pos = start;
  }
  var ch = state.current();
  if (ch !== 93) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatClassEscape = function(state) {
  var start = state.pos;
  if (state.eat(
    98
    /* b */
  )) {
    state.lastIntValue = 8;
    return true;
  }
  if (state.switchU && state.eat(
    45
    /* - */
  )) {
    state.lastIntValue = 45;
    return true;
  }
  if (!state.switchU && state.eat(
    99
    /* c */
  )) {
    if (this.regexp_eatClassControlLetter(state)) {
      return true;
    }
    state.pos = start;
  }
  return this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state);
};
pp$1.regexp_classSetExpression = function(state) {
  var result = CharSetOk, subResult;
  if (this.regexp_eatClassSetRange(state)) ;
  else if (subResult = this.regexp_eatClassSetOperand(state)) {
    if (subResult === CharSetString) {
      result = CharSetString;
    }
    var start = state.pos;
    while (state.eatChars(
      [38, 38]
      /* && */
    )) {
      if (state.current() !== 38 && (subResult = this.regexp_eatClassSetOperand(state))) {
        if (subResult !== CharSetString) {
          result = CharSetOk;
        }
        continue;
      }
      state.raise("Invalid character in character class");
    }
    if (start !== state.pos) {
      return result;
    }
    while (state.eatChars(
      [45, 45]
      /* -- */
    )) {
      if (this.regexp_eatClassSetOperand(state)) {
        continue;
      }
      state.raise("Invalid character in character class");
    }
    if (start !== state.pos) {
      return result;
    }
  } else {
    state.raise("Invalid character in character class");
  }
  for (; ; ) {
    if (this.regexp_eatClassSetRange(state)) {
      continue;
    }
    subResult = this.regexp_eatClassSetOperand(state);
    if (!subResult) {
      return result;
    }
    if (subResult === CharSetString) {
      result = CharSetString;
    }
  }
};
pp$1.regexp_eatClassSetRange = function(state) {
  var start = state.pos;
  if (this.regexp_eatClassSetCharacter(state)) {
    var left = state.lastIntValue;
    if (state.eat(
      45
      /* - */
    ) && this.regexp_eatClassSetCharacter(state)) {
      var right = state.lastIntValue;
      if (left !== -1 && right !== -1 && left > right) {
        state.raise("Range out of order in character class");
      }
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatClassSetOperand = function(state) {
  if (this.regexp_eatClassSetCharacter(state)) {
    return CharSetOk;
  }
  return this.regexp_eatClassStringDisjunction(state) || this.regexp_eatNestedClass(state);
};
pp$1.regexp_eatNestedClass = function(state) {
  var start = state.pos;
  if (state.eat(
    91
    /* [ */
  )) {
    var negate = state.eat(
      94
      /* ^ */
    );
    var result = this.regexp_classContents(state);
    if (state.eat(
      93
      /* ] */
    )) {
      if (negate && result === CharSetString) {
        state.raise("Negated character class may contain strings");
      }
      return result;
    }
    state.pos = start;
  }
  if (state.eat(
    92
    /* \ */
  )) {
    var result$1 = this.regexp_eatCharacterClassEscape(state);
    if (result$1) {
      return result$1;
    }
    state.pos = start;
  }
  return null;
};
pp$1.regexp_eatClassStringDisjunction = function(state) {
  var start = state.pos;
  if (state.eatChars(
    [92, 113]
    /* \q */
  )) {
    if (state.eat(
      123
      /* { */
    )) {
      var result = this.regexp_classStringDisjunctionContents(state);
      if (state.eat(
        125
        /* } */
      )) {
        return result;
      }
    } else {
      state.raise("Invalid escape");
    }
    state.pos = start;
  }
  return null;
};
pp$1.regexp_classStringDisjunctionContents = function(state) {
  var result = this.regexp_classString(state);
  while (state.eat(
    124
    /* | */
  )) {
    if (this.regexp_classString(state) === CharSetString) {
      result = CharSetString;
    }
  }
  return result;
};
pp$1.regexp_classString = function(state) {
  var count = 0;
  while (this.regexp_eatClassSetCharacter(state)) {
    count++;
  }
  return count === 1 ? CharSetOk : CharSetString;
};
pp$1.regexp_eatClassSetCharacter = function(state) {
  var start = state.pos;
  if (state.eat(
    92
    /* \ */
  )) {
    if (this.regexp_eatCharacterEscape(state) || this.regexp_eatClassSetReservedPunctuator(state)) {
      return true;
    }
    if (state.eat(
      98
      /* b */
    )) {
      state.lastIntValue = 8;
      return true;
    }
    state.pos = start;
    return false;
  }
  var ch = state.current();
  if (ch < 0 || ch === state.lookahead() && isClassSetReservedDoublePunctuatorCharacter(ch)) {
    return false;
  }
  if (isClassSetSyntaxCharacter(ch)) {
    return false;
  }
  state.advance();
  state.lastIntValue = ch;
  return true;
};
function isClassSetReservedDoublePunctuatorCharacter(ch) {
  return ch === 33 || ch >= 35 && ch <= 38 || ch >= 42 && ch <= 44 || ch === 46 || ch >= 58 && ch <= 64 || ch === 94 || ch === 96 || ch === 126;
}
function isClassSetSyntaxCharacter(ch) {
  return ch === 40 || ch === 41 || ch === 45 || ch === 47 || ch >= 91 && ch <= 93 || ch >= 123 && ch <= 125;
}
pp$1.regexp_eatClassSetReservedPunctuator = function(state) {
  var ch = state.current();
  if (isClassSetReservedPunctuator(ch)) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
function isClassSetReservedPunctuator(ch) {
  return ch === 33 || ch === 35 || ch === 37 || ch === 38 || ch === 44 || ch === 45 || ch >= 58 && ch <= 62 || ch === 64 || ch === 96 || ch === 126;
}
pp$1.regexp_eatClassControlLetter = function(state) {
  var ch = state.current();
  if (isDecimalDigit(ch) || ch === 95) {
    state.lastIntValue = ch % 32;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatHexEscapeSequence = function(state) {
  var start = state.pos;
  if (state.eat(
    120
    /* x */
  )) {
    if (this.regexp_eatFixedHexDigits(state, 2)) {
      return true;
    }
    if (state.switchU) {
      state.raise("Invalid escape");
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatDecimalDigits = function(state) {
  var start = state.pos;
  var ch = 0;
  state.lastIntValue = 0;
  while (isDecimalDigit(ch = state.current())) {
    state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
    state.advance();
  }
  return state.pos !== start;
};
function isDecimalDigit(ch) {
  return ch >= 48 && ch <= 57;
}
pp$1.regexp_eatHexDigits = function(state) {
  var start = state.pos;
  var ch = 0;
  state.lastIntValue = 0;
  while (isHexDigit(ch = state.current())) {
    state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
    state.advance();
  }
  return state.pos !== start;
};
function isHexDigit(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
function hexToInt(ch) {
  if (ch >= 65 && ch <= 70) {
    return 10 + (ch - 65);
  }
  if (ch >= 97 && ch <= 102) {
    return 10 + (ch - 97);
  }
  return ch - 48;
}
pp$1.regexp_eatLegacyOctalEscapeSequence = function(state) {
  if (this.regexp_eatOctalDigit(state)) {
    var n1 = state.lastIntValue;
    if (this.regexp_eatOctalDigit(state)) {
      var n2 = state.lastIntValue;
      if (n1 <= 3 && this.regexp_eatOctalDigit(state)) {
        state.lastIntValue = n1 * 64 + n2 * 8 + state.lastIntValue;
      } else {
        state.lastIntValue = n1 * 8 + n2;
      }
    } else {
      state.lastIntValue = n1;
    }
    return true;
  }
  return false;
};
pp$1.regexp_eatOctalDigit = function(state) {
  var ch = state.current();
  if (isOctalDigit(ch)) {
    state.lastIntValue = ch - 48;
    state.advance();
    return true;
  }
  state.lastIntValue = 0;
  return false;
};
function isOctalDigit(ch) {
  return ch >= 48 && ch <= 55;
}
pp$1.regexp_eatFixedHexDigits = function(state, length) {
  var start = state.pos;
  state.lastIntValue = 0;
  for (var i = 0; i < length; ++i) {
    var ch = state.current();
    if (!isHexDigit(ch)) {
      state.pos = start;
      return false;
    }
    state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
    state.advance();
  }
  return true;
};
var Token = function Token2(p) {
  this.type = p.type;
  this.value = p.value;
  this.start = p.start;
  this.end = p.end;
  if (p.options.locations) {
    this.loc = new SourceLocation(p, p.startLoc, p.endLoc);
  }
  if (p.options.ranges) {
    this.range = [p.start, p.end];
  }
};
var pp = Parser.prototype;
pp.next = function(ignoreEscapeSequenceInKeyword) {
  if (!ignoreEscapeSequenceInKeyword && this.type.keyword && this.containsEsc) {
    this.raiseRecoverable(this.start, "Escape sequence in keyword " + this.type.keyword);
  }
  if (this.options.onToken) {
    this.options.onToken(new Token(this));
  }
  this.lastTokEnd = this.end;
  this.lastTokStart = this.start;
  this.lastTokEndLoc = this.endLoc;
  this.lastTokStartLoc = this.startLoc;
  this.nextToken();
};
pp.getToken = function() {
  this.next();
  return new Token(this);
};
if (typeof Symbol !== "undefined") {
  pp[Symbol.iterator] = function() {
    var this$1$1 = this;
    return {
      next: function() {
        var token = this$1$1.getToken();
        return {
          done: token.type === types$1.eof,
          value: token
        };
      }
    };
  };
}
pp.nextToken = function() {
  var curContext = this.curContext();
  if (!curContext || !curContext.preserveSpace) {
    this.skipSpace();
  }
  this.start = this.pos;
  if (this.options.locations) {
    this.startLoc = this.curPosition();
  }
  if (this.pos >= this.input.length) {
    return this.finishToken(types$1.eof);
  }
  if (curContext.override) {
    return curContext.override(this);
  } else {
    this.readToken(this.fullCharCodeAtPos());
  }
};
pp.readToken = function(code) {
  if (isIdentifierStart(code, this.options.ecmaVersion >= 6) || code === 92) {
    return this.readWord();
  }
  return this.getTokenFromCode(code);
};
pp.fullCharCodeAt = function(pos) {
  var code = this.input.charCodeAt(pos);
  if (code <= 55295 || code >= 56320) {
    return code;
  }
  var next = this.input.charCodeAt(pos + 1);
  return next <= 56319 || next >= 57344 ? code : (code << 10) + next - 56613888;
};
pp.fullCharCodeAtPos = function() {
  return this.fullCharCodeAt(this.pos);
};
pp.skipBlockComment = function() {
  var startLoc = this.options.onComment && this.curPosition();
  var start = this.pos, end = this.input.indexOf("*/", this.pos += 2);
  if (end === -1) {
    this.raise(this.pos - 2, "Unterminated comment");
  }
  this.pos = end + 2;
  if (this.options.locations) {
    for (var nextBreak = void 0, pos = start; (nextBreak = nextLineBreak(this.input, pos, this.pos)) > -1; ) {
      ++this.curLine;
      pos = this.lineStart = nextBreak;
    }
  }
  if (this.options.onComment) {
    this.options.onComment(
      true,
      this.input.slice(start + 2, end),
      start,
      this.pos,
      startLoc,
      this.curPosition()
    );
  }
};
pp.skipLineComment = function(startSkip) {
  var start = this.pos;
  var startLoc = this.options.onComment && this.curPosition();
  var ch = this.input.charCodeAt(this.pos += startSkip);
  while (this.pos < this.input.length && !isNewLine(ch)) {
    ch = this.input.charCodeAt(++this.pos);
  }
  if (this.options.onComment) {
    this.options.onComment(
      false,
      this.input.slice(start + startSkip, this.pos),
      start,
      this.pos,
      startLoc,
      this.curPosition()
    );
  }
};
pp.skipSpace = function() {
  loop: while (this.pos < this.input.length) {
    var ch = this.input.charCodeAt(this.pos);
    switch (ch) {
      case 32:
      case 160:
        ++this.pos;
        break;
      case 13:
        if (this.input.charCodeAt(this.pos + 1) === 10) {
          ++this.pos;
        }
      case 10:
      case 8232:
      case 8233:
        ++this.pos;
        if (this.options.locations) {
          ++this.curLine;
          this.lineStart = this.pos;
        }
        break;
      case 47:
        switch (this.input.charCodeAt(this.pos + 1)) {
          case 42:
            this.skipBlockComment();
            break;
          case 47:
            this.skipLineComment(2);
            break;
          default:
            break loop;
        }
        break;
      default:
        if (ch > 8 && ch < 14 || ch >= 5760 && nonASCIIwhitespace.test(String.fromCharCode(ch))) {
          ++this.pos;
        } else {
          break loop;
        }
    }
  }
};
pp.finishToken = function(type, val) {
  this.end = this.pos;
  if (this.options.locations) {
    this.endLoc = this.curPosition();
  }
  var prevType = this.type;
  this.type = type;
  this.value = val;
  this.updateContext(prevType);
};
pp.readToken_dot = function() {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next >= 48 && next <= 57) {
    return this.readNumber(true);
  }
  var next2 = this.input.charCodeAt(this.pos + 2);
  if (this.options.ecmaVersion >= 6 && next === 46 && next2 === 46) {
    this.pos += 3;
    return this.finishToken(types$1.ellipsis);
  } else {
    ++this.pos;
    return this.finishToken(types$1.dot);
  }
};
pp.readToken_slash = function() {
  var next = this.input.charCodeAt(this.pos + 1);
  if (this.exprAllowed) {
    ++this.pos;
    return this.readRegexp();
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(types$1.slash, 1);
};
pp.readToken_mult_modulo_exp = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  var size = 1;
  var tokentype = code === 42 ? types$1.star : types$1.modulo;
  if (this.options.ecmaVersion >= 7 && code === 42 && next === 42) {
    ++size;
    tokentype = types$1.starstar;
    next = this.input.charCodeAt(this.pos + 2);
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, size + 1);
  }
  return this.finishOp(tokentype, size);
};
pp.readToken_pipe_amp = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === code) {
    if (this.options.ecmaVersion >= 12) {
      var next2 = this.input.charCodeAt(this.pos + 2);
      if (next2 === 61) {
        return this.finishOp(types$1.assign, 3);
      }
    }
    return this.finishOp(code === 124 ? types$1.logicalOR : types$1.logicalAND, 2);
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(code === 124 ? types$1.bitwiseOR : types$1.bitwiseAND, 1);
};
pp.readToken_caret = function() {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(types$1.bitwiseXOR, 1);
};
pp.readToken_plus_min = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === code) {
    if (next === 45 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 62 && (this.lastTokEnd === 0 || lineBreak.test(this.input.slice(this.lastTokEnd, this.pos)))) {
      this.skipLineComment(3);
      this.skipSpace();
      return this.nextToken();
    }
    return this.finishOp(types$1.incDec, 2);
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(types$1.plusMin, 1);
};
pp.readToken_lt_gt = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  var size = 1;
  if (next === code) {
    size = code === 62 && this.input.charCodeAt(this.pos + 2) === 62 ? 3 : 2;
    if (this.input.charCodeAt(this.pos + size) === 61) {
      return this.finishOp(types$1.assign, size + 1);
    }
    return this.finishOp(types$1.bitShift, size);
  }
  if (next === 33 && code === 60 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 45 && this.input.charCodeAt(this.pos + 3) === 45) {
    this.skipLineComment(4);
    this.skipSpace();
    return this.nextToken();
  }
  if (next === 61) {
    size = 2;
  }
  return this.finishOp(types$1.relational, size);
};
pp.readToken_eq_excl = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === 61) {
    return this.finishOp(types$1.equality, this.input.charCodeAt(this.pos + 2) === 61 ? 3 : 2);
  }
  if (code === 61 && next === 62 && this.options.ecmaVersion >= 6) {
    this.pos += 2;
    return this.finishToken(types$1.arrow);
  }
  return this.finishOp(code === 61 ? types$1.eq : types$1.prefix, 1);
};
pp.readToken_question = function() {
  var ecmaVersion = this.options.ecmaVersion;
  if (ecmaVersion >= 11) {
    var next = this.input.charCodeAt(this.pos + 1);
    if (next === 46) {
      var next2 = this.input.charCodeAt(this.pos + 2);
      if (next2 < 48 || next2 > 57) {
        return this.finishOp(types$1.questionDot, 2);
      }
    }
    if (next === 63) {
      if (ecmaVersion >= 12) {
        var next2$1 = this.input.charCodeAt(this.pos + 2);
        if (next2$1 === 61) {
          return this.finishOp(types$1.assign, 3);
        }
      }
      return this.finishOp(types$1.coalesce, 2);
    }
  }
  return this.finishOp(types$1.question, 1);
};
pp.readToken_numberSign = function() {
  var ecmaVersion = this.options.ecmaVersion;
  var code = 35;
  if (ecmaVersion >= 13) {
    ++this.pos;
    code = this.fullCharCodeAtPos();
    if (isIdentifierStart(code, true) || code === 92) {
      return this.finishToken(types$1.privateId, this.readWord1());
    }
  }
  this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
};
pp.getTokenFromCode = function(code) {
  switch (code) {
    // The interpretation of a dot depends on whether it is followed
    // by a digit or another two dots.
    case 46:
      return this.readToken_dot();
    // Punctuation tokens.
    case 40:
      ++this.pos;
      return this.finishToken(types$1.parenL);
    case 41:
      ++this.pos;
      return this.finishToken(types$1.parenR);
    case 59:
      ++this.pos;
      return this.finishToken(types$1.semi);
    case 44:
      ++this.pos;
      return this.finishToken(types$1.comma);
    case 91:
      ++this.pos;
      return this.finishToken(types$1.bracketL);
    case 93:
      ++this.pos;
      return this.finishToken(types$1.bracketR);
    case 123:
      ++this.pos;
      return this.finishToken(types$1.braceL);
    case 125:
      ++this.pos;
      return this.finishToken(types$1.braceR);
    case 58:
      ++this.pos;
      return this.finishToken(types$1.colon);
    case 96:
      if (this.options.ecmaVersion < 6) {
        break;
      }
      ++this.pos;
      return this.finishToken(types$1.backQuote);
    case 48:
      var next = this.input.charCodeAt(this.pos + 1);
      if (next === 120 || next === 88) {
        return this.readRadixNumber(16);
      }
      if (this.options.ecmaVersion >= 6) {
        if (next === 111 || next === 79) {
          return this.readRadixNumber(8);
        }
        if (next === 98 || next === 66) {
          return this.readRadixNumber(2);
        }
      }
    // Anything else beginning with a digit is an integer, octal
    // number, or float.
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55:
    case 56:
    case 57:
      return this.readNumber(false);
    // Quotes produce strings.
    case 34:
    case 39:
      return this.readString(code);
    // Operators are parsed inline in tiny state machines. '=' (61) is
    // often referred to. `finishOp` simply skips the amount of
    // characters it is given as second argument, and returns a token
    // of the type given by its first argument.
    case 47:
      return this.readToken_slash();
    case 37:
    case 42:
      return this.readToken_mult_modulo_exp(code);
    case 124:
    case 38:
      return this.readToken_pipe_amp(code);
    case 94:
      return this.readToken_caret();
    case 43:
    case 45:
      return this.readToken_plus_min(code);
    case 60:
    case 62:
      return this.readToken_lt_gt(code);
    case 61:
    case 33:
      return this.readToken_eq_excl(code);
    case 63:
      return this.readToken_question();
    case 126:
      return this.finishOp(types$1.prefix, 1);
    case 35:
      return this.readToken_numberSign();
  }
  this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
};
pp.finishOp = function(type, size) {
  var str = this.input.slice(this.pos, this.pos + size);
  this.pos += size;
  return this.finishToken(type, str);
};
pp.readRegexp = function() {
  var escaped, inClass, start = this.pos;
  for (; ; ) {
    if (this.pos >= this.input.length) {
      this.raise(start, "Unterminated regular expression");
    }
    var ch = this.input.charAt(this.pos);
    if (lineBreak.test(ch)) {
      this.raise(start, "Unterminated regular expression");
    }
    if (!escaped) {
      if (ch === "[") {
        inClass = true;
      } else if (ch === "]" && inClass) {
        inClass = false;
      } else if (ch === "/" && !inClass) {
        break;
      }
      escaped = ch === "\\";
    } else {
      escaped = false;
    }
    ++this.pos;
  }
  var pattern = this.input.slice(start, this.pos);
  ++this.pos;
  var flagsStart = this.pos;
  var flags = this.readWord1();
  if (this.containsEsc) {
    this.unexpected(flagsStart);
  }
  var state = this.regexpState || (this.regexpState = new RegExpValidationState(this));
  state.reset(start, pattern, flags);
  this.validateRegExpFlags(state);
  this.validateRegExpPattern(state);
  var value = null;
  try {
    value = new RegExp(pattern, flags);
  } catch (e) {
  }
  return this.finishToken(types$1.regexp, { pattern, flags, value });
};
pp.readInt = function(radix, len, maybeLegacyOctalNumericLiteral) {
  var allowSeparators = this.options.ecmaVersion >= 12 && len === void 0;
  var isLegacyOctalNumericLiteral = maybeLegacyOctalNumericLiteral && this.input.charCodeAt(this.pos) === 48;
  var start = this.pos, total = 0, lastCode = 0;
  for (var i = 0, e = len == null ? Infinity : len; i < e; ++i, ++this.pos) {
    var code = this.input.charCodeAt(this.pos), val = void 0;
    if (allowSeparators && code === 95) {
      if (isLegacyOctalNumericLiteral) {
        this.raiseRecoverable(this.pos, "Numeric separator is not allowed in legacy octal numeric literals");
      }
      if (lastCode === 95) {
        this.raiseRecoverable(this.pos, "Numeric separator must be exactly one underscore");
      }
      if (i === 0) {
        this.raiseRecoverable(this.pos, "Numeric separator is not allowed at the first of digits");
      }
      lastCode = code;
      continue;
    }
    if (code >= 97) {
      val = code - 97 + 10;
    } else if (code >= 65) {
      val = code - 65 + 10;
    } else if (code >= 48 && code <= 57) {
      val = code - 48;
    } else {
      val = Infinity;
    }
    if (val >= radix) {
      break;
    }
    lastCode = code;
    total = total * radix + val;
  }
  if (allowSeparators && lastCode === 95) {
    this.raiseRecoverable(this.pos - 1, "Numeric separator is not allowed at the last of digits");
  }
  if (this.pos === start || len != null && this.pos - start !== len) {
    return null;
  }
  return total;
};
function stringToNumber(str, isLegacyOctalNumericLiteral) {
  if (isLegacyOctalNumericLiteral) {
    return parseInt(str, 8);
  }
  return parseFloat(str.replace(/_/g, ""));
}
function stringToBigInt(str) {
  if (typeof BigInt !== "function") {
    return null;
  }
  return BigInt(str.replace(/_/g, ""));
}
pp.readRadixNumber = function(radix) {
  var start = this.pos;
  this.pos += 2;
  var val = this.readInt(radix);
  if (val == null) {
    this.raise(this.start + 2, "Expected number in radix " + radix);
  }
  if (this.options.ecmaVersion >= 11 && this.input.charCodeAt(this.pos) === 110) {
    val = stringToBigInt(this.input.slice(start, this.pos));
    ++this.pos;
  } else if (isIdentifierStart(this.fullCharCodeAtPos())) {
    this.raise(this.pos, "Identifier directly after number");
  }
  return this.finishToken(types$1.num, val);
};
pp.readNumber = function(startsWithDot) {
  var start = this.pos;
  if (!startsWithDot && this.readInt(10, void 0, true) === null) {
    this.raise(start, "Invalid number");
  }
  var octal = this.pos - start >= 2 && this.input.charCodeAt(start) === 48;
  if (octal && this.strict) {
    this.raise(start, "Invalid number");
  }
  var next = this.input.charCodeAt(this.pos);
  if (!octal && !startsWithDot && this.options.ecmaVersion >= 11 && next === 110) {
    var val$1 = stringToBigInt(this.input.slice(start, this.pos));
    ++this.pos;
    if (isIdentifierStart(this.fullCharCodeAtPos())) {
      this.raise(this.pos, "Identifier directly after number");
    }
    return this.finishToken(types$1.num, val$1);
  }
  if (octal && /[89]/.test(this.input.slice(start, this.pos))) {
    octal = false;
  }
  if (next === 46 && !octal) {
    ++this.pos;
    this.readInt(10);
    next = this.input.charCodeAt(this.pos);
  }
  if ((next === 69 || next === 101) && !octal) {
    next = this.input.charCodeAt(++this.pos);
    if (next === 43 || next === 45) {
      ++this.pos;
    }
    if (this.readInt(10) === null) {
      this.raise(start, "Invalid number");
    }
  }
  if (isIdentifierStart(this.fullCharCodeAtPos())) {
    this.raise(this.pos, "Identifier directly after number");
  }
  var val = stringToNumber(this.input.slice(start, this.pos), octal);
  return this.finishToken(types$1.num, val);
};
pp.readCodePoint = function() {
  var ch = this.input.charCodeAt(this.pos), code;
  if (ch === 123) {
    if (this.options.ecmaVersion < 6) {
      this.unexpected();
    }
    var codePos = ++this.pos;
    code = this.readHexChar(this.input.indexOf("}", this.pos) - this.pos);
    ++this.pos;
    if (code > 1114111) {
      this.invalidStringToken(codePos, "Code point out of bounds");
    }
  } else {
    code = this.readHexChar(4);
  }
  return code;
};
pp.readString = function(quote) {
  var out = "", chunkStart = ++this.pos;
  for (; ; ) {
    if (this.pos >= this.input.length) {
      this.raise(this.start, "Unterminated string constant");
    }
    var ch = this.input.charCodeAt(this.pos);
    if (ch === quote) {
      break;
    }
    if (ch === 92) {
      out += this.input.slice(chunkStart, this.pos);
      out += this.readEscapedChar(false);
      chunkStart = this.pos;
    } else if (ch === 8232 || ch === 8233) {
      if (this.options.ecmaVersion < 10) {
        this.raise(this.start, "Unterminated string constant");
      }
      ++this.pos;
      if (this.options.locations) {
        this.curLine++;
        this.lineStart = this.pos;
      }
    } else {
      if (isNewLine(ch)) {
        this.raise(this.start, "Unterminated string constant");
      }
      ++this.pos;
    }
  }
  out += this.input.slice(chunkStart, this.pos++);
  return this.finishToken(types$1.string, out);
};
var INVALID_TEMPLATE_ESCAPE_ERROR = {};
pp.tryReadTemplateToken = function() {
  this.inTemplateElement = true;
  try {
    this.readTmplToken();
  } catch (err) {
    if (err === INVALID_TEMPLATE_ESCAPE_ERROR) {
      this.readInvalidTemplateToken();
    } else {
      throw err;
    }
  }
  this.inTemplateElement = false;
};
pp.invalidStringToken = function(position, message) {
  if (this.inTemplateElement && this.options.ecmaVersion >= 9) {
    throw INVALID_TEMPLATE_ESCAPE_ERROR;
  } else {
    this.raise(position, message);
  }
};
pp.readTmplToken = function() {
  var out = "", chunkStart = this.pos;
  for (; ; ) {
    if (this.pos >= this.input.length) {
      this.raise(this.start, "Unterminated template");
    }
    var ch = this.input.charCodeAt(this.pos);
    if (ch === 96 || ch === 36 && this.input.charCodeAt(this.pos + 1) === 123) {
      if (this.pos === this.start && (this.type === types$1.template || this.type === types$1.invalidTemplate)) {
        if (ch === 36) {
          this.pos += 2;
          return this.finishToken(types$1.dollarBraceL);
        } else {
          ++this.pos;
          return this.finishToken(types$1.backQuote);
        }
      }
      out += this.input.slice(chunkStart, this.pos);
      return this.finishToken(types$1.template, out);
    }
    if (ch === 92) {
      out += this.input.slice(chunkStart, this.pos);
      out += this.readEscapedChar(true);
      chunkStart = this.pos;
    } else if (isNewLine(ch)) {
      out += this.input.slice(chunkStart, this.pos);
      ++this.pos;
      switch (ch) {
        case 13:
          if (this.input.charCodeAt(this.pos) === 10) {
            ++this.pos;
          }
        case 10:
          out += "\n";
          break;
        default:
          out += String.fromCharCode(ch);
          break;
      }
      if (this.options.locations) {
        ++this.curLine;
        this.lineStart = this.pos;
      }
      chunkStart = this.pos;
    } else {
      ++this.pos;
    }
  }
};
pp.readInvalidTemplateToken = function() {
  for (; this.pos < this.input.length; this.pos++) {
    switch (this.input[this.pos]) {
      case "\\":
        ++this.pos;
        break;
      case "$":
        if (this.input[this.pos + 1] !== "{") {
          break;
        }
      // fall through
      case "`":
        return this.finishToken(types$1.invalidTemplate, this.input.slice(this.start, this.pos));
      case "\r":
        if (this.input[this.pos + 1] === "\n") {
          ++this.pos;
        }
      // fall through
      case "\n":
      case "\u2028":
      case "\u2029":
        ++this.curLine;
        this.lineStart = this.pos + 1;
        break;
    }
  }
  this.raise(this.start, "Unterminated template");
};
pp.readEscapedChar = function(inTemplate) {
  var ch = this.input.charCodeAt(++this.pos);
  ++this.pos;
  switch (ch) {
    case 110:
      return "\n";
    // 'n' -> '\n'
    case 114:
      return "\r";
    // 'r' -> '\r'
    case 120:
      return String.fromCharCode(this.readHexChar(2));
    // 'x'
    case 117:
      return codePointToString(this.readCodePoint());
    // 'u'
    case 116:
      return "	";
    // 't' -> '\t'
    case 98:
      return "\b";
    // 'b' -> '\b'
    case 118:
      return "\v";
    // 'v' -> '\u000b'
    case 102:
      return "\f";
    // 'f' -> '\f'
    case 13:
      if (this.input.charCodeAt(this.pos) === 10) {
        ++this.pos;
      }
    // '\r\n'
    case 10:
      if (this.options.locations) {
        this.lineStart = this.pos;
        ++this.curLine;
      }
      return "";
    case 56:
    case 57:
      if (this.strict) {
        this.invalidStringToken(
          this.pos - 1,
          "Invalid escape sequence"
        );
      }
      if (inTemplate) {
        var codePos = this.pos - 1;
        this.invalidStringToken(
          codePos,
          "Invalid escape sequence in template string"
        );
      }
    default:
      if (ch >= 48 && ch <= 55) {
        var octalStr = this.input.substr(this.pos - 1, 3).match(/^[0-7]+/)[0];
        var octal = parseInt(octalStr, 8);
        if (octal > 255) {
          octalStr = octalStr.slice(0, -1);
          octal = parseInt(octalStr, 8);
        }
        this.pos += octalStr.length - 1;
        ch = this.input.charCodeAt(this.pos);
        if ((octalStr !== "0" || ch === 56 || ch === 57) && (this.strict || inTemplate)) {
          this.invalidStringToken(
            this.pos - 1 - octalStr.length,
            inTemplate ? "Octal literal in template string" : "Octal literal in strict mode"
          );
        }
        return String.fromCharCode(octal);
      }
      if (isNewLine(ch)) {
        if (this.options.locations) {
          this.lineStart = this.pos;
          ++this.curLine;
        }
        return "";
      }
      return String.fromCharCode(ch);
  }
};
pp.readHexChar = function(len) {
  var codePos = this.pos;
  var n = this.readInt(16, len);
  if (n === null) {
    this.invalidStringToken(codePos, "Bad character escape sequence");
  }
  return n;
};
pp.readWord1 = function() {
  this.containsEsc = false;
  var word = "", first = true, chunkStart = this.pos;
  var astral = this.options.ecmaVersion >= 6;
  while (this.pos < this.input.length) {
    var ch = this.fullCharCodeAtPos();
    if (isIdentifierChar(ch, astral)) {
      this.pos += ch <= 65535 ? 1 : 2;
    } else if (ch === 92) {
      this.containsEsc = true;
      word += this.input.slice(chunkStart, this.pos);
      var escStart = this.pos;
      if (this.input.charCodeAt(++this.pos) !== 117) {
        this.invalidStringToken(this.pos, "Expecting Unicode escape sequence \\uXXXX");
      }
      ++this.pos;
      var esc = this.readCodePoint();
      if (!(first ? isIdentifierStart : isIdentifierChar)(esc, astral)) {
        this.invalidStringToken(escStart, "Invalid Unicode escape");
      }
      word += codePointToString(esc);
      chunkStart = this.pos;
    } else {
      break;
    }
    first = false;
  }
  return word + this.input.slice(chunkStart, this.pos);
};
pp.readWord = function() {
  var word = this.readWord1();
  var type = types$1.name;
  if (this.keywords.test(word)) {
    type = keywords[word];
  }
  return this.finishToken(type, word);
};
var version = "8.19.0";
Parser.acorn = {
  Parser,
  version,
  defaultOptions,
  Position,
  SourceLocation,
  getLineInfo,
  Node,
  TokenType,
  tokTypes: types$1,
  keywordTypes: keywords,
  TokContext,
  tokContexts: types,
  isIdentifierChar,
  isIdentifierStart,
  Token,
  isNewLine,
  lineBreak,
  lineBreakG,
  nonASCIIwhitespace
};
function parse3(input, options) {
  return Parser.parse(input, options);
}

// src/model/posture/code-calls.ts
function codeFacts(text) {
  const program = parseEither(text);
  if (!program) return void 0;
  const calls = /* @__PURE__ */ new Map();
  const properties = /* @__PURE__ */ new Set();
  visit(program, (node) => {
    if (node.type === "CallExpression") {
      const path5 = dottedPath(node.callee);
      if (path5 !== void 0 && !calls.has(path5)) calls.set(path5, node.loc?.start.line ?? 1);
    } else if (node.type === "MemberExpression") {
      const name = propertyName(node);
      if (name !== void 0) properties.add(name);
    }
  });
  return { calls, properties };
}
function parseEither(text) {
  for (const sourceType of ["script", "module"]) {
    try {
      return parse3(text, {
        ecmaVersion: "latest",
        sourceType,
        locations: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowHashBang: true
      });
    } catch {
    }
  }
  return void 0;
}
function visit(node, enter) {
  const stack = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push(value[index]);
      continue;
    }
    if (typeof value !== "object" || value === null || typeof value.type !== "string") continue;
    enter(value);
    for (const [key, child] of Object.entries(value)) if (key !== "loc" && typeof child === "object" && child !== null) stack.push(child);
  }
}
function dottedPath(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type === "ChainExpression") return dottedPath(node.expression);
  if (node.type !== "MemberExpression") return void 0;
  const object = dottedPath(node.object);
  const name = propertyName(node);
  return object !== void 0 && name !== void 0 ? `${object}.${name}` : void 0;
}
function propertyName(node) {
  const { property, computed } = node;
  if (!computed && property.type === "Identifier") return property.name;
  if (computed && property.type === "Literal" && typeof property.value === "string") return property.value;
  return void 0;
}
function codeSatisfies(code, test, words) {
  if (code === void 0) return false;
  if (code.unknown) return true;
  const { text } = code;
  const facts = codeFacts(text);
  return facts ? test(facts) : words.every((word) => text.includes(word));
}

// rules/require-pkce-enforcement/README.md
var README_default62 = "# require-pkce-enforcement\n\nEnforce PKCE for single-page and native applications with a post-login Action.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: no (in `strict`) \xB7 Precision: medium \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery `spa` or `native` application that may use the `authorization_code` grant (listed in `grant_types`, or by its\napp type's defaults when the list is absent) is reported, at that grant, unless a post-login Action enforces PKCE:\nan Action whose `supported_triggers` include `post-login`, that is not undeployed (`deployed: false`) or failed\n(`status` other than `built`), and whose code both reads `code_challenge` (as in\n`event.request.query.code_challenge`) and calls `api.access.deny`. The code is parsed as JavaScript; code that does\nnot parse is searched as text for the two names instead. Code a0lint cannot know (Terraform's `file()` or a data\nsource) counts as enforcing: the rule does not decide on it, and `terraform-unknown-values` says where it is.\n\nSkipped: strict third-party applications and applications on a FAPI `compliance_level` (Auth0 requires PKCE of\nthem itself), applications registered through a Client ID Metadata Document (`external_client_id`), and the global\nclient of an API dump. The rule does not run when the input holds no actions section.\n\nWhether the Action is bound to the post-login flow is not checked: deploy-cli keeps bindings under `triggers`,\nwhich a0lint does not read. Auth0's own checker does not check it either.\n\n## Why\n\nPKCE (RFC 7636) binds an authorization code to the application instance that asked for it: without the\n`code_verifier` the code cannot be redeemed. Auth0's SDKs for single-page and native applications always send a\n`code_challenge`, but Auth0 does not refuse authorization code requests without one from first-party public clients,\nso an attacker can start a flow without PKCE and redeem a code intercepted through a malicious app registered for the\nsame custom scheme or injected into the victim's session. Auth0's support article *Enforce PKCE with Actions*\ndescribes the fix: a post-login Action that denies logins whose request has no `code_challenge`. Auth0's own checker\nreports public applications without such an Action. Legacy applications that do not use PKCE would break, so the rule\nis in `strict` only.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Mobile App\n    app_type: native\n    grant_types: [authorization_code, refresh_token]\nactions:\n  - name: Add roles\n    deployed: true\n    supported_triggers:\n      - id: post-login\n        version: v3\n    code: |\n      exports.onExecutePostLogin = async (event, api) => {\n        api.idToken.setCustomClaim('roles', event.authorization?.roles);\n      };\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Mobile App\n    app_type: native\n    grant_types: [authorization_code, refresh_token]\nactions:\n  - name: Enforce PKCE\n    deployed: true\n    supported_triggers:\n      - id: post-login\n        version: v3\n    code: |\n      const PUBLIC_APPS = ['Mobile App'];\n      exports.onExecutePostLogin = async (event, api) => {\n        if (PUBLIC_APPS.includes(event.client.name) && !event.request.query?.code_challenge) {\n          api.access.deny('PKCE is required');\n        }\n      };\n```\n\n## How to fix\n\nAdd a post-login Action that denies the login when `event.request.query.code_challenge` is absent for your public\napplications (by `event.client.client_id` or name), deploy it and add it to the *Login* flow. Check first that every\nsuch application's SDK sends PKCE (Auth0's SPA, iOS, Android and React Native SDKs do by default).\n\n## Options\n\nNone.\n";

// rules/require-pkce-enforcement/index.ts
var require_pkce_enforcement_default = defineRule({
  meta: {
    id: "require-pkce-enforcement",
    description: "Enforce PKCE for single-page and native applications with a post-login Action",
    defaultSeverity: "warning",
    category: "clients",
    precision: "medium",
    securitySeverity: 5,
    tags: ["security", "clients", "pkce", "actions"],
    requires: ["actions"],
    preset: "strict",
    messages: {
      notEnforced: 'PKCE is not enforced for {{appType}} application "{{name}}". Auth0 accepts its authorization code requests without a code_challenge, so a stolen or injected code can be redeemed without the verifier. Add a post-login Action that denies logins whose request has no code_challenge.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default62
  },
  check({ tenant, report }) {
    const clients = tenant.clients.filter(
      (client) => settingsOwnedByTenant(client) && client.appType !== void 0 && PUBLIC_APP_TYPES.includes(client.appType) && grantTypesInUse(client).includes("authorization_code") && // Auth0 requires PKCE of strict third-party applications and under FAPI profiles itself.
      !(client.thirdParty && client.data.third_party_security_mode === "strict") && !profileEnforces(client, "pkce")
    );
    if (clients.length === 0 || actionsOnTrigger(tenant.posture.actions, "post-login").some(enforcesPkce)) return;
    for (const client of clients) {
      report({
        entity: client,
        path: grantTypePath(client, "authorization_code"),
        subject: "pkce",
        messageId: "notEnforced",
        data: { name: client.name ?? client.key, appType: client.appType }
      });
    }
  }
});
function enforcesPkce(action) {
  return codeSatisfies(action.code, (facts) => facts.properties.has("code_challenge") && facts.calls.has("api.access.deny"), [
    "code_challenge",
    "api.access.deny"
  ]);
}

// rules/require-password-reset-mfa/README.md
var README_default63 = "# require-password-reset-mfa\n\nAsk for a second factor before a password reset completes (password-reset-post-challenge Action).\n\nDefault severity: **note** \xB7 Category: authentication \xB7 In `recommended`: no (in `strict`) \xB7 Precision: medium \xB7 Security severity: 4.0\n\n## What it checks\n\nWhen the tenant has a database connection (strategy `auth0`) whose password login is not turned off\n(`options.authentication_methods.password.enabled` is not `false`):\n\n- `noAction`: no Action runs on the `password-reset-post-challenge` trigger (one finding per such database). An\n  Action counts when its `supported_triggers` name the trigger and it is not undeployed (`deployed: false`) or failed\n  (`status` other than `built`).\n- `noChallenge`: such Actions exist, but none calls `api.authentication.challengeWith` or `challengeWithAny` (one\n  finding per Action, in its code). The code is parsed as JavaScript; code that does not parse is searched as text.\n  Code a0lint cannot know (Terraform's `file()` or a data source) counts as challenging: the rule does not decide on\n  it.\n\nThe rule needs both the databases and the Actions sections (it does not run when the input holds neither, and\ndecides nothing when one is absent). Whether the Action is bound to the password reset flow is not checked (deploy-cli\nkeeps bindings under `triggers`).\n\n## Why\n\nA password reset proves only that the requester can read the user's mailbox. An attacker who took over the mailbox\n(or a forwarding rule in it) can set a new password and, where MFA is not asked at every login, take over the\naccount. Auth0's *password-reset-post-challenge* trigger runs after the user follows the reset link and before the new\npassword is set, and an Action there can require a second factor the user already enrolled (Auth0 docs, *Password\nReset Flow*; `api.authentication.challengeWith`). Auth0's own checker reports tenants whose password reset asks for\nno factor. It needs enrolled factors and the new Universal Login, so the rule is a note in `strict` only.\n\n## Incorrect\n\n```yaml\ndatabases:\n  - name: Username-Password-Authentication\n    strategy: auth0\nactions: []\n```\n\n## Correct\n\n```yaml\ndatabases:\n  - name: Username-Password-Authentication\n    strategy: auth0\nactions:\n  - name: MFA on password reset\n    deployed: true\n    supported_triggers:\n      - id: password-reset-post-challenge\n        version: v1\n    code: |\n      exports.onExecutePostChallenge = async (event, api) => {\n        if (event.user.enrolledFactors?.length) {\n          api.authentication.challengeWithAny(event.user.enrolledFactors.map(({ type }) => ({ type })));\n        }\n      };\n```\n\n## How to fix\n\nCreate an Action on the *Password Reset / Post Challenge* trigger that calls `api.authentication.challengeWithAny`\nwith the user's enrolled factors, deploy it and add it to the *Password Reset* flow.\n\n## Options\n\nNone.\n";

// rules/require-password-reset-mfa/index.ts
var TRIGGER = "password-reset-post-challenge";
var CHALLENGES = ["api.authentication.challengeWith", "api.authentication.challengeWithAny"];
var require_password_reset_mfa_default = defineRule({
  meta: {
    id: "require-password-reset-mfa",
    description: "Ask for a second factor before a password reset completes (password-reset-post-challenge Action)",
    defaultSeverity: "note",
    category: "authentication",
    precision: "medium",
    securitySeverity: 4,
    tags: ["security", "mfa", "actions", "databases"],
    requires: ["databases", "actions"],
    preset: "strict",
    messages: {
      noAction: `Password resets on database "{{name}}" ask for no second factor. Whoever controls a user's mailbox can set a new password. Add a password-reset-post-challenge Action that calls api.authentication.challengeWith.`,
      noChallenge: `Password reset Action "{{name}}" never asks for a second factor. Whoever controls a user's mailbox can still set a new password. Call api.authentication.challengeWith (or challengeWithAny) in it.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default63
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    if (!posture.known.has("databases") || !posture.known.has("actions")) return;
    const databases = posture.connections.filter(
      (connection) => connection.isDatabase && dig(connection.data, "options", "authentication_methods", "password", "enabled") !== false
    );
    if (databases.length === 0) return;
    const actions = actionsOnTrigger(posture.actions, TRIGGER);
    if (actions.length === 0) {
      for (const database of databases) report({ entity: database, subject: "password-reset-mfa", messageId: "noAction", data: { name: label(database) } });
      return;
    }
    if (actions.some(challenges)) return;
    for (const action of actions)
      report({
        entity: action,
        ...action.code ? { origin: action.code.origin } : {},
        subject: "password-reset-mfa",
        messageId: "noChallenge",
        data: { name: label(action) }
      });
  }
});
function challenges(action) {
  return codeSatisfies(action.code, (facts) => CHALLENGES.some((call) => facts.calls.has(call)), ["challengeWith"]);
}

// rules/index.ts
var builtinRules = [
  prefer_require_client_grant_default,
  management_api_user_access_default,
  no_client_grants_on_deny_all_default,
  valid_access_policy_default,
  valid_field_types_default,
  explicit_access_policy_default,
  no_dangling_client_grants_default,
  grant_scopes_defined_default,
  no_duplicate_client_grants_default,
  grant_matches_app_type_default,
  management_api_least_privilege_default,
  no_third_party_system_api_grants_default,
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
  terraform_unknown_values_default,
  audit_credentials_read_only_default,
  no_open_dynamic_client_registration_default,
  no_legacy_tenant_flags_default,
  no_disabled_clickjack_protection_default,
  limit_session_lifetime_default,
  no_default_audience_default,
  require_support_contact_default,
  secure_tenant_urls_default,
  require_brute_force_protection_default,
  require_breached_password_detection_default,
  require_suspicious_ip_throttling_default,
  require_bot_detection_default,
  require_mfa_default,
  strong_password_policy_default,
  no_external_user_store_default,
  no_domain_level_connections_default,
  prefer_passkeys_default,
  verify_email_at_signup_default,
  no_secrets_in_code_default,
  supported_action_runtime_default,
  supported_tenant_runtime_default,
  no_legacy_rules_and_hooks_default,
  require_email_provider_default,
  no_disabled_security_emails_default,
  require_log_streams_default,
  safe_error_page_default,
  require_oidc_conformant_default,
  no_cross_origin_authentication_default,
  third_party_strict_security_default,
  no_management_api_refresh_policies_default,
  require_pushed_authorization_requests_default,
  require_signed_authorization_requests_default,
  require_sender_constraining_default,
  require_backchannel_logout_default,
  require_custom_domain_default,
  block_canonical_domain_default,
  require_network_acls_default,
  require_pkce_enforcement_default,
  require_password_reset_mfa_default
];

// src/model/domain-mismatch.ts
var SOURCE_LABELS = {
  option: "--tenant-domain or the configuration's tenantDomain",
  live: "the live audit's domain",
  dump: "the dump's domain field",
  "system-api": "an is_system API",
  "grant-audience": "the grants' Management API audience"
};
function domainMismatchNote(mismatch, target) {
  const apis = mismatch.managementApis.join(", ");
  return `${target}: the tenant domain ${mismatch.domain} (from ${SOURCE_LABELS[mismatch.domainSource]}) names none of the Management APIs in the data (${apis}); a0lint checks the is_system one as the Management API. Give the tenant's canonical domain (the host of that API, not a custom domain) as the tenant domain.`;
}

// src/engine/run-rules.ts
import { hash } from "node:crypto";

// src/engine/conceal.ts
var concealNothing = (text) => text;
var MIN_SECRET_LENGTH = 4;
function mappedSecrets(mappings) {
  const found = [];
  const collect = (key, value, nested, depth) => {
    if (typeof value === "string" || typeof value === "number") {
      const text = String(value);
      if (text.length >= MIN_SECRET_LENGTH) found.push({ key, value: text, nested });
    } else if (value !== null && typeof value === "object" && depth < 32) {
      for (const inner of Object.values(value)) collect(key, inner, true, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(mappings)) collect(key, value, false, 0);
  return found;
}
function concealMappedValues(mappings) {
  const secrets = mappings ? mappedSecrets(mappings) : [];
  if (secrets.length === 0) return concealNothing;
  const replacements = /* @__PURE__ */ new Map();
  for (const { key, value, nested } of secrets) {
    const marker = nested ? `@@${key}@@` : `##${key}##`;
    for (const form of [value, printable(value)]) if (!replacements.has(form)) replacements.set(form, marker);
  }
  const ordered = [...replacements].sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    let out = text;
    for (const [value, marker] of ordered) if (out.includes(value)) out = out.split(value).join(marker);
    return out;
  };
}

// src/engine/run-rules.ts
function runRules(tenant, rules, settings = /* @__PURE__ */ new Map(), conceal = concealNothing, notRun) {
  const findings = [];
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    const requires = rule.meta.requires;
    if (requires && requires.length > 0 && !requires.some((section) => tenant.posture.known.has(section))) {
      notRun?.push(rule.meta.id);
      continue;
    }
    const options = effectiveOptions(rule, setting);
    rule.check({
      tenant,
      options,
      report: (report) => findings.push(toFinding(rule, severity, report, conceal))
    });
  }
  return sortFindings(findings);
}
function effectiveOptions(rule, setting) {
  return { ...rule.meta.defaultOptions ?? {}, ...setting?.options ?? {} };
}
function toFinding(rule, severity, report, conceal) {
  const template = Object.hasOwn(rule.meta.messages, report.messageId) ? rule.meta.messages[report.messageId] : void 0;
  if (template === void 0) throw new UnknownMessageError(rule, report.messageId);
  const path5 = report.path ?? "";
  const origin = report.origin ?? (report.entity && { source: report.entity.origin.source, pointer: report.entity.origin.pointer + path5 });
  const source = origin?.source;
  const range = source?.locate?.(origin.pointer, report.needle);
  const location = source?.file !== void 0 && range ? { file: source.file, ...range } : void 0;
  const entity2 = report.entity && {
    kind: report.entity.kind,
    // Names reach every report, SARIF and JSON included: control and invisible characters are shown as escapes.
    key: printable(conceal(report.entity.key)),
    ...report.entity.name !== void 0 ? { name: printable(conceal(report.entity.name)) } : {}
  };
  const identity = entity2 ? [entity2.kind, entity2.key, report.subject ?? path5] : [source?.file ?? source?.endpoint ?? "", report.subject ?? path5];
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity: report.severity !== void 0 && SEVERITY_RANK[report.severity] > SEVERITY_RANK[severity] ? report.severity : severity,
    message: conceal(fill(template, report.data ?? {})),
    ...entity2 ? { entity: entity2 } : {},
    path: path5,
    ...location ? { location } : {},
    ...!location && source?.endpoint ? { endpoint: source.endpoint } : {},
    fingerprint: fingerprint(rule.meta.id, ...identity)
  };
}
var UnknownMessageError = class extends Error {
  constructor(rule, messageId) {
    const known2 = Object.keys(rule.meta.messages).map((id) => `"${id}"`);
    super(`rule ${rule.meta.id} reported message id ${JSON.stringify(messageId)}, which is not in its meta.messages (${known2.join(", ") || "none"})`);
    this.name = "UnknownMessageError";
  }
};
function fingerprint(...parts) {
  return hash("sha256", parts.join("\0")).slice(0, 32);
}
var compiled = /* @__PURE__ */ new Map();
function templateParts(template) {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, parts = template.split(/(\{\{\s*(\w+)\s*\}\})/));
  return parts;
}
function fill(template, data2) {
  const parts = templateParts(template);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1];
    text += (Object.hasOwn(data2, name) ? printable(String(data2[name])) : parts[i]) + parts[i + 2];
  }
  return text;
}
function sortFindings(findings) {
  const text = (value) => value ?? "\uFFFF";
  return findings.sort(
    (a, b) => compare2(text(a.location?.file), text(b.location?.file)) || (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) || (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0) || compare2(a.entity?.kind ?? "", b.entity?.kind ?? "") || compare2(a.entity?.key ?? "", b.entity?.key ?? "") || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compare2(a.ruleId, b.ruleId) || compare2(a.path, b.path) || compare2(a.fingerprint, b.fingerprint)
  );
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine/target.ts
function findingsOf(targets) {
  return sortFindings(targets.flatMap((target) => target.findings));
}
function errorsOf(targets) {
  return targets.flatMap((target) => target.errors);
}
function inputTargets(targets) {
  return targets.filter((target) => target.kind === "input");
}
function categoryOf(path5, input, tenant) {
  const live = tenant?.domainSource === "live" && tenant.domain;
  return (live || input?.path || path5).replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "") || ".";
}
function noticesOf(targets) {
  return targets.flatMap((target) => {
    const mismatch = target.domainMismatch ?? target.tenant?.domainMismatch;
    return mismatch ? [{ target: target.path, code: "domain-mismatch", message: domainMismatchNote(mismatch, target.path) }] : [];
  });
}

// src/config/load-config.ts
import { lstat } from "node:fs/promises";
import path from "node:path";
var CONFIG_FILE_NAMES = [".a0lint.yml", ".a0lint.yaml"];
function defaultConfig(cwd) {
  return { baseDir: cwd, extends: ["recommended"], rules: /* @__PURE__ */ new Map(), overrides: [], customRules: [], ignore: [] };
}
async function findConfigFile(cwd, named) {
  if (named !== void 0) return path.resolve(cwd, named);
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (await lstat(candidate).then(
        () => true,
        () => false
      ))
        return candidate;
    }
    if (path.dirname(folder) === folder) return void 0;
  }
}
async function readConfig(file, cwd, knownRules = []) {
  const document = await readLocatedDocument(file, displayPath(cwd, file), "configuration");
  const data2 = withoutEmptySections(document.data);
  const errors = schemaErrors((await import("./config-schema.validate-SLFIYYRU.js")).validate, document, data2);
  const raw = data2;
  if (errors.length === 0) {
    for (const [index, entry] of (raw.ignore ?? []).entries()) {
      if (entry.expires !== void 0 && !isCalendarDate(entry.expires)) {
        errors.push(errorAt(document, joinPointer("/ignore", index, "expires"), `"${entry.expires}" is not a date (YYYY-MM-DD)`));
      }
    }
  }
  const failWith = async (found) => {
    const places = new Set(found.map((error) => `${error.line}:${error.column}`));
    const references = await referenceErrors(document, knownRules, (id) => id.startsWith("custom/"));
    throw combined([...found, ...references.filter((error) => !places.has(`${error.line}:${error.column}`))]);
  };
  if (errors.length > 0) await failWith(errors);
  const baseDir = path.dirname(file);
  const repository = repositoryOf(file);
  const mappingErrors = [];
  const mappings = (value, pointer) => value === void 0 ? Promise.resolve(void 0) : mappingsOf(value, document, pointer, baseDir, cwd, repository).catch((error) => {
    if (!(error instanceof InputError)) throw error;
    mappingErrors.push(error);
    return void 0;
  });
  const topMappings = await mappings(raw.mappings, "/mappings");
  const overrides = await Promise.all(
    (raw.overrides ?? []).map(async (override, index) => {
      const overrideMappings = await mappings(override.mappings, joinPointer("/overrides", index, "mappings"));
      return {
        files: override.files,
        rules: settingsOf(override.rules),
        ...override.tenantDomain !== void 0 ? { tenantDomain: override.tenantDomain } : {},
        ...overrideMappings
      };
    })
  );
  if (mappingErrors.length > 0) await failWith(mappingErrors);
  return {
    document,
    baseDir,
    extends: typeof raw.extends === "string" ? [raw.extends] : raw.extends ?? ["recommended"],
    rules: settingsOf(raw.rules),
    overrides,
    ...raw.tenantDomain !== void 0 ? { tenantDomain: raw.tenantDomain } : {},
    ...topMappings,
    customRules: raw.customRules ?? [],
    repository,
    ignore: (raw.ignore ?? []).map((entry, index) => ({
      rule: entry.rule,
      kind: entry.entity.kind,
      key: entry.entity.key,
      ...entry.files ? { files: entry.files } : {},
      reason: entry.reason,
      ...entry.expires !== void 0 ? { expires: entry.expires } : {},
      ...entry.owner !== void 0 ? { owner: entry.owner } : {},
      pointer: joinPointer("/ignore", index)
    }))
  };
}
async function checkRuleReferences(config, rules, earlier = []) {
  const document = config.document;
  if (!document) return throwAll(earlier);
  const unjudged = earlier.length > 0 ? (id) => id.startsWith("custom/") : () => false;
  throwAll([...earlier, ...await referenceErrors(document, rules, unjudged)]);
}
async function referenceErrors(document, rules, unjudged) {
  if (rules.length === 0) return [];
  const data2 = document.data;
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const errors = [];
  const unknown = (id, at2, atKey) => {
    if (!byId.has(id) && !unjudged(id)) errors.push(errorAt(document, at2, `unknown rule "${id}"${suggestion(id, byId.keys())}`, at2, atKey));
  };
  const settings = [];
  const collect = (section, pointer) => {
    if (!isMapping(section)) return;
    for (const [id, value] of Object.entries(section)) settings.push({ id, value, at: joinPointer(pointer, id) });
  };
  collect(data2?.rules, "/rules");
  if (Array.isArray(data2?.overrides))
    data2.overrides.forEach((override, index) => collect(isMapping(override) ? override.rules : void 0, joinPointer("/overrides", index, "rules")));
  const withOptions = settings.filter(({ id, value }) => byId.has(id) && Array.isArray(value) && isMapping(value[1]));
  const optionsAjv = withOptions.length > 0 ? new (await loadAjv())({ allErrors: true, verbose: true, strict: false, ...SHIPPED_SCHEMA }) : void 0;
  for (const { id, value, at: at2 } of settings) {
    unknown(id, at2, true);
    const rule = byId.get(id);
    if (rule && Array.isArray(value) && isMapping(value[1])) errors.push(...optionsErrors(optionsAjv, rule, value[1], document, joinPointer(at2, 1)));
  }
  if (Array.isArray(data2?.ignore)) {
    data2.ignore.forEach((entry, index) => {
      if (isMapping(entry) && typeof entry.rule === "string") unknown(entry.rule, joinPointer("/ignore", index, "rule"), false);
    });
  }
  return errors;
}
var optionValidators = /* @__PURE__ */ new WeakMap();
function optionsErrors(ajv, rule, options, document, pointer) {
  if (!rule.meta.schema) return Object.keys(options).length > 0 ? [errorAt(document, pointer, `rule ${rule.meta.id} takes no options`)] : [];
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.meta.schema);
    optionValidators.set(rule, validate);
  }
  return schemaErrors(validate, document, options, pointer);
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SHIPPED_SCHEMA = { validateSchema: false };
async function loadAjv() {
  return (await import("./ajv-A4B2IN45.js")).Ajv;
}
var ESLINT_SEVERITIES = /* @__PURE__ */ new Map([
  ["warn", "warning"],
  [0, "off"],
  [1, "warning"],
  [2, "error"]
]);
function severityOf(written) {
  return ESLINT_SEVERITIES.get(written) ?? written;
}
function settingsOf(raw) {
  const settings = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(raw ?? {})) {
    if (!Array.isArray(value)) settings.set(id, { severity: severityOf(value) });
    else {
      const [severity, options] = value;
      settings.set(id, { severity: severityOf(severity), ...options !== void 0 ? { options } : {} });
    }
  }
  return settings;
}
async function mappingsOf(value, document, pointer, baseDir, cwd, repository) {
  if (typeof value !== "string") return { mappings: value };
  if (!insideRepository(path.resolve(baseDir, value), repository)) throw errorAt(document, pointer, outsideMessage(value, displayPath(cwd, repository) || "."));
  try {
    const { readDeployConfig } = await import("./mappings-QN52NJZH.js");
    const config = readDeployConfig(path.resolve(baseDir, value), cwd);
    if (config.basePath !== void 0 && !insideRepository(config.basePath, repository)) {
      throw errorAt(
        document,
        pointer,
        `${value}: AUTH0_BASE_PATH ${outsideMessage(displayPath(cwd, config.basePath) || ".", displayPath(cwd, repository) || ".")}`
      );
    }
    return config;
  } catch (error) {
    if (error instanceof InputError && error.line === void 0) throw errorAt(document, pointer, `${error.file ?? value}: ${error.message}`);
    throw error;
  }
}
function withoutEmptySections(data2) {
  if (typeof data2 !== "object" || data2 === null || Array.isArray(data2)) return data2;
  return Object.fromEntries(Object.entries(data2).filter(([, value]) => value !== null));
}
function isCalendarDate(value) {
  const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// src/engine/docs-url.ts
var HOMEPAGE = "https://github.com/a0lint/a0lint";
function docsUrl(ruleId) {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}/README.md`;
}
function ruleDocsUrl(meta) {
  if (meta.docsUrl !== void 0) return meta.docsUrl;
  return meta.id.includes("/") ? void 0 : docsUrl(meta.id);
}

// src/config/rules/expired-ignore.md
var expired_ignore_default = "# expired-ignore\n\nAn `ignore` entry in `.a0lint.yml` has passed its `expires` date.\n\n## Why\n\nAn accepted risk is accepted for a time. Once the date passes, the entry stops suppressing its findings (they are\nreported again) and this finding points at the entry, so the exception is either fixed or renewed on purpose, with\na new date and reason, in a reviewed change.\n\n## How to fix\n\nFix the findings the entry covered and delete the entry, or set a new `expires` date and update `reason`.\n";

// src/config/rules/unused-ignore.md
var unused_ignore_default = "# unused-ignore\n\nAn `ignore` entry in `.a0lint.yml` suppressed no finding in this run.\n\n## Why\n\nSuppressions rot: the entity was fixed, renamed or deleted, and the stale entry would silently hide a future\nfinding with the same key. Reporting it keeps the list of exceptions equal to the list of real, accepted findings.\n\nAn entry is only reported when every input it applies to was read completely. Limit an entry to some inputs with\n`files` when you lint several tenants with one configuration.\n\n## How to fix\n\nDelete the entry, or correct its `rule`, `entity.kind` or `entity.key` (a glob) so it names the finding you accept.\n";

// src/config/rules/weakened-configuration.md
var weakened_configuration_default = "# weakened-configuration\n\nA pull request changes `.a0lint.yml` so that it would check less once merged: a rule turned off or lowered, an\n`ignore` entry that is new or changed, a custom-rule path added or removed, the keyword mappings changed, or a rule's\noptions changed.\n\n## Why\n\nOn a pull request the Action judges the change with the base commit's configuration (`config-source: base`), so a\npull request cannot switch its own check off. The configuration it brings still applies after the merge, so the\nreviewer must see what it gives up. Each change is a finding located at the changed line of the pull request's\n`.a0lint.yml`, in annotations, SARIF, the job summary and the counts. A changed rule option is reported at `note`\nseverity, because a0lint cannot tell whether the new value checks more or less. Mapping values are never shown.\n\n## How to fix\n\nRevert the change, or let a reviewer who owns the configuration accept it: the finding is about the pull request,\nnot about the tenant, and disappears once the change is on the base branch.\n";

// src/config/rules/index.ts
var CONFIG_DOCS = `${HOMEPAGE}/blob/main/docs/configuration.md#ignore`;
var expiredIgnore = defineRule({
  meta: {
    id: "expired-ignore",
    description: "Renew or remove ignore entries whose expiry date has passed",
    defaultSeverity: "warning",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 4,
    tags: ["configuration", "suppressions"],
    messages: {
      expired: 'An ignore entry for {{rule}} expired on {{expires}}. It covers {{kind}} "{{key}}"{{owner}} and no longer suppresses its findings. Fix the findings it covered and delete the entry, or renew it with a new expires date and reason.'
    },
    docs: expired_ignore_default,
    docsUrl: CONFIG_DOCS
  },
  check() {
  }
});
var unusedIgnore = defineRule({
  meta: {
    id: "unused-ignore",
    description: "Remove ignore entries that suppress no finding",
    defaultSeverity: "warning",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 2,
    tags: ["configuration", "suppressions"],
    messages: {
      unused: 'An ignore entry for {{rule}} suppressed no finding. It names {{kind}} "{{key}}". Delete it, or correct its rule or entity key so it names the finding you accept.'
    },
    docs: unused_ignore_default,
    docsUrl: CONFIG_DOCS
  },
  check() {
  }
});
var weakenedConfiguration = defineRule({
  meta: {
    id: "weakened-configuration",
    description: "Review pull requests whose configuration checks less than the base branch's",
    defaultSeverity: "warning",
    category: "hygiene",
    precision: "very-high",
    securitySeverity: 5,
    tags: ["configuration", "suppressions", "pull-request"],
    messages: {
      lowered: "The pull request's configuration checks less. For {{input}}: {{changes}}. Revert the change, or have an owner of the configuration accept it.",
      ignore: 'The pull request adds or changes an ignore entry for {{rule}}. It covers {{kind}} "{{key}}"{{files}}; once merged it suppresses findings the base reports. Revert the entry, or have an owner of the configuration accept it.',
      customRuleAdded: 'The pull request adds a custom rule path. Once merged, the rules "{{glob}}" loads decide what is checked; review them.',
      customRuleRemoved: 'The pull request removes a custom rule path. Once merged, the rules "{{glob}}" loaded no longer run; restore it or confirm they are retired.',
      mappings: "Keyword mappings changed (their values decide what is checked; they are not shown). Review the change to the mappings.",
      options: "The pull request changes the options of rule {{rule}}. a0lint cannot tell whether they check {{input}} less; review the new options."
    },
    docs: weakened_configuration_default,
    docsUrl: `${HOMEPAGE}/blob/main/docs/security.md`
  },
  check() {
  }
});
var configRules = [expiredIgnore, unusedIgnore, weakenedConfiguration];

// src/config/settings.ts
import path2 from "node:path";

// src/engine/presets.ts
function presetSettings(presets, rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const strict = presets.includes("strict");
    const severity = strict && rule.meta.defaultSeverity === "note" ? "warning" : rule.meta.defaultSeverity;
    const on = strict || presets.length > 0 && rule.meta.preset !== "strict";
    settings.set(rule.meta.id, { severity: on ? severity : "off" });
  }
  return settings;
}

// src/config/settings.ts
function resolveSettings(config, rules, inputPath, cwd) {
  const relativePath = configRelative(config.baseDir, path2.resolve(cwd, inputPath));
  const settings = presetSettings(config.extends, rules);
  apply(settings, config.rules);
  const matched = [];
  let { tenantDomain, mappings, basePath } = config;
  config.overrides.forEach((override, index) => {
    if (!fileMatcher(override.files)(relativePath)) return;
    matched.push(index);
    apply(settings, override.rules);
    tenantDomain = override.tenantDomain ?? tenantDomain;
    if (override.mappings) mappings = { ...mappings, ...override.mappings };
    basePath = override.basePath ?? basePath;
  });
  return {
    relativePath,
    rules: settings,
    overrides: matched,
    ...tenantDomain !== void 0 ? { tenantDomain } : {},
    ...mappings !== void 0 ? { mappings } : {},
    ...basePath !== void 0 ? { basePath } : {}
  };
}
function configWideSettings(config, rules) {
  const settings = presetSettings(config.extends, rules);
  apply(settings, config.rules);
  return settings;
}
function apply(settings, changes) {
  for (const [id, change] of changes) {
    const before = settings.get(id);
    const options = change.options ?? before?.options;
    settings.set(id, { severity: change.severity, ...options !== void 0 ? { options } : {} });
  }
}

// src/app/project.ts
async function openProject(options) {
  const { cwd } = options;
  const file = options.noConfig ? void 0 : await findConfigFile(cwd, options.configFile);
  const config = file ? await readConfig(file, cwd, [...builtinRules, ...configRules]) : defaultConfig(cwd);
  const reserved = new Set([...builtinRules, ...configRules].map((rule) => rule.meta.id));
  const loadErrors = [];
  const customRules = await loadCustomRulesOf(config, options.rulesDirs ?? [], cwd, reserved).catch((error) => {
    if (!(error instanceof InputError)) throw error;
    loadErrors.push(error);
    return [];
  });
  const lintRules = [...builtinRules, ...customRules];
  const reportRules = [...lintRules, ...configRules];
  await checkRuleReferences(config, reportRules, loadErrors);
  return { cwd, options, config, lintRules, reportRules, settingsFor: (inputName) => resolveSettings(config, reportRules, inputName, cwd) };
}
async function loadCustomRulesOf(config, rulesDirs, cwd, reserved) {
  if (rulesDirs.length === 0 && config.customRules.length === 0) return [];
  const { loadCustomRules, rulesDirSources } = await import("./load-rule-files-WPCWRVTR.js");
  const sources = rulesDirSources(rulesDirs, cwd);
  if (config.customRules.length > 0) {
    sources.push({
      globs: config.customRules,
      baseDir: config.baseDir,
      ...config.document ? { namedAt: { document: config.document, pointer: "/customRules" } } : {},
      ...config.repository !== void 0 ? { confineTo: config.repository } : {}
    });
  }
  return loadCustomRules(sources, cwd, reserved);
}

// src/app/finish.ts
import path4 from "node:path";

// src/config/ignores.ts
import path3 from "node:path";
function today(now) {
  return now.toISOString().slice(0, 10);
}
function applyIgnores(targets, config, options) {
  const date = today(options.now);
  const entries = config.ignore.map((entry) => ({
    entry,
    expired: entry.expires !== void 0 && entry.expires <= date,
    matchesKey: keyMatcher(entry.key),
    matchesFile: entry.files ? fileMatcher(entry.files) : () => true,
    used: false,
    // Unused is only claimed when every input the entry covers was read completely.
    complete: true,
    covered: false
  }));
  let suppressed = 0;
  const filtered = targets.map((target) => {
    const relative = configRelative(config.baseDir, path3.resolve(options.cwd, target.path));
    const active = entries.filter((item) => item.matchesFile(relative));
    for (const item of active) {
      item.covered = true;
      if (target.errors.length > 0) item.complete = false;
    }
    const findings2 = target.findings.filter((finding) => {
      const by = active.find((item) => !item.expired && matches(item.entry, item.matchesKey, finding));
      if (!by) return true;
      by.used = true;
      suppressed++;
      return false;
    });
    return { ...target, findings: findings2 };
  });
  const findings = [];
  const document = config.document;
  if (document) {
    const report = (rule, messageId, entry, pointer, data2) => {
      const severity = options.severityOf(rule);
      if (severity === "off") return;
      const range = document.locate(pointer);
      findings.push({
        ruleId: rule.meta.id,
        messageId,
        severity,
        message: fill(rule.meta.messages[messageId], data2),
        path: pointer,
        ...range ? { location: { file: document.file, ...range } } : {},
        // The entry's content, not its position: reordering the ignore list keeps the fingerprint.
        fingerprint: fingerprint(rule.meta.id, document.file, entry.rule, entry.kind, entry.key, (entry.files ?? []).join("\0"))
      });
    };
    for (const item of entries) {
      const data2 = { rule: item.entry.rule, kind: item.entry.kind, key: item.entry.key };
      if (item.expired) {
        report(expiredIgnore, "expired", item.entry, `${item.entry.pointer}/expires`, {
          ...data2,
          expires: item.entry.expires,
          owner: item.entry.owner ? ` (owner: ${item.entry.owner})` : ""
        });
      } else if (!item.used && item.covered && item.complete) {
        report(unusedIgnore, "unused", item.entry, item.entry.pointer, data2);
      }
    }
  }
  return { targets: filtered, suppressed, findings };
}
function matches(entry, matchesKey, finding) {
  return finding.ruleId === entry.rule && finding.entity?.kind === entry.kind && matchesKey(finding.entity.key);
}

// src/shared/text.ts
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}

// src/app/finish.ts
async function finish(project, inputs, options) {
  const { config, cwd } = project;
  const notes = [];
  const configWide = configWideSettings(config, project.reportRules);
  const severityOf2 = (rule) => configWide.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
  const ignored = applyIgnores(inputs, config, { now: options.now, cwd, severityOf: severityOf2 });
  let targets = ignored.targets;
  if (ignored.suppressed > 0) notes.push(`${plural(ignored.suppressed, "finding")} suppressed by ignore entries in ${config.document.file}.`);
  const hasErrors = inputs.some((target) => target.errors.length > 0);
  if (options.updateBaseline !== void 0) {
    const { applyBaseline, createBaseline, writeBaseline } = await import("./baseline-5JWYU36D.js");
    const display = displayPath(cwd, path4.resolve(cwd, options.updateBaseline));
    if (hasErrors) {
      notes.push(`Baseline ${display} not written: some input could not be read, and a partial baseline would hide nothing it missed.`);
    } else {
      const baseline = createBaseline(targets, options.updateBaseline, cwd);
      await writeBaseline(baseline, options.updateBaseline, cwd);
      notes.push(`Wrote ${plural(baseline.findings.length, "finding")} to baseline ${display}.`);
      targets = applyBaseline(targets, baseline, options.updateBaseline, cwd).targets;
    }
  }
  if (options.baseline !== void 0) {
    const { applyBaseline, readBaseline } = await import("./baseline-5JWYU36D.js");
    const applied = applyBaseline(targets, await readBaseline(options.baseline, cwd), options.baseline, cwd);
    targets = applied.targets;
    if (applied.matched > 0) notes.push(`${plural(applied.matched, "finding")} matched the baseline and ${applied.matched === 1 ? "is" : "are"} not shown.`);
    if (applied.stale > 0) {
      notes.push(
        `${plural(applied.stale, "baseline entry", "baseline entries")} no longer match a finding (fixed); --update-baseline ${options.baseline} removes them.`
      );
    }
  }
  if (ignored.findings.length > 0) {
    targets.push({ kind: "configuration", path: config.document.file, category: "other", findings: sortFindings(ignored.findings), errors: [] });
  }
  return { targets, notes };
}

// src/app/input-settings.ts
function inputSettings(project, inputName, given = {}) {
  const resolved = project.settingsFor(inputName);
  const tenantDomain = given.tenantDomain ?? resolved.tenantDomain;
  return {
    rules: given.rules ? new Map([...resolved.rules, ...given.rules]) : resolved.rules,
    ...tenantDomain !== void 0 ? { tenantDomain } : {},
    mappings: { ...resolved.mappings, ...given.mappings },
    ...resolved.basePath !== void 0 ? { basePath: resolved.basePath } : {}
  };
}

// src/engine/coverage.ts
function coverageOf(tenant, rules, settings, rulesNotRun) {
  const absent = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if ((settings?.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity) === "off") continue;
    for (const section of rule.meta.requires ?? []) if (!tenant.posture.known.has(section)) absent.add(section);
  }
  const unreadable = [...absent].filter((section) => tenant.posture.unreadable.has(section)).map((section) => ({ section, reason: tenant.posture.unreadable.get(section) }));
  return { absentSections: [...absent].filter((section) => !tenant.posture.unreadable.has(section)), unreadable, rulesNotRun: [...rulesNotRun] };
}
function coverageLine(coverage) {
  const parts = [];
  if (coverage.absentSections.length > 0) parts.push(`not in the input: ${coverage.absentSections.join(", ")}`);
  for (const { section, reason } of coverage.unreadable) parts.push(`${section} could not be read (${reason})`);
  if (parts.length === 0) return void 0;
  const rules = coverage.rulesNotRun.length;
  return `Not checked: ${parts.join("; ")}${rules > 0 ? ` (${rules} rule${rules === 1 ? "" : "s"} did not run)` : ""}.`;
}
function coverageLines(targets) {
  const lines = [];
  for (const target of targets) {
    const line = target.coverage && coverageLine(target.coverage);
    if (line) lines.push(targets.length > 1 ? `${target.path}: ${line}` : line);
  }
  return lines;
}
function coverageJson(targets) {
  return targets.filter((target) => target.coverage && (target.coverage.absentSections.length > 0 || target.coverage.unreadable.length > 0)).map((target) => ({ target: target.path, ...target.coverage }));
}

// src/model/checked-fields.ts
var CLIENTS = ["clients"];
var APIS = ["resourceServers", "resource_servers"];
var GRANTS = ["clientGrants", "client_grants"];
var FIELDS4 = [
  // A marker standing for a whole list or entity hides everything in it.
  [CLIENTS, "", "the applications"],
  [CLIENTS, "*", "an application"],
  [APIS, "", "the APIs"],
  [APIS, "*", "an API"],
  [GRANTS, "", "the client grants"],
  [GRANTS, "*", "a client grant"],
  [CLIENTS, "name", "the application's name (grants name their application by it)"],
  [CLIENTS, "client_id", "the application's client ID (grants name their application by it)"],
  [CLIENTS, "app_type", "the application's type"],
  [CLIENTS, "grant_types/**", "the application's grant types"],
  [CLIENTS, "token_endpoint_auth_method", "the application's client authentication"],
  [CLIENTS, "client_authentication_methods/**", "the application's client authentication"],
  [CLIENTS, "is_first_party", "whether the application is first- or third-party"],
  [CLIENTS, "callbacks/**", "a callback URL"],
  [CLIENTS, "allowed_logout_urls/**", "a logout URL"],
  [CLIENTS, "web_origins/**", "a web origin"],
  [CLIENTS, "allowed_origins/**", "an allowed origin"],
  [CLIENTS, "initiate_login_uri", "the login initiation URL"],
  [CLIENTS, "refresh_token/**", "the application's refresh token settings"],
  [CLIENTS, "jwt_configuration", "the application's ID token settings"],
  [CLIENTS, "jwt_configuration/alg", "the application's ID token signing algorithm"],
  [CLIENTS, "global", "whether the application is the tenant-wide settings entry"],
  [CLIENTS, "oidc_conformant", "whether the application is OIDC conformant"],
  [CLIENTS, "cross_origin_authentication", "the application's cross-origin authentication"],
  [CLIENTS, "cross_origin_auth", "the application's cross-origin authentication"],
  [CLIENTS, "third_party_security_mode", "the third-party application's security mode"],
  [CLIENTS, "redirection_policy", "the third-party application's redirection policy"],
  [CLIENTS, "external_client_id", "whether the application is registered by a metadata document (CIMD)"],
  [CLIENTS, "compliance_level", "the application's FAPI compliance profile"],
  [CLIENTS, "require_pushed_authorization_requests", "whether the application must push its authorization requests (PAR)"],
  [CLIENTS, "signed_request_object/**", "whether the application must sign its authorization requests (JAR)"],
  [CLIENTS, "require_proof_of_possession", "whether the application must use sender-constrained tokens"],
  [CLIENTS, "oidc_logout/**", "the application's back-channel logout URLs"],
  [CLIENTS, "oidc_backchannel_logout/**", "the application's back-channel logout URLs"],
  [CLIENTS, "addons", "whether the application signs users in over SAML or WS-Federation (its addons)"],
  [CLIENTS, "addons/samlp", "whether the application signs users in over SAML"],
  [CLIENTS, "addons/wsfed", "whether the application signs users in over WS-Federation"],
  [APIS, "identifier", "the API's identifier (its audience)"],
  [APIS, "is_system", "whether the API is a system API"],
  [APIS, "scopes/**", "the API's scopes"],
  [APIS, "signing_alg", "the API's signing algorithm"],
  [APIS, "token_lifetime", "the API's token lifetime"],
  [APIS, "token_lifetime_for_web", "the API's token lifetime for browsers"],
  [APIS, "subject_type_authorization/**", "the API's access policy"],
  [APIS, "proof_of_possession/**", "whether the API requires sender-constrained tokens"],
  [GRANTS, "client_id", "the application the grant is for"],
  [GRANTS, "audience", "the API the grant is for"],
  [GRANTS, "scope/**", "the grant's scopes"],
  [GRANTS, "subject_type", "the grant's subject type"],
  [GRANTS, "allow_all_scopes", "whether the grant allows every scope"],
  [GRANTS, "default_for", "which applications the grant applies to"],
  [GRANTS, "is_system", "whether the grant is a system grant"]
];
var POSTURE_FIELDS = [
  ["tenant", "", "the tenant settings"],
  ["tenant", "flags/**", "the tenant's feature flags"],
  ["tenant", "default_audience", "the tenant's default audience"],
  ["tenant", "support_email", "the tenant's support email"],
  ["tenant", "support_url", "the tenant's support URL"],
  ["tenant", "allowed_logout_urls/**", "the tenant's allowed logout URLs"],
  ["tenant", "default_redirection_uri", "the tenant's default login route"],
  ["tenant", "sandbox_version", "the tenant's Node runtime for extensibility code"],
  ["tenant", "legacy_sandbox_version", "the tenant's legacy Node runtime"],
  ...["session_lifetime", "idle_session_lifetime", "ephemeral_session_lifetime", "idle_ephemeral_session_lifetime"].flatMap(
    (field) => [field, `${field}_in_minutes`].map((name) => ["tenant", name, "a session lifetime"])
  ),
  ["attackProtection", "", "the attack protection settings"],
  ["attackProtection", "bruteForceProtection", "the brute-force protection"],
  ["attackProtection", "bruteForceProtection/enabled", "whether brute-force protection is on"],
  ["attackProtection", "bruteForceProtection/shields/**", "the brute-force protection's responses"],
  ["attackProtection", "breachedPasswordDetection", "the breached password detection"],
  ["attackProtection", "breachedPasswordDetection/enabled", "whether breached password detection is on"],
  ["attackProtection", "suspiciousIpThrottling", "the suspicious IP throttling"],
  ["attackProtection", "suspiciousIpThrottling/enabled", "whether suspicious IP throttling is on"],
  ["attackProtection", "suspiciousIpThrottling/shields/**", "the suspicious IP throttling's responses"],
  ["attackProtection", "botDetection", "the bot detection"],
  ...["challenge_password_policy", "challenge_password_reset_policy", "challenge_passwordless_policy"].map(
    (field) => ["attackProtection", `botDetection/${field}`, "when bot detection challenges a flow"]
  ),
  ["attackProtection", "botDetection/monitoring_mode_enabled", "whether bot detection only monitors"],
  ["guardianFactors", "", "the MFA factors"],
  ["guardianFactors", "*", "an MFA factor"],
  ["guardianFactors", "enabled", "whether an MFA factor is enabled"],
  ["guardianFactors", "trial_expired", "whether an MFA factor's trial expired"],
  ["guardianPolicies", "", "the MFA policy"],
  ["guardianPolicies", "policies/**", "the MFA policy"],
  ["databases", "", "the database connections"],
  ["databases", "*", "a database connection"],
  ["databases", "options", "a database connection's options"],
  ["databases", "options/passwordPolicy", "a database connection's password strength"],
  ["databases", "options/password_complexity_options/min_length", "a database connection's minimum password length"],
  ["databases", "is_domain_connection", "whether a database connection is domain-level"],
  ["databases", "options/enabledDatabaseCustomization", "whether a database connection uses a custom user store"],
  ["databases", "options/import_mode", "whether a database connection imports users from a custom store"],
  ["databases", "options/authentication_methods/**", "a database connection's sign-in methods"],
  ["databases", "options/attributes/email/verification_method", "how a database connection verifies email addresses"],
  ["connections", "is_domain_connection", "whether a connection is domain-level"],
  ["connections", "strategy", "a connection's kind (passwordless connections for bot detection)"],
  ...["password_history", "password_dictionary", "password_no_personal_info"].flatMap(
    (option) => [option, `${option}/enable`].map((field) => ["databases", `options/${field}`, `a database connection's ${option.replace(/_/g, " ")} setting`])
  ),
  ["emailProvider", "", "the email provider"],
  ["emailProvider", "name", "which email provider is used"],
  ["emailProvider", "enabled", "whether the email provider is enabled"],
  ["emailTemplates", "", "the email templates"],
  ["emailTemplates", "*", "an email template"],
  ["emailTemplates", "template", "which email an email template is for"],
  ["emailTemplates", "enabled", "whether an email template is enabled"],
  ["actions", "", "the actions"],
  ["actions", "*", "an action"],
  ["actions", "runtime", "an action's Node runtime"],
  ["actions", "supported_triggers/**", "an action's triggers"],
  ["actions", "deployed", "whether an action is deployed"],
  ["actions", "status", "whether an action's build succeeded"],
  ["rules", "", "the rules"],
  ["rules", "*", "a rule"],
  ["rules", "enabled", "whether a rule is enabled"],
  ["hooks", "", "the hooks"],
  ["hooks", "*", "a hook"],
  ["hooks", "enabled", "whether a hook is enabled"],
  ["logStreams", "", "the log streams"],
  ["logStreams", "*", "a log stream"],
  ["logStreams", "status", "a log stream's status"],
  ["networkACLs", "", "the network ACLs"],
  ["networkACLs", "*", "a network ACL"],
  ["networkACLs", "active", "whether a network ACL is active"],
  ["networkACLs", "rule/scope", "a network ACL's scope"],
  ["networkACLs", "rule/action/**", "a network ACL's action"],
  ["networkACLs", "rule/match/**", "what a network ACL matches"],
  ["networkACLs", "rule/not_match/**", "what a network ACL excludes"],
  ["customDomains", "", "the custom domains"],
  ["customDomains", "*", "a custom domain"],
  ["customDomains", "status", "a custom domain's verification status"],
  ["customDomains", "tls_policy", "a custom domain's TLS policy"]
];
var SINGLE = /* @__PURE__ */ new Set(["tenant", "attackProtection", "guardianPolicies", "emailProvider"]);
function posturePatterns(section, field) {
  const path5 = field === "" || field === "*" ? [] : field.split("/");
  const item = SINGLE.has(section) || field === "" ? [] : ["*"];
  const exported = [section, ...item, ...path5];
  let dumped = [SECTIONS[section].dump, ...item, ...path5];
  if (section === "attackProtection" && path5.length > 0) dumped = [SECTIONS[section].dump, snakeCase(path5[0]), ...path5.slice(1)];
  if (section === "guardianPolicies" && path5[0] === "policies") dumped = [SECTIONS[section].dump, ...path5.slice(1)];
  return [exported, dumped];
}
var snakeCase = (name) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
var PATTERNS = [
  ...FIELDS4.flatMap(([collections, field, what]) => collections.map((collection) => ({ segments: entityPattern(collection, field), what }))),
  ...POSTURE_FIELDS.flatMap(([section, field, what]) => posturePatterns(section, field).map((segments) => ({ segments, what })))
];
function entityPattern(collection, field) {
  if (field === "") return [collection];
  return [collection, "*", ...field === "*" ? [] : field.split("/")];
}
function checkedAt(documentPointer) {
  const segments = parsePointer(documentPointer);
  return PATTERNS.find((pattern) => matches2(pattern.segments, segments))?.what;
}
function matches2(pattern, segments) {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "**") return true;
    if (i >= segments.length) return false;
    if (pattern[i] !== "*" && pattern[i] !== segments[i]) return false;
  }
  return pattern.length === segments.length;
}

// src/model/deploy-cli-placeholders.ts
var CAPTCHA = /^\/attackProtection\/captcha\/([a-z0-9_]+)\/(secret|api_key|project_id)$/;
function isDeployCliPlaceholder(marker, documentPointer) {
  const [, provider, field] = CAPTCHA.exec(documentPointer) ?? [];
  if (provider === void 0 || field === void 0) return false;
  const written = field === "secret" ? `##CAPTCHA_${provider.toUpperCase()}_SECRET##` : `##CAPTCHA_${provider.toUpperCase()}_${field.toUpperCase()}##`;
  return marker === written && (field === "secret" || provider === "recaptcha_enterprise");
}

// src/model/posture.ts
var ATTACK_PARTS = [
  ["bruteForceProtection", "brute_force_protection"],
  ["breachedPasswordDetection", "breached_password_detection"],
  ["suspiciousIpThrottling", "suspicious_ip_throttling"],
  ["botDetection", "bot_detection"],
  ["captcha", "captcha"]
];
function buildPosture(input) {
  const dump = input.format === "api-dump";
  const document = input.document ?? {};
  const originOf = (pointer) => input.originOf(pointer);
  const raw = (section) => {
    const key = dump ? SECTIONS[section].dump : section;
    const data2 = Object.hasOwn(document, key) ? document[key] : void 0;
    if (data2 === void 0 || data2 === null) return void 0;
    const pointer = joinPointer("", key);
    return { data: data2, pointer, origin: originOf(pointer) };
  };
  const known2 = new Set(SECTION_NAMES.filter((section) => raw(section) !== void 0));
  const unknownAt = new Set((input.unknowns ?? []).map((value) => value.origin.pointer));
  const code = (value, pointer) => typeof value === "string" ? { text: value, origin: originOf(pointer), ...unknownAt.has(pointer) ? { unknown: true } : {} } : void 0;
  const tenantRaw = raw("tenant");
  const settings = tenantRaw && isRecord2(tenantRaw.data) ? tenantSettings(tenantRaw.data, tenantRaw.origin) : void 0;
  const attackRaw = raw("attackProtection");
  const attackProtection = [];
  if (attackRaw && isRecord2(attackRaw.data)) {
    for (const [part, dumpKey] of ATTACK_PARTS) {
      const key = dump ? dumpKey : part;
      const value = attackRaw.data[key];
      if (isRecord2(value))
        attackProtection.push({ ...entity("attackProtection", part, void 0, value, originOf(joinPointer(attackRaw.pointer, key))), part });
    }
  }
  const policiesRaw = raw("guardianPolicies");
  let guardianPolicies;
  if (policiesRaw) {
    const data2 = Array.isArray(policiesRaw.data) ? { policies: policiesRaw.data } : isRecord2(policiesRaw.data) ? policiesRaw.data : {};
    guardianPolicies = entity("guardianPolicies", "guardianPolicies", void 0, data2, policiesRaw.origin);
  }
  const connections = [];
  const addConnections = (section, keep, database) => {
    for (const [item, pointer] of items(section)) {
      const strategy = asString2(item.strategy);
      if (!keep(strategy)) continue;
      const base = entity("connection", asString2(item.name), void 0, item, originOf(pointer));
      const scripts = /* @__PURE__ */ new Map();
      const options = item.options;
      const custom = isRecord2(options) ? options.customScripts : void 0;
      if (isRecord2(custom)) {
        for (const [name, script] of Object.entries(custom)) scripts.set(name, code(script, joinPointer(pointer, "options", "customScripts", name)));
      }
      connections.push({ ...base, strategy, isDatabase: database ?? strategy === "auth0", scripts });
    }
  };
  if (dump) addConnections(raw("connections"), () => true, void 0);
  else {
    addConnections(raw("databases"), () => true, true);
    addConnections(raw("connections"), (strategy) => strategy !== "auth0", false);
  }
  const codeEntities = (section, kind, field, keyField = "name") => items(raw(section)).map(([item, pointer], index) => ({
    ...entity(kind, asString2(item[keyField]) ?? `#${index}`, asString2(item.name), item, originOf(pointer)),
    code: code(item[field], joinPointer(pointer, field))
  }));
  const pages = codeEntities("pages", "page", "html");
  if (dump && settings && isRecord2(settings.data.error_page)) {
    const pointer = joinPointer(tenantRaw.pointer, "error_page");
    const page = settings.data.error_page;
    pages.push({ ...entity("page", "error_page", "error_page", page, originOf(pointer)), code: code(page.html, joinPointer(pointer, "html")) });
  }
  const emailRaw = raw("emailProvider");
  const plain = (section, kind, keyField) => items(raw(section)).map(([item, pointer], index) => entity(kind, asString2(item[keyField]) ?? `#${index}`, asString2(item.name), item, originOf(pointer)));
  return {
    known: dump && known2.has("tenant") ? known2.add("pages") : known2,
    unreadable: input.unreadable ?? /* @__PURE__ */ new Map(),
    settings,
    attackProtection,
    guardianFactors: plain("guardianFactors", "guardianFactor", "name"),
    guardianPolicies,
    connections,
    emailProvider: emailRaw && isRecord2(emailRaw.data) ? entity("emailProvider", "emailProvider", asString2(emailRaw.data.name), emailRaw.data, emailRaw.origin) : void 0,
    emailTemplates: codeEntities("emailTemplates", "emailTemplate", "body", "template"),
    actions: codeEntities("actions", "action", "code"),
    rules: codeEntities("rules", "rule", "script"),
    hooks: codeEntities("hooks", "hook", "script"),
    pages,
    logStreams: plain("logStreams", "logStream", "name"),
    eventStreams: plain("eventStreams", "eventStream", "name"),
    customDomains: plain("customDomains", "customDomain", "domain"),
    networkAcls: plain("networkACLs", "networkAcl", "description"),
    sectionOrigin: (section) => raw(section)?.origin
  };
}
function tenantSettings(data2, origin) {
  const base = entity("tenant", "tenant", void 0, data2, origin);
  return { ...base, flags: isRecord2(base.data.flags) ? base.data.flags : {} };
}
function entity(kind, key, name, data2, origin) {
  const clean = withoutSecrets(data2);
  return { kind, key: key ?? kind, ...name !== void 0 ? { name } : {}, data: clean.data, origin, secretFields: clean.secretFields };
}
function items(section) {
  if (!section || !Array.isArray(section.data)) return [];
  const found = [];
  section.data.forEach((item, index) => {
    if (isRecord2(item)) found.push([item, joinPointer(section.pointer, index)]);
  });
  return found;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asString2(value) {
  return typeof value === "string" ? value : void 0;
}

// src/model/build-tenant.ts
function buildTenant(input, options = {}) {
  const domain = findDomain(input, options);
  const mgmtAudience = domain.value ? managementAudience(domain.value) : void 0;
  const systemManagement = systemManagementIdentifiers(input);
  const isManagementApiAudience = (audience) => {
    const normalized = normalizeAudience(audience);
    if (systemManagement.has(normalized)) return true;
    if (mgmtAudience) return normalized === mgmtAudience;
    const host = managementAudienceHost(audience);
    return host !== void 0 && (host.endsWith(".auth0.com") || hasUnresolvedMarker(host));
  };
  const domainMismatch = domain.value && domain.source && mgmtAudience && systemManagement.size > 0 && !systemManagement.has(mgmtAudience) ? { domain: domain.value, domainSource: domain.source, managementApis: [...systemManagement] } : void 0;
  const managementHosts = new Set([...systemManagement].map((identifier) => managementAudienceHost(identifier)));
  const isTenantHost = (host) => managementHosts.has(host) || (domain.value ? host === domain.value : host.endsWith(".auth0.com") || hasUnresolvedMarker(host));
  const resourceServers = input.resourceServers.map((raw, index) => toResourceServer(raw, index, isManagementApiAudience, isTenantHost));
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
  const clientByRef = (ref2) => clientsById.get(ref2) ?? clientsByName.get(ref2);
  const systemApiOfAudience = (audience) => {
    if (isManagementApiAudience(audience)) return "management";
    const selfService = tenantSystemAudience(audience);
    return selfService && isTenantHost(selfService.host) ? selfService.kind : void 0;
  };
  const clientGrants = input.clientGrants.map((raw) => toClientGrant(raw, clientByRef, apiByAudience, systemApiOfAudience));
  const grantsOfApi = groupBy(clientGrants, (grant) => grant.api);
  const grantsOfClient = groupBy(clientGrants, (grant) => grant.client);
  const unknowns = input.unknowns ?? [];
  const entityAt = entityFinder([resourceServers, clients, clientGrants], [...input.markers, ...input.secrets, ...unknowns]);
  return {
    form: input.format === "api-dump" ? "api" : "export",
    domain: domain.value,
    domainSource: domain.source,
    ...domainMismatch ? { domainMismatch } : {},
    resourceServers,
    clients,
    clientGrants,
    unresolvedKeywords: input.markers.filter(({ marker, document }) => !isDeployCliPlaceholder(marker, document)).map(({ marker, origin, document, whole }) => ({
      marker,
      origin,
      document,
      whole,
      checks: checkedAt(document),
      ...entityAt(origin, document)
    })),
    unknownValues: unknowns.map((value) => ({ ...value, ...entityAt(value.origin, value.origin.pointer) })),
    secrets: input.secrets.map(({ field, origin, document }) => ({ field, origin, document, ...entityAt(origin, document) })),
    ...input.audit ? { audit: input.audit } : {},
    posture: buildPosture(input),
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
  for (const { data: data2 } of input.resourceServers) {
    const api = data2;
    const host = api.is_system === true && typeof api.identifier === "string" ? managementAudienceHost(api.identifier) : void 0;
    if (host && !hasUnresolvedMarker(host)) return { value: host, source: "system-api" };
  }
  const identifiers = new Set(
    input.resourceServers.map(({ data: data2 }) => data2.identifier).filter((id) => typeof id === "string").map(normalizeAudience)
  );
  const hosts = /* @__PURE__ */ new Set();
  for (const { data: data2 } of input.clientGrants) {
    const audience = data2.audience;
    if (typeof audience !== "string" || !/\/api\/v2\/?\s*$/i.test(audience) || identifiers.has(normalizeAudience(audience))) continue;
    const host = managementAudienceHost(audience);
    if (host && !hasUnresolvedMarker(host)) hosts.add(host);
  }
  const auth0Hosts = [...hosts].filter((host) => host.endsWith(".auth0.com"));
  const candidates = auth0Hosts.length > 0 ? auth0Hosts : [...hosts];
  return candidates.length === 1 ? { value: candidates[0], source: "grant-audience" } : {};
}
function systemManagementIdentifiers(input) {
  const identifiers = /* @__PURE__ */ new Set();
  for (const { data: data2 } of input.resourceServers) {
    const api = data2;
    if (api.is_system !== true || typeof api.identifier !== "string") continue;
    const host = managementAudienceHost(api.identifier);
    if (host !== void 0 && !hasUnresolvedMarker(host)) identifiers.add(normalizeAudience(api.identifier));
  }
  return identifiers;
}
var AUTH0_SYSTEM_IDENTIFIERS = /* @__PURE__ */ new Set(["urn:auth0:express-configure"]);
function toResourceServer(raw, index, isManagementApiAudience, isTenantHost) {
  const data2 = raw.data;
  const identifier = asString3(data2.identifier);
  const name = asString3(data2.name);
  const isManagementApi = identifier !== void 0 && isManagementApiAudience(identifier);
  const selfService = identifier !== void 0 ? tenantSystemAudience(identifier) : void 0;
  const selfServiceKind = selfService && (data2.is_system === true || isTenantHost(selfService.host)) ? selfService.kind : void 0;
  const systemApi = isManagementApi ? "management" : selfServiceKind;
  const isSystem = data2.is_system === true || systemApi !== void 0 || identifier !== void 0 && AUTH0_SYSTEM_IDENTIFIERS.has(identifier);
  const scopes = /* @__PURE__ */ new Set();
  if (Array.isArray(data2.scopes)) {
    for (const scope of data2.scopes) {
      const value = asString3(scope?.value) ?? asString3(scope?.name);
      if (value !== void 0) scopes.add(value);
    }
  }
  const policy = systemApi === "management" || !isSystem ? effectivePolicies(data2.subject_type_authorization) : systemApi !== void 0 ? effectivePolicies(data2.subject_type_authorization, SELF_SERVICE_API_DEFAULTS) : data2.subject_type_authorization === void 0 ? UNKNOWN_POLICIES : effectivePolicies(data2.subject_type_authorization);
  return {
    kind: "resourceServer",
    key: identifier ?? name ?? `#${index}`,
    name,
    data: data2,
    origin: raw.origin,
    identifier,
    isSystem,
    isManagementApi,
    systemApi,
    scopes,
    policy
  };
}
function toClient(raw, index) {
  const data2 = raw.data;
  const clientId = asString3(data2.client_id);
  const name = asString3(data2.name);
  return {
    kind: "client",
    key: clientId ?? name ?? `#${index}`,
    name,
    data: data2,
    origin: raw.origin,
    clientId,
    appType: asString3(data2.app_type),
    grantTypes: Array.isArray(data2.grant_types) ? onlyStrings(data2.grant_types) : void 0,
    publicBecause: publicBecause(data2),
    thirdParty: data2.is_first_party === false
  };
}
function toClientGrant(raw, clientByRef, apiByAudience, systemApiOfAudience) {
  const data2 = raw.data;
  const clientRef = asString3(data2.client_id);
  const audience = asString3(data2.audience);
  const subjectType = asString3(data2.subject_type) ?? "client";
  const defaultFor = asString3(data2.default_for);
  const client = clientRef !== void 0 ? clientByRef(clientRef) : void 0;
  const api = audience !== void 0 ? apiByAudience(audience) : void 0;
  const toSystemApi = api ? api.systemApi : audience !== void 0 ? systemApiOfAudience(audience) : void 0;
  return {
    kind: "clientGrant",
    key: `${clientRef ?? defaultFor ?? ""}|${audience ?? ""}|${subjectType}`,
    name: client?.name,
    data: data2,
    origin: raw.origin,
    clientRef,
    audience,
    subjectType,
    scopes: Array.isArray(data2.scope) ? onlyStrings(data2.scope) : [],
    allowAllScopes: data2.allow_all_scopes === true,
    defaultFor,
    client,
    api,
    toManagementApi: toSystemApi === "management",
    toSystemApi
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
      for (const entity2 of entities) {
        if (prefixes.has(entity2.origin.pointer)) bySource.get(entity2.origin.source)?.set(entity2.origin.pointer, entity2);
      }
    }
  }
  return (origin, document) => {
    const byPointer = bySource.get(origin.source);
    if (byPointer) {
      for (let prefix = origin.pointer; ; prefix = prefix.slice(0, prefix.lastIndexOf("/"))) {
        const entity2 = byPointer.get(prefix);
        if (entity2) return { entity: entity2, path: origin.pointer.slice(prefix.length) };
        if (prefix === "") break;
      }
    }
    return { path: document };
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
function asString3(value) {
  return typeof value === "string" ? value : void 0;
}

// src/app/lint-input.ts
function lintInput(input, options = {}) {
  const tenant = buildTenant(input, options);
  const rules = options.rules ?? builtinRules;
  const notRun = [];
  const findings = runRules(tenant, rules, options.settings, concealMappedValues(options.mappings), notRun);
  return { tenant, findings, coverage: coverageOf(tenant, rules, options.settings, notRun) };
}

// src/app/lint.ts
async function lint(request) {
  return lintProject(await openProject(request), request);
}
async function lintProject(project, request) {
  const linted = request.live ? await lintLive(project, request.live, request) : await lintPaths(project, request.paths ?? [], request);
  const { targets, notes } = await finish(project, linted.targets, {
    now: request.now ?? /* @__PURE__ */ new Date(),
    ...request.baseline !== void 0 ? { baseline: request.baseline } : {},
    ...request.updateBaseline !== void 0 ? { updateBaseline: request.updateBaseline } : {}
  });
  const notices = noticesOf(targets).map((notice) => notice.message);
  return { targets, rules: project.reportRules, notes: [...notes, ...notices], ...linted.anchorFile !== void 0 ? { anchorFile: linted.anchorFile } : {} };
}
async function lintPaths(project, paths, request) {
  const { paths: _paths, live: _live, now: _now, baseline: _baseline, updateBaseline: _updateBaseline, jobs: _jobs, ...pathRequest } = request;
  if ((request.jobs ?? 1) > 1 && paths.length > 1) {
    const { lintInWorkers } = await import("./fleet-A4PEQNED.js");
    const { targets: targets2 } = await lintInWorkers(
      { project: project.options, request: pathRequest },
      paths,
      request.jobs,
      (path5) => lintPath(project, path5, pathRequest)
    );
    return { targets: targets2 };
  }
  const targets = [];
  for (const path5 of paths) {
    const target = await lintPath(project, path5, pathRequest);
    targets.push(request.jobs === void 0 ? target : withoutModel(target));
  }
  return { targets };
}
function withoutModel(target) {
  const { input: _input, tenant: _tenant, ...rest } = target;
  return rest;
}
async function lintPath(project, path5, request, name = path5) {
  const settings = inputSettings(project, name, request);
  const conceal = concealMappedValues(settings.mappings);
  try {
    const basePath = request.read?.basePath ?? settings.basePath;
    const input = await loadInput(path5, {
      ...request.read,
      ...basePath !== void 0 ? { basePath } : {},
      cwd: request.readFrom ?? project.cwd,
      mappings: settings.mappings
    });
    const { tenant, findings, coverage } = lintInput(input, {
      rules: project.lintRules,
      settings: settings.rules,
      mappings: settings.mappings,
      ...settings.tenantDomain !== void 0 ? { tenantDomain: settings.tenantDomain } : {}
    });
    const errors = input.errors.map((error) => concealError(error, conceal));
    return {
      kind: "input",
      path: name,
      category: categoryOf(name, input, tenant),
      format: input.format,
      ...tenant.domainMismatch ? { domainMismatch: tenant.domainMismatch } : {},
      input,
      tenant,
      findings,
      errors,
      coverage
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { kind: "input", path: name, category: categoryOf(name, void 0, void 0), findings: [], errors: [concealError(error, conceal)] };
  }
}
function concealError(error, conceal) {
  const message = conceal(error.message);
  return message === error.message ? error : new InputError(message, error.file, error.line, error.column);
}
async function lintLive(project, source, given) {
  const { readLiveTenant, writeSnapshot } = await import("./live-OJ6C3TD5.js");
  const { snapshotToInput } = await import("./to-input-O53N2DPS.js");
  const snapshot = await readLiveTenant(source);
  const anchorFile = source.snapshotFile === void 0 ? void 0 : await writeSnapshot(snapshot, source.snapshotFile, project.cwd);
  const input = snapshotToInput(snapshot);
  const settings = inputSettings(project, source.host, given);
  const { tenant, findings, coverage } = lintInput(input, {
    rules: project.lintRules,
    settings: settings.rules,
    liveDomain: snapshot.domain,
    ...settings.tenantDomain !== void 0 ? { tenantDomain: settings.tenantDomain } : {}
  });
  const target = {
    kind: "input",
    path: input.path,
    category: categoryOf(input.path, input, tenant),
    format: input.format,
    input,
    tenant,
    findings,
    errors: [],
    coverage
  };
  return { targets: [target], ...anchorFile !== void 0 ? { anchorFile } : {} };
}

export {
  CLIENT_CREDENTIALS,
  publicLabel,
  statedGrantTypes,
  hasUserFlow,
  MANAGEMENT_API_SCOPES,
  isPolicyFor,
  builtinRules,
  mappedSecrets,
  effectiveOptions,
  fingerprint,
  templateParts,
  fill,
  sortFindings,
  findingsOf,
  errorsOf,
  inputTargets,
  noticesOf,
  HOMEPAGE,
  ruleDocsUrl,
  weakenedConfiguration,
  presetSettings,
  configWideSettings,
  plural,
  finish,
  inputSettings,
  coverageLines,
  coverageJson,
  buildTenant,
  findConfigFile,
  openProject,
  lint,
  lintProject,
  withoutModel,
  lintPath
};
