import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  hasUnresolvedMarker
} from "./chunk-AWSW6I4B.js";
import {
  isRecord
} from "./chunk-XZXQAQVD.js";
import {
  joinPointer
} from "./chunk-RTYLSBLV.js";

// src/model/without-secrets.ts
var SECRET_KEY = /secret|passw(?:or)?d|^pass$|private_?key|api_?key|access_?key|authorization|token$|_token|credential|signing_key|write_?key/i;
var NOT_SECRET = /* @__PURE__ */ new Set([
  "passwordPolicy",
  "password_policy",
  "token_endpoint",
  "token_endpoint_auth_method",
  "id_token_signed_response_algs",
  // Bot detection's challenge settings (never, when_risky, always).
  "challenge_password_policy",
  "challenge_password_reset_policy",
  "challenge_passwordless_policy"
]);
var SECRET_MAPS = /* @__PURE__ */ new Set(["secrets", "configuration", "credentials"]);
function withoutSecrets(record) {
  const secretFields = [];
  const data = strip(record, "", secretFields);
  return { data, secretFields };
}
function strip(value, pointer, found) {
  if (Array.isArray(value)) {
    const list = value;
    let copy2;
    list.forEach((item, index) => {
      const stripped = strip(item, joinPointer(pointer, index), found);
      if (stripped !== item) (copy2 ??= [...list])[index] = stripped;
    });
    return copy2 ?? value;
  }
  if (typeof value !== "object" || value === null) return value;
  let copy;
  for (const [key, item] of Object.entries(value)) {
    const at = joinPointer(pointer, key);
    let stripped = item;
    if (key === "configuration" && pointer === "/destination" && isRecord(item)) stripped = destinationSettings(item, at, found);
    else if (SECRET_MAPS.has(key) && item !== null && typeof item === "object") stripped = namesOnly(item, at, found);
    else if (typeof item === "string" && item !== "" && SECRET_KEY.test(key) && !NOT_SECRET.has(key)) {
      found.push(at);
      stripped = void 0;
    } else stripped = strip(item, at, found);
    if (stripped !== item) {
      copy ??= { ...value };
      if (stripped === void 0) delete copy[key];
      else copy[key] = stripped;
    }
  }
  return copy ?? value;
}
function namesOnly(value, pointer, found) {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      if (item === null || typeof item !== "object" || !("value" in item)) return item;
      found.push(joinPointer(pointer, index, "value"));
      const { value: _dropped, ...rest } = item;
      return rest;
    });
  }
  const names = {};
  for (const key of Object.keys(value)) {
    found.push(joinPointer(pointer, key));
    names[key] = true;
  }
  return names;
}
function destinationSettings(value, pointer, found) {
  const kept = namesOnly(value, pointer, found);
  const endpoint = webOrigin(value.webhook_endpoint);
  if (endpoint !== void 0) kept.webhook_endpoint = endpoint;
  const authorization = value.webhook_authorization;
  if (isRecord(authorization) && typeof authorization.method === "string") kept.webhook_authorization = { method: authorization.method };
  return kept;
}
function webOrigin(value) {
  if (typeof value !== "string" || !URL.canParse(value)) return void 0;
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" ? `${url.protocol}//${url.host}` : void 0;
}

// src/data/management-api-fields.ts
var strings = { type: "array", items: "string" };
var SSO_INTEGRATION_APP_TYPES = [
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
var APP_TYPES = ["native", "spa", "regular_web", "non_interactive", "resource_server", "express_configuration", ...SSO_INTEGRATION_APP_TYPES];
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

// src/model/markers.ts
function isUnresolved(value) {
  return typeof value === "string" && hasUnresolvedMarker(value);
}

// src/model/client-hardening.ts
var DEFAULT_GRANT_TYPES = {
  regular_web: ["implicit", "authorization_code", "refresh_token", "client_credentials"],
  spa: ["implicit", "authorization_code", "refresh_token"],
  native: ["implicit", "authorization_code", "refresh_token"],
  non_interactive: ["client_credentials"]
};
function grantTypesInUse(client) {
  if (client.grantTypes !== void 0) return client.grantTypes;
  if (client.data.grant_types !== void 0 && client.data.grant_types !== null) return [];
  return client.appType !== void 0 && DEFAULT_GRANT_TYPES[client.appType] || [];
}
function grantTypePath(client, grantType) {
  const list = client.data.grant_types;
  const index = Array.isArray(list) ? list.indexOf(grantType) : -1;
  return index === -1 ? "" : `/grant_types/${index}`;
}
var PROFILE_ENFORCES = {
  fapi1_adv_pkj_par: /* @__PURE__ */ new Set(["par", "jar", "pkce"]),
  fapi1_adv_mtls_par: /* @__PURE__ */ new Set(["par", "jar", "pkce"]),
  fapi2_sp_pkj_mtls: /* @__PURE__ */ new Set(["par", "sender-constraining", "pkce"]),
  fapi2_sp_mtls_mtls: /* @__PURE__ */ new Set(["par", "sender-constraining", "pkce"])
};
function profileEnforces(client, what) {
  const level = client.data.compliance_level;
  return typeof level === "string" && (PROFILE_ENFORCES[level]?.has(what) ?? false);
}
function settingsOwnedByTenant(client) {
  return client.data.global !== true && typeof client.data.external_client_id !== "string";
}
function knownConfidential(client) {
  return client.publicBecause === void 0 && !isUnresolved(client.data.app_type) && !isUnresolved(client.data.token_endpoint_auth_method);
}
var SSO_INTEGRATION_TYPES = new Set(SSO_INTEGRATION_APP_TYPES);
var FEDERATION_ADDONS = ["samlp", "wsfed"];
function signsInByFederation(client) {
  return client.appType !== void 0 && SSO_INTEGRATION_TYPES.has(client.appType) || federationAddons(client.data.addons).length > 0;
}
function federationAddons(addons) {
  if (typeof addons !== "object" || addons === null || Array.isArray(addons)) return [];
  return FEDERATION_ADDONS.filter((addon) => {
    const settings = addons[addon];
    return typeof settings === "object" && settings !== null;
  });
}
function hardensAuthorizationRequests(client) {
  return settingsOwnedByTenant(client) && knownConfidential(client) && !signsInByFederation(client);
}

export {
  isUnresolved,
  FIELD_TYPES,
  grantTypesInUse,
  grantTypePath,
  profileEnforces,
  settingsOwnedByTenant,
  signsInByFederation,
  federationAddons,
  hardensAuthorizationRequests,
  withoutSecrets
};
