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
} from "./chunk-BO7IT4YS.js";
import {
  withoutSecrets
} from "./chunk-SKIHZA7B.js";
import {
  displayPath,
  loadInput,
  suggestion
} from "./chunk-FA3W4DOM.js";
import {
  SECTIONS,
  SECTION_NAMES
} from "./chunk-U24S7HBE.js";
import {
  hasUnresolvedMarker,
  managementAudience,
  managementAudienceHost,
  normalizeAudience,
  tenantSystemAudience
} from "./chunk-AWSW6I4B.js";
import {
  joinPointer,
  parsePointer
} from "./chunk-N4EBYNR2.js";
import {
  InputError,
  combined,
  printable,
  throwAll
} from "./chunk-IVFPU7VL.js";

// rules/audit-credentials-read-only/README.md
var README_default = "# audit-credentials-read-only\n\nRun live audits with credentials that can only read the tenant.\n\nDefault severity: **warning** \xB7 Category: live audit \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 6.5 \xB7 Live audits only (`a0lint --live`)\n\n## What it checks\n\nThe scopes of the Management API token a live audit reads the tenant with: the `scope` of the token response, or\nthe `scope` (or `permissions`) claim of a token given with `--access-token`. It reports:\n\n- any scope that is not a `read:` scope (`create:`, `update:`, `delete:`, `blacklist:tokens`, ...);\n- `read:client_keys` and `read:client_credentials`, which return application secrets and keys.\n\nFiles (deploy-cli exports, API dumps) carry no token, so the rule only runs on live audits. A token that states no\nscopes (an opaque token) is not reported: what it may do is unknown.\n\n## Why\n\nA live audit needs `read:resource_servers`, `read:client_grants` and `read:clients`; to check the tenant posture too\n(tenant settings, attack protection, MFA, connections, email provider, actions, rules, hooks, log streams, custom\ndomains, network ACLs) it reads each of those sections only when the token also holds its read scope:\n`read:tenant_settings`, `read:attack_protection`, `read:guardian_factors`, `read:mfa_policies`, `read:connections`, `read:email_provider`, `read:actions`, `read:rules`, `read:hooks`, `read:log_streams`, `read:custom_domains` and `read:network_acls`. Nothing more. Audit credentials\nlive where audits run (a CI secret, a scheduled job); when they can also write, whoever reads them can grant any\napplication any scope, change access policies or replace login code. Auth0 warns that `create:client_grants` and\n`update:client_grants` let an application grant further permissions to itself. Reusing the deploy-cli's own\napplication for audits, which Auth0's guide gives `create:*`, `update:*` and `delete:*`, is the usual cause.\n\n## Incorrect\n\nThe examples are the `scope` of the audit token (a live audit has no file to show).\n\n```text\nread:clients read:client_grants read:resource_servers create:client_grants update:clients\n```\n\n```text\nread:clients read:client_grants read:resource_servers read:client_keys\n```\n\n## Correct\n\n```text\nread:clients read:client_grants read:resource_servers\n```\n\n## How to fix\n\nCreate a machine-to-machine application for audits, authorize it for the Auth0 Management API with only\n`read:resource_servers`, `read:client_grants` and `read:clients` (plus, for the posture rules, the read-only scopes\nlisted above), and use its client ID and secret\n(`AUTH0_CLIENT_ID`, `AUTH0_CLIENT_SECRET`) for `a0lint --live`. Do not reuse the deploy-cli's application.\n\n## Options\n\nNone.\n";

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
      write: "The token this live audit used can change the tenant. It holds {{count}} scope(s) that are not read-only ({{scopes}}). Anyone who gets these audit credentials (a CI secret, a log) can change the tenant. Give the audit its own machine-to-machine application whose grant to the Management API has only read:resource_servers, read:client_grants and read:clients.",
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

// src/model/client-flows.ts
var PUBLIC_APP_TYPES = ["spa", "native"];
var CLIENT_CREDENTIALS = "client_credentials";
var KEY_AUTH_METHODS = ["private_key_jwt", "tls_client_auth", "self_signed_tls_client_auth"];
function keyAuthMethods(data) {
  const methods = data.client_authentication_methods;
  if (typeof methods !== "object" || methods === null || Array.isArray(methods)) return [];
  return KEY_AUTH_METHODS.filter((method) => {
    const entry = methods[method];
    return entry !== void 0 && entry !== null;
  });
}
function publicBecause(data) {
  if (typeof data.app_type === "string" && PUBLIC_APP_TYPES.includes(data.app_type)) return "app_type";
  if (data.token_endpoint_auth_method === "none" && keyAuthMethods(data).length === 0) return "token_endpoint_auth_method";
  return void 0;
}
function publicLabel(client) {
  return client.publicBecause === "app_type" ? `app_type ${client.appType}` : "token_endpoint_auth_method none";
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
      none: 'Regular web application "{{client}}" does not authenticate (token_endpoint_auth_method none). It registers no key or certificate either, so Auth0 treats it as a public application: anyone who knows its client_id (it is no secret) can redeem its authorization codes and refresh tokens at the token endpoint as if they were the application. Set token_endpoint_auth_method to client_secret_post or client_secret_basic, or register private_key_jwt or mTLS credentials in client_authentication_methods.',
      noneMachine: 'Machine-to-machine application "{{client}}" does not authenticate (token_endpoint_auth_method none). It is non_interactive and registers no key or certificate, so Auth0 treats it as a public application and refuses it the client credentials flow, the only flow such an application uses: the Management API rejects client_credentials in its grant_types, and its client grants cannot be used (grant-matches-app-type reports each one). Set token_endpoint_auth_method to client_secret_post or client_secret_basic, or register private_key_jwt or mTLS credentials in client_authentication_methods.'
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
      publicApp: `Public application "{{client}}" holds a machine-to-machine grant on "{{api}}" it cannot use. It is public ({{why}}) and the grant has subject type client: Auth0 gives the client credentials flow only to applications that authenticate, and refuses client_credentials in a public application's grant_types, so the grant is unusable today. It goes live, with scopes nobody reviewed lately, the day someone gives the application a credential. Delete the grant, or give the backend that needs the API its own confidential application (regular_web or non_interactive, with a secret or a key) and grant that one.`,
      noClientCredentials: `Application "{{client}}" can never use its machine-to-machine grant on "{{api}}". The grant has subject type client, but the application's grant_types does not include client_credentials. The grant hides what the application can really access and becomes live as soon as someone enables the flow. Delete the grant, or add client_credentials to grant_types if the application calls the API on its own behalf.`,
      machineUserGrant: `Machine-to-machine application "{{client}}" can never use its user-access grant on "{{api}}". The grant has subject type user, but the application (app_type non_interactive) has no users. The grant misleads reviewers about who acts on users' behalf. Delete it, or set subject_type to client if the application calls the API on its own behalf.`,
      noUserFlow: `Application "{{client}}" can never use its user-access grant on "{{api}}". The grant has subject type user, but the application's grant_types holds no flow that signs users in (it has only client_credentials or nothing). The grant misleads reviewers and becomes live when someone enables a user flow. Delete it, or set subject_type to client.`
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
  const types = statedGrantTypes(client);
  if (grant.subjectType === "client") {
    if (client.publicBecause) return "publicApp";
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
      undefinedScope: `Client grant for "{{client}}" lists scope "{{scope}}", which API "{{api}}" does not define. The scope grants nothing today, and if someone later adds a scope of that name to the API, the application holds it without anyone having granted it on purpose. Correct the spelling, add the scope to the API's scopes if the application needs it, or remove it from the grant.`,
      unknownManagementScope: 'Client grant for "{{client}}" lists "{{scope}}", which is not a Management API scope. It grants nothing, and a misspelt scope usually means the application lacks a permission it was meant to have. Use the scope name from the Management API reference (for example read:users, update:users) or remove it.'
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
  const units = [[86400, "day"], [3600, "hour"], [60, "minute"], [1, "second"]];
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
    scopes: ["create:authentication_methods", "update:authentication_methods", "delete:authentication_methods", "delete:guardian_enrollments", "create:guardian_enrollment_tickets"],
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
      takeoverScopes: `Client grant for "{{client}}" holds {{count}} Management API scope(s) that can take over accounts. Scopes: {{scopes}}. With these the application can {{what}}, so anyone who obtains its credentials can act as, or lock out, any user.{{exposure}} Remove every scope the application's code does not call, and keep the rest on a confidential backend application; if the grant is needed as it is, list the application in allowedClients.`,
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
        (first, critical) => report({ entity: grant, path: `/scope/${first}`, subject: "critical-scopes", messageId: "criticalScopes", data: { client, count: critical.length, scopes: shown(critical) } })
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
  if (client?.thirdParty) return " The application is a third-party application (is_first_party: false): someone outside your organisation runs it and holds its credentials.";
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
      const data = { api: apiLabel(api) };
      if (api.systemApi !== "management") {
        report({ entity: api, path: "/subject_type_authorization/user/policy", messageId: "selfServiceAllowAll", data: { ...data, ...SELF_SERVICE[api.systemApi] } });
      } else if (explicit) {
        report({ entity: api, path: "/subject_type_authorization/user/policy", messageId: "allowAll", data });
      } else if (tenant.form === "api") {
        report({ entity: api, path: "/subject_type_authorization/user", messageId: "absent", data });
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
      deadGrant: `Client grant for "{{client}}" on API "{{api}}" (subject type {{subject}}) can never be used. The API's {{subject}} access policy is deny_all, which refuses every application whatever its grants. The grant hides intent and becomes live as soon as someone relaxes the policy. Delete the grant, or, if the application needs access, set the policy to require_client_grant.`
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
      client: `Application "{{client}}" gets ID tokens signed with HS256, using its client secret as the key. Anyone who holds the secret can forge ID tokens for it. Set jwt_configuration.alg to RS256 (or PS256) and validate ID tokens against the tenant's public keys.`
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
var README_default19 = "# no-unresolved-keywords\n\nRequire a mapping for every deploy-cli keyword marker (`##KEY##` or `@@KEY@@`) in a field that rules check.\n\nDefault severity: **error** \xB7 Category: hygiene \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 3.0\n\n## What it checks\n\ndeploy-cli replaces keyword markers in the raw export text before parsing it: `##KEY##` by the mapped value as text,\n`@@KEY@@` by the mapped value as JSON. a0lint does the same, with mappings from `--mappings`, from a deploy-cli\n`config.json` (`AUTH0_KEYWORD_REPLACE_MAPPINGS`, via `--deploy-config`) or from `mappings` in `.a0lint.yml`. Only\nupper-case keys (`[A-Z0-9_]`) count as markers, as in deploy-cli. What a marker left without a mapping means depends\non where it stands:\n\n- **In a field a rule reads** (an application's URLs, type, grant types, client authentication, refresh token\n  settings; an API's identifier, scopes, signing algorithm, token lifetimes, access policy; a grant's `client_id`,\n  `audience`, `scope`, `subject_type`; a whole list or entity): an **error**, whose message names what could not be\n  checked. The list is `src/model/checked-fields.ts`.\n- **In a field no rule reads** (client and connection secrets, connection options, email provider credentials, log\n  stream tokens, action secrets, rules configs, code): **no finding** by default. deploy-cli resolves these at deploy\n  time from its mappings *and the environment* (it merges every environment variable into its mappings on import),\n  which a0lint does not see; a marker there is the very practice `no-secrets-in-config` recommends. Teams that lint\n  with their full mappings can turn these on with `reportUnreadFields: true`.\n- **deploy-cli's own placeholders** are never reported: the `##CAPTCHA_<PROVIDER>_SECRET##`,\n  `##CAPTCHA_RECAPTCHA_ENTERPRISE_API_KEY##` and `##CAPTCHA_RECAPTCHA_ENTERPRISE_PROJECT_ID##` markers deploy-cli\n  writes into `attackProtection.captcha` of every export made without secrets (`src/context/defaults.js`,\n  `attackProtectionDefaults`). On import it drops every CAPTCHA provider whose `site_key` is empty, and strips any\n  field that is still only a marker, so they are never deployed.\n\nThe message says what deploy-cli will do (8.x, `stripUnresolvedPlaceholders`): a marker that is a field's whole value\nis filled from the mappings or the environment, and with neither the field is left out, so the tenant keeps its\ncurrent value (a new entity gets Auth0's default); a marker inside a longer value, or as a list item, is deployed as\ntext with the marker in it. The same finding, at the same place, comes from a YAML export, a directory export\n(inside the JSON, code or HTML file that holds the marker) and an API dump.\n\n## Why\n\nWithout its value, a marker hides what will be deployed: a0lint cannot tell whether `audience: ##API_AUDIENCE##`\npoints at the Management API, or whether `callbacks: @@CALLBACKS@@` holds an `http://` URL, and deploy-cli's\nfallback (keep whatever the tenant has now) is invisible in the repository. Unquoted markers also change how the file\nparses (an unquoted `##KEY##` reads as a YAML comment, an unquoted `@@KEY@@` is invalid YAML); a0lint keeps them as\nvalues so nothing silently disappears, and lints the rest of the file.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks: @@STOREFRONT_CALLBACKS@@\n    allowed_origins:\n      - https://##STOREFRONT_HOST##\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    callbacks:\n      - https://shop.example.com/callback\n    allowed_origins:\n      - https://shop.example.com\n```\n\n## How to fix\n\nPass the same mappings deploy-cli uses: `a0lint --deploy-config config.json tenant.yaml`, or a JSON/YAML file of\n`KEY: value` pairs with `--mappings`. If a marker is a leftover, write the real value instead.\n\na0lint never reads keyword values from the environment (deploy-cli merges all environment variables into its\nmappings on import); pass them explicitly.\n\n## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n| `reportUnreadFields` | boolean | `false` | Also report markers in fields no rule reads (secrets, connection options, email credentials, action secrets, code), as `unread`: for teams that pass a0lint every mapping deploy-cli will use. deploy-cli's own CAPTCHA placeholders stay unreported. |\n\n```yaml\nrules:\n  no-unresolved-keywords: [error, { reportUnreadFields: true }]\n```\n";

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
var README_default20 = "# prefer-require-client-grant\n\nRequire a client grant for user access to every API (user policy `require_client_grant`).\n\nDefault severity: **warning** \xB7 Category: access policy \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery API (resource server) that is not a system API and whose effective **user** access policy is `allow_all`,\nwhether written explicitly or left to Auth0's default. The message says which of the two it is; when the policy was\ndefaulted it also asks for the client policy beside it, so `explicit-access-policy` does not report the same API\nagain.\n\n## Why\n\nAn API's `subject_type_authorization.user.policy` decides which applications may get access tokens for it in\nuser-delegated flows (every flow except client credentials). With `allow_all`, every first-party application in the\ntenant can get a token for the API, including applications that have nothing to do with it; a compromised or\ncareless application becomes a way into the API. With `require_client_grant`, only applications holding a client\ngrant with `subject_type: user` get a token, and the grant's scopes are the ceiling of what they can ask for.\nAuth0 recommends `require_client_grant` for least privilege.\n\n`allow_all` is also Auth0's default: an API created without `subject_type_authorization`, or an export that does\nnot carry the field, is open to every application. System APIs (the Management API, My Account API, ...) are left to\ntheir own rules.\n\n## Incorrect\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    subject_type_authorization:\n      user:\n        policy: allow_all\n      client:\n        policy: require_client_grant\n```\n\n## Correct\n\n```yaml\nresourceServers:\n  - name: Orders API\n    identifier: https://orders.example.com\n    subject_type_authorization:\n      user:\n        policy: require_client_grant\n      client:\n        policy: require_client_grant\nclients:\n  - name: Orders SPA\n    app_type: spa\nclientGrants:\n  - client_id: Orders SPA\n    audience: https://orders.example.com\n    subject_type: user\n    scope: []\n```\n\n## How to fix\n\nSet `subject_type_authorization.user.policy` to `require_client_grant` (Dashboard: *Per-app authorization* under\nthe API's *Application Access*), then add a client grant with `subject_type: user` for each application that must\ncall the API on behalf of users, listing only the scopes it needs. If no application should get user tokens for the\nAPI, use `deny_all`.\n\n## Options\n\nNone.\n";

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
          report({ entity: client, path: "/refresh_token/leeway", messageId: "longLeeway", data: { client: client.name ?? client.key, leeway: `${leeway} seconds (${duration(leeway)})`, max: options.maxLeeway } });
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
      unknownSubject: 'API "{{api}}" has an access policy for "{{subject}}", which is not a subject type Auth0 knows. Auth0 knows user, client and anonymous_user, so it rejects or ignores it and the policy you meant to set is not in force. Rename the key to user or client, or remove it.',
      missingPolicy: 'API "{{api}}" has a {{subject}} access policy entry without a policy value. Auth0 rejects the API on deploy or applies a default you did not choose. Set subject_type_authorization.{{subject}}.policy to one of: {{allowed}}.',
      invalidPolicy: 'API "{{api}}" sets its {{subject}} access policy to "{{policy}}", which Auth0 does not accept. Auth0 takes {{allowed}}, so the deploy fails or the API keeps a policy you did not choose. Use one of: {{allowed}}.',
      clientAllowAll: 'API "{{api}}" sets its client access policy to allow_all, which Auth0 does not accept. Machine-to-machine access always needs a client grant (allow_all exists only for user access). Set subject_type_authorization.client.policy to require_client_grant and grant each machine-to-machine application the scopes it needs, or to deny_all.'
    },
    docs: README_default24
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const value = api.data.subject_type_authorization;
      if (value === void 0 || value === null || isUnresolved(value)) continue;
      const at = (path5, messageId, data = {}) => {
        report({ entity: api, path: path5, messageId, data: { api: apiLabel(api), ...data } });
      };
      if (typeof value !== "object" || Array.isArray(value)) {
        at(FIELD, "notObject");
        continue;
      }
      for (const [subject, entry] of Object.entries(value)) {
        const path5 = joinPointer(FIELD, subject);
        if (!SUBJECT_KEYS.includes(subject)) at(path5, "unknownSubject", { subject });
        if (!isSubjectType(subject) || isUnresolved(entry)) continue;
        const allowed = POLICIES[subject].join(", ");
        const policy = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? entry.policy : void 0;
        if (policy === void 0 || policy === null) at(path5, "missingPolicy", { subject, allowed });
        else if (isUnresolved(policy) || isPolicyFor(subject, policy)) continue;
        else if (subject === "client" && policy === "allow_all") at(`${path5}/policy`, "clientAllowAll");
        else at(`${path5}/policy`, "invalidPolicy", { subject, policy: typeof policy === "string" ? policy : JSON.stringify(policy), allowed });
      }
    }
  }
});

// src/data/management-api-fields.ts
var strings = { type: "array", items: "string" };
var APP_TYPES = [
  "native",
  "spa",
  "regular_web",
  "non_interactive",
  "resource_server",
  "express_configuration",
  "rms",
  "box",
  "cloudbees",
  "concur",
  "dropbox",
  "mscrm",
  "echosign",
  "egnyte",
  "newrelic",
  "office365",
  "salesforce",
  "sentry",
  "sharepoint",
  "slack",
  "springcm",
  "zendesk",
  "zoom",
  "sso_integration",
  "oag"
];
var TOKEN_ENDPOINT_AUTH_METHODS = ["none", "client_secret_post", "client_secret_basic"];
var SIGNING_ALGORITHMS = ["HS256", "RS256", "RS512", "PS256"];
var GRANT_SUBJECT_TYPES = ["client", "user", "anonymous_user"];
var FIELD_TYPES = {
  client: {
    name: { type: "string" },
    app_type: { type: "string", enum: APP_TYPES },
    grant_types: strings,
    token_endpoint_auth_method: { type: "string", enum: TOKEN_ENDPOINT_AUTH_METHODS },
    is_first_party: { type: "boolean" },
    oidc_conformant: { type: "boolean" },
    callbacks: strings,
    allowed_origins: strings,
    web_origins: strings,
    allowed_logout_urls: strings,
    initiate_login_uri: { type: "string" },
    refresh_token: { type: "object" },
    jwt_configuration: { type: "object" }
  },
  resourceServer: {
    name: { type: "string" },
    identifier: { type: "string" },
    scopes: { type: "array", items: "object" },
    signing_alg: { type: "string", enum: SIGNING_ALGORITHMS },
    token_lifetime: { type: "number" },
    token_lifetime_for_web: { type: "number" },
    allow_offline_access: { type: "boolean" },
    subject_type_authorization: { type: "object" }
  },
  clientGrant: {
    client_id: { type: "string" },
    audience: { type: "string" },
    scope: strings,
    subject_type: { type: "string", enum: GRANT_SUBJECT_TYPES },
    allow_all_scopes: { type: "boolean" },
    default_for: { type: "string", enum: ["third_party_clients"] }
  }
};

// rules/valid-field-types/README.md
var README_default25 = "# valid-field-types\n\nRequire the values the Management API accepts in the fields rules read (types and allowed values).\n\nDefault severity: **error** \xB7 Category: hygiene \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 3.0\n\n## What it checks\n\nEach application, API and client grant, field by field, against the types the Auth0 Management API takes, as its\npublished schema states them (the auth0 SDK 6.x request types generated from it: `CreateClientRequestContent`,\n`CreateResourceServerRequestContent`, `CreateClientGrantRequestContent`, and the enums `ClientAppTypeEnum`,\n`ClientTokenEndpointAuthMethodEnum`, `SigningAlgorithmEnum`, `ClientGrantSubjectTypeEnum`; a test keeps a0lint's\ncopy equal to the SDK's). deploy-cli's own handler schemas are looser (`app_type` is any string there), so they are\nnot the source.\n\n- **Types**: `grant_types`, `callbacks`, `allowed_origins`, `web_origins`, `allowed_logout_urls` and a grant's `scope`\n  are lists of strings; `is_first_party`, `oidc_conformant`, `allow_all_scopes`, `allow_offline_access` are true or\n  false; `token_lifetime` and `token_lifetime_for_web` are numbers; `subject_type_authorization`, `jwt_configuration`\n  and `refresh_token` are mappings; names, identifiers, audiences and `client_id` are strings.\n- **Allowed values**: `app_type` (`native`, `spa`, `regular_web`, `non_interactive`, and Auth0's SSO integration\n  types), `token_endpoint_auth_method` (`none`, `client_secret_post`, `client_secret_basic`), an API's `signing_alg`\n  (`HS256`, `RS256`, `RS512`, `PS256`), a grant's `subject_type` (`client`, `user`, `anonymous_user`) and `default_for`\n  (`third_party_clients`).\n\n`null` and `\"\"` are read as absent (exports of older deploy-cli versions write `null` for unset lists, Terraform\nstate `\"\"` for unset attributes). Keyword markers are left\nto `no-unresolved-keywords`; the values inside `subject_type_authorization` to\n`valid-access-policy`.\n\n## Why\n\nA value of the wrong type is not \"absent\": `grant_types: implicit` written as a string still enables nothing a0lint\ncan see, while the rules that read `grant_types` have nothing to judge, and Auth0 would apply its defaults if the\nfield were dropped. deploy-cli's import fails on such a value, so the file does not describe the tenant it claims\nto; the finding says so instead of the tenant passing as clean.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spaa\n    grant_types: implicit\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    grant_types:\n      - authorization_code\n      - refresh_token\n```\n\n## How to fix\n\nWrite the value the Management API takes: a list where a list is expected (`grant_types: [authorization_code]`), one\nof the allowed values for enumerations. The message names both.\n\n## Options\n\nNone.\n";

// rules/valid-field-types/index.ts
var KIND_LABEL2 = { client: "Application", resourceServer: "API", clientGrant: "Client grant" };
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
      type: `{{owner}} "{{name}}" has a {{field}} of the wrong type. It is {{actual}}, but the Management API takes {{expected}} there: deploy-cli's import of it fails, and a0lint cannot read what the field means, so the rules that read it do not judge it. Write {{field}} as {{expected}}.`,
      value: `{{owner}} "{{name}}" has an invalid {{field}} ("{{value}}"). The Management API refuses it. It takes {{allowed}}; deploy-cli's import of it fails, and the rules that read the field do not judge it. Correct the value.`
    },
    docs: README_default25
  },
  check({ tenant, report }) {
    const entities = [...tenant.clients, ...tenant.resourceServers, ...tenant.clientGrants];
    for (const entity2 of entities) {
      const data = entity2.data;
      const owner = KIND_LABEL2[entity2.kind];
      const name = entity2.name ?? entity2.key;
      for (const [field, expected] of Object.entries(FIELD_TYPES[entity2.kind])) {
        if (!Object.hasOwn(data, field)) continue;
        const value = data[field];
        if (value === void 0 || value === null || value === "" || isUnresolved(value)) continue;
        const wrong = wrongType(value, expected);
        if (wrong) {
          report({ entity: entity2, path: wrong.path === "" ? `/${field}` : `/${field}${wrong.path}`, messageId: "type", data: { owner, name, field, actual: describe(wrong.value), expected: describeType(expected) } });
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
  return `the ${typeof value} ${String(value)}`;
}
function describeType(expected) {
  if (expected.type === "array") return expected.items === "object" ? "a list of mappings" : "a list of strings";
  return { string: "a string", boolean: "true or false", number: "a number", object: "a mapping" }[expected.type];
}
function allowedValues(values) {
  return values.length > 8 ? `${values.slice(0, 8).join(", ")}, ...` : values.join(", ");
}

// src/model/posture/values.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function dig(value, ...keys) {
  let current = value;
  for (const key of keys) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return void 0;
    current = current[key];
  }
  return current;
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
    if (settings && typeof audience === "string" && audience.trim() !== "") report({ entity: settings, path: "/default_audience", messageId: "set", data: { audience } });
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
      weakPolicy: 'Database connection "{{name}}" uses the password strength "{{policy}}", below the required "{{minimum}}". Users can choose passwords that guessing and credential stuffing break quickly. Set options.passwordPolicy to "{{minimum}}" or stronger.',
      shortLength: 'Database connection "{{name}}" accepts passwords of {{length}} characters, fewer than the required {{minimum}}. Raise options.password_complexity_options.min_length.',
      noHistory: 'Database connection "{{name}}" does not keep a password history (options.password_history). A user forced to change a leaked password can set it again. Enable it with a size of at least 5.',
      noDictionary: 'Database connection "{{name}}" does not refuse common passwords (options.password_dictionary). "Password1!" passes every complexity rule. Enable the dictionary.',
      personalInfo: `Database connection "{{name}}" allows passwords that contain the user's name or email. options.password_no_personal_info is off, so a password may hold the user's name, email or username: the first guesses an attacker makes. Enable password_no_personal_info.`,
      missing: 'Database connection "{{name}}" leaves password checks unset, so they are off. It sets none of {{options}} in its options: {{effects}}. Add them with enable: true (Dashboard: Authentication \u2192 Database \u2192 Password Policy).'
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
      const at = (path5, messageId, data = {}) => report({ entity: connection, path: path5, messageId, data: { name, ...data } });
      const policy = options_.passwordPolicy === null ? "none" : options_.passwordPolicy;
      const level = typeof policy === "string" ? LEVELS.indexOf(policy) : -1;
      if (level !== -1 && level < LEVELS.indexOf(options.minimumPolicy)) at("/options/passwordPolicy", "weakPolicy", { policy, minimum: options.minimumPolicy });
      const length = dig(options_, "password_complexity_options", "min_length");
      if (typeof length === "number" && length < options.minimumLength) {
        at("/options/password_complexity_options/min_length", "shortLength", { length, minimum: options.minimumLength });
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
          if (value.enable !== true) at(`/options/${option}/enable`, messageId);
        } else missing.push(option);
      }
      if (missing.length > 0) {
        at("/options", "missing", { options: missing.join(", "), effects: missing.map((option) => OPTION_EFFECTS[option]).join("; ") });
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
    const at = match.index + match[0].length - value.length - 1;
    if (!SECRET_NAME.test(name) || NOT_A_SECRET_NAME.test(name) || !looksLikeSecret(value)) continue;
    if ([...seen].some((start) => start >= at && start < at + value.length)) continue;
    found.push({ what: name, literal: value, line: lineOf(at) });
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
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
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
      const version = runtime === void 0 ? void 0 : /^node(\d+)/.exec(runtime)?.[1];
      if (version === void 0 || Number(version) >= options.minimumNodeVersion) continue;
      report({ entity: action, path: "/runtime", messageId: "old", data: { name: label(action), runtime, version, minimum: options.minimumNodeVersion } });
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
      if (rule.data.enabled !== false) report({ entity: rule, path: rule.data.enabled === true ? "/enabled" : "", messageId: "rule", data: { name: label(rule) } });
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
    for (const stream of streams) report({ entity: stream, path: "/status", messageId: "inactive", data: { name: label(stream), status: String(stream.data.status) } });
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
  let current = "";
  for (const char of inner) {
    if (quote) {
      if (char === quote) quote = void 0;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "|") {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current);
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
          data: { value: output.filters.length > 0 ? `${output.value} (through ${output.filters.join(", ")})` : output.value, fixed: `{{ ${[output.value, ...output.filters, "escape"].join(" | ")} }}` }
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
      if (client.data.oidc_conformant === false) report({ entity: client, path: "/oidc_conformant", messageId: "legacy", data: { name: client.name ?? client.key } });
    }
  }
});

// rules/no-cross-origin-authentication/README.md
var README_default43 = "# no-cross-origin-authentication\n\nKeep cross-origin authentication (embedded password login) off.\n\nDefault severity: **warning** \xB7 Category: clients \xB7 In `recommended`: no (in `strict`) \xB7 Precision: very-high \xB7 Security severity: 5.0\n\n## What it checks\n\nEvery application with `cross_origin_authentication: true` (or, when that field is not written, the deprecated\n`cross_origin_auth: true` that older exports hold and the Terraform provider's `auth0_client` calls it: deploy-cli\ndeploys it as `cross_origin_authentication`) that lists an origin a login page could be served from:\nan entry in `callbacks`, `web_origins` or `allowed_origins` (a keyword marker or an unknown Terraform value counts as\none). Auth0 accepts cross-origin login requests only from those origins (Auth0 docs, *Configure Cross-Origin Resource\nSharing*), so the switch on an application without any, such as a machine-to-machine application created with it on,\nlets no page log in; the rule reports it once an origin is added. The global *All Applications* client of an API dump\nis skipped.\n\n## Why\n\nCross-origin authentication lets an application's own web page collect the username and password and send them to\nAuth0 with auth0.js (embedded login). Auth0 recommends Universal Login instead: the password is then typed only on the\nlogin domain, and protections such as bot detection, MFA enrolment and passkeys apply (Auth0 docs, *Cross-Origin\nAuthentication*; *Universal Login vs. Embedded Login*). Browsers that block third-party cookies break it too. Auth0's\nown checker reports it. Some applications still depend on embedded login, so the rule is in `strict` only.\n\n## Incorrect\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    web_origins:\n      - https://shop.example.com\n    cross_origin_authentication: true\n    cross_origin_loc: https://shop.example.com/cross-origin.html\n```\n\n## Correct\n\n```yaml\nclients:\n  - name: Storefront\n    app_type: spa\n    cross_origin_authentication: false\n```\n\n## How to fix\n\nRedirect to Universal Login (`loginWithRedirect` in the Auth0 SPA SDK) instead of calling `login` with a password,\nthen turn off *Applications \u2192 (app) \u2192 Advanced Settings \u2192 Cross-Origin Authentication*.\n\n## Options\n\nNone.\n";

// rules/no-cross-origin-authentication/index.ts
var ORIGIN_FIELDS = /* @__PURE__ */ new Set(["callbacks", "web_origins", "allowed_origins"]);
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
      permissive: 'Third-party application "{{name}}" is in permissive security mode (third_party_security_mode: permissive). It keeps grant types, token lifetimes and flows without PKCE that strict mode forbids for applications you do not control. The mode cannot be changed on an existing application: create it again in strict mode and retire this one.',
      allowAlways: 'Third-party application "{{name}}" sets redirection_policy: allow_always. Auth0 redirects to its callback without the confirmation that protects users from open redirects through your login domain. Set redirection_policy to open_redirect_protection.'
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default44
  },
  check({ tenant, report }) {
    for (const client of tenant.clients) {
      if (client.data.is_first_party !== false) continue;
      const name = client.name ?? client.key;
      if (client.data.third_party_security_mode === "permissive") report({ entity: client, path: "/third_party_security_mode", messageId: "permissive", data: { name } });
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
        report({ entity: client, path: `/refresh_token/policies/${index}/audience`, subject: `refresh_token.policies:${audience}`, messageId: "management", data: { name: client.name ?? client.key, audience } });
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
var FIELDS = [
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
    for (const [field, label2] of FIELDS) {
      const value = settings.data[field];
      const urls = typeof value === "string" ? [[value, joinPointer("", field)]] : [];
      if (Array.isArray(value)) value.forEach((url, index) => typeof url === "string" && urls.push([url, joinPointer("", field, index)]));
      for (const [url, path5] of urls) {
        const { scheme, host, unresolved } = urlParts(url);
        if (unresolved || !host) continue;
        const data = { label: label2, url };
        if (isLoopbackHost(host)) report({ entity: settings, path: path5, subject: `${field} ${url}`, messageId: "loopback", severity: "note", data });
        else if (scheme === "http") report({ entity: settings, path: path5, subject: `${field} ${url}`, messageId: "plainHttp", data });
      }
    }
  }
});

// rules/supported-tenant-runtime/README.md
var README_default48 = "# supported-tenant-runtime\n\nRun the tenant's custom scripts (database connections, Rules, Hooks) on a Node.js version Auth0 still supports.\n\nDefault severity: **warning** \xB7 Category: code \xB7 In `recommended`: yes \xB7 Precision: very-high \xB7 Security severity: 4.5\n\n## What it checks\n\nThe tenant settings' `sandbox_version` (the runtime of custom database and custom social connection scripts) and\n`legacy_sandbox_version` (the runtime of Rules and Hooks, on tenants that still have them): reported when the Node.js\nmajor version is older than `minimumNodeVersion` (default 18). A tenant that writes neither is not judged (Auth0 gives\nnew tenants a current runtime). Actions choose their runtime one by one; [`supported-action-runtime`](../supported-action-runtime/README.md)\nchecks those. The rule does not run when the input holds no tenant settings.\n\n## Why\n\nCustom database scripts see every password users type, and Rules and Hooks run on every login. Auth0 runs them on the\ntenant's extensibility runtime, chosen in the tenant settings (Auth0 support, *Upgrading or Downgrading Node\nExtensibility Runtimes*). A Node.js line past its end of life gets no security fixes, and Auth0 retires old runtimes\n(Node 4, 8, 12 so far), moving tenants on its own schedule when they did not move themselves. Auth0's own checker\nreports runtimes older than Node.js 18.\n\n## Incorrect\n\n```yaml\ntenant:\n  sandbox_version: '12'\n```\n\n## Correct\n\n```yaml\ntenant:\n  sandbox_version: '22'\n```\n\n## How to fix\n\nTest the custom database scripts (and any Rules and Hooks) on the newer runtime in a development tenant, then select it\nin *Settings \u2192 Advanced \u2192 Extensibility* (`sandbox_version`, and `legacy_sandbox_version` for Rules and Hooks).\n\n## Options\n\n- `minimumNodeVersion` (default `18`): the oldest Node.js major version accepted. Raise it to 22 to follow Auth0's\n  newest runtime.\n";

// rules/supported-tenant-runtime/index.ts
var FIELDS2 = [
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
    for (const [field, runs] of FIELDS2) {
      const value = settings.data[field];
      const version = typeof value === "string" || typeof value === "number" ? /^\s*(\d+)/.exec(String(value))?.[1] : void 0;
      if (version === void 0 || Number(version) >= options.minimumNodeVersion) continue;
      report({ entity: settings, path: `/${field}`, messageId: "old", data: { runs, version, field, minimum: options.minimumNodeVersion } });
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
      external: `Database connection "{{name}}" keeps its users in your own database (custom database without import). Every login runs your login script against it, so that database's security and uptime decide every sign-in, and Auth0 features that need stored users (passkeys, flexible identifiers) stay unavailable. Turn on "Import Users to Auth0" (options.import_mode) to migrate users as they log in, or document why not.`
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    docs: README_default49
  },
  check({ tenant, report }) {
    for (const { connection, options } of databasesWithOptions(tenant)) {
      if (isExternalUserStore(options)) report({ entity: connection, path: "/options/enabledDatabaseCustomization", messageId: "external", data: { name: label(connection) } });
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
  require_log_streams_default,
  safe_error_page_default,
  require_oidc_conformant_default,
  no_cross_origin_authentication_default,
  third_party_strict_security_default,
  no_management_api_refresh_policies_default
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
  return targets.flatMap(
    (target) => {
      const mismatch = target.domainMismatch ?? target.tenant?.domainMismatch;
      return mismatch ? [{ target: target.path, code: "domain-mismatch", message: domainMismatchNote(mismatch, target.path) }] : [];
    }
  );
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
      if (await lstat(candidate).then(() => true, () => false)) return candidate;
    }
    if (path.dirname(folder) === folder) return void 0;
  }
}
async function readConfig(file, cwd, knownRules = []) {
  const document = await readLocatedDocument(file, displayPath(cwd, file));
  const data = withoutEmptySections(document.data);
  const errors = schemaErrors((await import("./config-schema.validate-463ET4EK.js")).validate, document, data);
  const raw = data;
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
        ...overrideMappings !== void 0 ? { mappings: overrideMappings } : {}
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
    ...topMappings !== void 0 ? { mappings: topMappings } : {},
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
  const data = document.data;
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const errors = [];
  const unknown = (id, at, atKey) => {
    if (!byId.has(id) && !unjudged(id)) errors.push(errorAt(document, at, `unknown rule "${id}"${suggestion(id, byId.keys())}`, at, atKey));
  };
  const settings = [];
  const collect = (section, pointer) => {
    if (!isMapping(section)) return;
    for (const [id, value] of Object.entries(section)) settings.push({ id, value, at: joinPointer(pointer, id) });
  };
  collect(data?.rules, "/rules");
  if (Array.isArray(data?.overrides)) data.overrides.forEach((override, index) => collect(isMapping(override) ? override.rules : void 0, joinPointer("/overrides", index, "rules")));
  const withOptions = settings.filter(({ id, value }) => byId.has(id) && Array.isArray(value) && isMapping(value[1]));
  const optionsAjv = withOptions.length > 0 ? new (await loadAjv())({ allErrors: true, verbose: true, strict: false, ...SHIPPED_SCHEMA }) : void 0;
  for (const { id, value, at } of settings) {
    unknown(id, at, true);
    const rule = byId.get(id);
    if (rule && Array.isArray(value) && isMapping(value[1])) errors.push(...optionsErrors(optionsAjv, rule, value[1], document, joinPointer(at, 1)));
  }
  if (Array.isArray(data?.ignore)) {
    data.ignore.forEach((entry, index) => {
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
  if (typeof value !== "string") return value;
  if (!insideRepository(path.resolve(baseDir, value), repository)) throw errorAt(document, pointer, outsideMessage(value, displayPath(cwd, repository) || "."));
  try {
    const { readMappingsFile } = await import("./mappings-P7MEJ4TW.js");
    return await readMappingsFile(path.resolve(baseDir, value), cwd, "deploy-config");
  } catch (error) {
    if (error instanceof InputError && error.line === void 0) throw errorAt(document, pointer, `${error.file ?? value}: ${error.message}`);
    throw error;
  }
}
function withoutEmptySections(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
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
      expired: 'This ignore entry for {{rule}} on {{kind}} "{{key}}" expired on {{expires}}{{owner}}, so it no longer suppresses findings. Fix the findings it covered and delete the entry, or renew it with a new expires date and reason.'
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
      unused: 'This ignore entry for {{rule}} on {{kind}} "{{key}}" suppressed no finding. Delete it, or correct its rule or entity key so it names the finding you accept.'
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
      lowered: "For {{input}}, {{changes}}: once merged it checks less. Revert the change, or have an owner of the configuration accept it.",
      ignore: "New or changed ignore entry: rule {{rule}}, {{kind}} {{key}}{{files}}. Once merged it suppresses findings the base reports. Revert the entry, or have an owner of the configuration accept it.",
      customRuleAdded: "New custom rule path: {{glob}}. The rules it loads decide what is checked once merged; review them.",
      customRuleRemoved: "Custom rule path removed: {{glob}}. Once merged its rules no longer run; restore it or confirm they are retired.",
      mappings: "Keyword mappings changed (their values decide what is checked; they are not shown). Review the change to the mappings.",
      options: "For {{input}}, the options of rule {{rule}} changed in the pull request's configuration; a0lint cannot tell whether they check less. Review the new options."
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
  let { tenantDomain, mappings } = config;
  config.overrides.forEach((override, index) => {
    if (!fileMatcher(override.files)(relativePath)) return;
    matched.push(index);
    apply(settings, override.rules);
    tenantDomain = override.tenantDomain ?? tenantDomain;
    if (override.mappings) mappings = { ...mappings, ...override.mappings };
  });
  return {
    relativePath,
    rules: settings,
    overrides: matched,
    ...tenantDomain !== void 0 ? { tenantDomain } : {},
    ...mappings !== void 0 ? { mappings } : {}
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
  const { loadCustomRules, rulesDirSources } = await import("./load-rule-files-KJYCJIEA.js");
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
    const report = (rule, messageId, entry, pointer, data) => {
      const severity = options.severityOf(rule);
      if (severity === "off") return;
      const range = document.locate(pointer);
      findings.push({
        ruleId: rule.meta.id,
        messageId,
        severity,
        message: fill(rule.meta.messages[messageId], data),
        path: pointer,
        ...range ? { location: { file: document.file, ...range } } : {},
        // The entry's content, not its position: reordering the ignore list keeps the fingerprint.
        fingerprint: fingerprint(rule.meta.id, document.file, entry.rule, entry.kind, entry.key, (entry.files ?? []).join("\0"))
      });
    };
    for (const item of entries) {
      const data = { rule: item.entry.rule, kind: item.entry.kind, key: item.entry.key };
      if (item.expired) {
        report(expiredIgnore, "expired", item.entry, `${item.entry.pointer}/expires`, {
          ...data,
          expires: item.entry.expires,
          owner: item.entry.owner ? ` (owner: ${item.entry.owner})` : ""
        });
      } else if (!item.used && item.covered && item.complete) {
        report(unusedIgnore, "unused", item.entry, item.entry.pointer, data);
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
    const { applyBaseline, createBaseline, writeBaseline } = await import("./baseline-ZCNSETF5.js");
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
    const { applyBaseline, readBaseline } = await import("./baseline-ZCNSETF5.js");
    const applied = applyBaseline(targets, await readBaseline(options.baseline, cwd), options.baseline, cwd);
    targets = applied.targets;
    if (applied.matched > 0) notes.push(`${plural(applied.matched, "finding")} matched the baseline and ${applied.matched === 1 ? "is" : "are"} not shown.`);
    if (applied.stale > 0) {
      notes.push(`${plural(applied.stale, "baseline entry", "baseline entries")} no longer match a finding (fixed); --update-baseline ${options.baseline} removes them.`);
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
    mappings: { ...resolved.mappings, ...given.mappings }
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
var FIELDS3 = [
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
  [CLIENTS, "jwt_configuration/alg", "the application's ID token signing algorithm"],
  [APIS, "identifier", "the API's identifier (its audience)"],
  [APIS, "is_system", "whether the API is a system API"],
  [APIS, "scopes/**", "the API's scopes"],
  [APIS, "signing_alg", "the API's signing algorithm"],
  [APIS, "token_lifetime", "the API's token lifetime"],
  [APIS, "token_lifetime_for_web", "the API's token lifetime for browsers"],
  [APIS, "subject_type_authorization/**", "the API's access policy"],
  [GRANTS, "client_id", "the application the grant is for"],
  [GRANTS, "audience", "the API the grant is for"],
  [GRANTS, "scope/**", "the grant's scopes"],
  [GRANTS, "subject_type", "the grant's subject type"],
  [GRANTS, "allow_all_scopes", "whether the grant allows every scope"],
  [GRANTS, "default_for", "which applications the grant applies to"]
];
var PATTERNS = FIELDS3.flatMap(
  ([collections, field, what]) => collections.map((collection) => ({ segments: entityPattern(collection, field), what }))
);
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
    const data = Object.hasOwn(document, key) ? document[key] : void 0;
    if (data === void 0 || data === null) return void 0;
    const pointer = joinPointer("", key);
    return { data, pointer, origin: originOf(pointer) };
  };
  const known2 = new Set(SECTION_NAMES.filter((section) => raw(section) !== void 0));
  const code = (value, pointer) => typeof value === "string" ? { text: value, origin: originOf(pointer) } : void 0;
  const tenantRaw = raw("tenant");
  const settings = tenantRaw && isRecord2(tenantRaw.data) ? tenantSettings(tenantRaw.data, tenantRaw.origin) : void 0;
  const attackRaw = raw("attackProtection");
  const attackProtection = [];
  if (attackRaw && isRecord2(attackRaw.data)) {
    for (const [part, dumpKey] of ATTACK_PARTS) {
      const key = dump ? dumpKey : part;
      const value = attackRaw.data[key];
      if (isRecord2(value)) attackProtection.push({ ...entity("attackProtection", part, void 0, value, originOf(joinPointer(attackRaw.pointer, key))), part });
    }
  }
  const policiesRaw = raw("guardianPolicies");
  let guardianPolicies;
  if (policiesRaw) {
    const data = Array.isArray(policiesRaw.data) ? { policies: policiesRaw.data } : isRecord2(policiesRaw.data) ? policiesRaw.data : {};
    guardianPolicies = entity("guardianPolicies", "guardianPolicies", void 0, data, policiesRaw.origin);
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
function tenantSettings(data, origin) {
  const base = entity("tenant", "tenant", void 0, data, origin);
  return { ...base, flags: isRecord2(base.data.flags) ? base.data.flags : {} };
}
function entity(kind, key, name, data, origin) {
  const clean = withoutSecrets(data);
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
  const clientByRef = (ref) => clientsById.get(ref) ?? clientsByName.get(ref);
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
    unresolvedKeywords: input.markers.filter(({ marker, document }) => !isDeployCliPlaceholder(marker, document)).map(({ marker, origin, document, whole }) => ({ marker, origin, document, whole, checks: checkedAt(document), ...entityAt(origin, document) })),
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
function systemManagementIdentifiers(input) {
  const identifiers = /* @__PURE__ */ new Set();
  for (const { data } of input.resourceServers) {
    const api = data;
    if (api.is_system !== true || typeof api.identifier !== "string") continue;
    const host = managementAudienceHost(api.identifier);
    if (host !== void 0 && !hasUnresolvedMarker(host)) identifiers.add(normalizeAudience(api.identifier));
  }
  return identifiers;
}
function toResourceServer(raw, index, isManagementApiAudience, isTenantHost) {
  const data = raw.data;
  const identifier = asString3(data.identifier);
  const name = asString3(data.name);
  const isManagementApi = identifier !== void 0 && isManagementApiAudience(identifier);
  const selfService = identifier !== void 0 ? tenantSystemAudience(identifier) : void 0;
  const selfServiceKind = selfService && (data.is_system === true || isTenantHost(selfService.host)) ? selfService.kind : void 0;
  const systemApi = isManagementApi ? "management" : selfServiceKind;
  const isSystem = data.is_system === true || systemApi !== void 0;
  const scopes = /* @__PURE__ */ new Set();
  if (Array.isArray(data.scopes)) {
    for (const scope of data.scopes) {
      const value = asString3(scope?.value) ?? asString3(scope?.name);
      if (value !== void 0) scopes.add(value);
    }
  }
  const policy = systemApi === "management" || !isSystem ? effectivePolicies(data.subject_type_authorization) : systemApi !== void 0 ? effectivePolicies(data.subject_type_authorization, SELF_SERVICE_API_DEFAULTS) : data.subject_type_authorization === void 0 ? UNKNOWN_POLICIES : effectivePolicies(data.subject_type_authorization);
  return {
    kind: "resourceServer",
    key: identifier ?? name ?? `#${index}`,
    name,
    data,
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
  const data = raw.data;
  const clientId = asString3(data.client_id);
  const name = asString3(data.name);
  return {
    kind: "client",
    key: clientId ?? name ?? `#${index}`,
    name,
    data,
    origin: raw.origin,
    clientId,
    appType: asString3(data.app_type),
    grantTypes: Array.isArray(data.grant_types) ? onlyStrings(data.grant_types) : void 0,
    publicBecause: publicBecause(data),
    thirdParty: data.is_first_party === false
  };
}
function toClientGrant(raw, clientByRef, apiByAudience, systemApiOfAudience) {
  const data = raw.data;
  const clientRef = asString3(data.client_id);
  const audience = asString3(data.audience);
  const subjectType = asString3(data.subject_type) ?? "client";
  const defaultFor = asString3(data.default_for);
  const client = clientRef !== void 0 ? clientByRef(clientRef) : void 0;
  const api = audience !== void 0 ? apiByAudience(audience) : void 0;
  const toSystemApi = api ? api.systemApi : audience !== void 0 ? systemApiOfAudience(audience) : void 0;
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
    const { lintInWorkers } = await import("./fleet-C64DIJPB.js");
    return { targets: await lintInWorkers({ project: project.options, request: pathRequest }, paths, request.jobs, (path5) => lintPath(project, path5, pathRequest)) };
  }
  const targets = [];
  for (const path5 of paths) targets.push(await lintPath(project, path5, pathRequest));
  return { targets };
}
async function lintPath(project, path5, request, name = path5) {
  const settings = inputSettings(project, name, request);
  const conceal = concealMappedValues(settings.mappings);
  try {
    const input = await loadInput(path5, { ...request.read, cwd: request.readFrom ?? project.cwd, mappings: settings.mappings });
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
  const { readLiveTenant, writeSnapshot } = await import("./live-ICDXVHYE.js");
  const { snapshotToInput } = await import("./to-input-NKCSGXWS.js");
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
  const target = { kind: "input", path: input.path, category: categoryOf(input.path, input, tenant), format: input.format, input, tenant, findings, errors: [], coverage };
  return { targets: [target], ...anchorFile !== void 0 ? { anchorFile } : {} };
}

export {
  CLIENT_CREDENTIALS,
  publicLabel,
  statedGrantTypes,
  hasUserFlow,
  isUnresolved,
  MANAGEMENT_API_SCOPES,
  isPolicyFor,
  builtinRules,
  mappedSecrets,
  effectiveOptions,
  fingerprint,
  fill,
  sortFindings,
  findingsOf,
  errorsOf,
  inputTargets,
  noticesOf,
  HOMEPAGE,
  ruleDocsUrl,
  weakenedConfiguration,
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
  lintPath
};
