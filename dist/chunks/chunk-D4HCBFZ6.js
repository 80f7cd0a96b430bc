import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  DocumentOrigins
} from "./chunk-TD6S3IHV.js";
import {
  joinPointer
} from "./chunk-RTYLSBLV.js";

// src/terraform/values.ts
var Unknown = class {
  constructor(text, cause, why) {
    this.text = text;
    this.cause = cause;
    this.why = why;
  }
};
var ComputedAttribute = class extends Unknown {
  constructor(expression, address, type, attribute) {
    super(
      `\${${expression}}`,
      expression,
      type.startsWith("auth0_") ? "an attribute Auth0 sets when the resource is created" : "an attribute set when the resource is created"
    );
    this.address = address;
    this.type = type;
    this.attribute = attribute;
  }
};
function unknown(expression, why) {
  return new Unknown(`\${${expression}}`, expression, why);
}
function firstUnknown(value, depth = 0) {
  if (value instanceof Unknown) return value;
  if (depth > 64 || typeof value !== "object" || value === null) return void 0;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = firstUnknown(item, depth + 1);
    if (found) return found;
  }
  return void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

// src/terraform/convert.ts
var REPEATED_BLOCKS = /* @__PURE__ */ new Set(["scopes", "policies", "credentials", "authorization_details", "secrets", "dependencies", "supported_triggers"]);
var LIST_FIELDS = /* @__PURE__ */ new Set(["grant_types", "callbacks", "allowed_origins", "web_origins", "allowed_logout_urls", "allowed_clients", "scope"]);
var Trace = class {
  constructor(build) {
    this.build = build;
  }
  entries;
  pending = [];
  /** Where the value at `pointer` came from, if it has its own place. */
  get(pointer) {
    return this.built().get(pointer);
  }
  set(pointer, entry) {
    this.change((entries) => entries.set(pointer, entry));
  }
  /** Changes the map now if it is made, else when it is. */
  change(edit) {
    if (this.entries) edit(this.entries);
    else this.pending.push(edit);
  }
  built() {
    if (!this.entries) {
      this.entries = this.build();
      for (const edit of this.pending) edit(this.entries);
      this.pending = [];
    }
    return this.entries;
  }
};
function convert(resource, renames = {}) {
  const trace = new Trace(() => {
    const entries = /* @__PURE__ */ new Map([["", { resource, pointer: "" }]]);
    shapeValues(resource, renames, entries);
    return entries;
  });
  return { resource, data: shapeValues(resource, renames, void 0), trace };
}
function shapeValues(resource, renames, trace) {
  const data = {};
  const values = resource.values();
  for (const key of Object.keys(values)) {
    const name = Object.hasOwn(renames, key) ? renames[key] : key;
    if (name !== key && Object.hasOwn(values, name) && values[name] !== void 0 && values[key] === void 0) continue;
    const value = shape(values[key], key, step(trace, "", key), step(trace, "", name), resource, trace);
    if (value !== void 0) data[name] = value;
  }
  return data;
}
function step(trace, pointer, key) {
  return trace ? joinPointer(pointer, key) : "";
}
function shape(value, key, tfPointer, apiPointer, resource, trace) {
  if (value === null) return void 0;
  trace?.set(apiPointer, { resource, pointer: tfPointer });
  if (value instanceof Unknown) return LIST_FIELDS.has(key) ? [value] : value;
  if (Array.isArray(value)) {
    const isBlockList = value.length > 0 && value.every(isRecord);
    if (isBlockList && !REPEATED_BLOCKS.has(key)) {
      if (value.length > 1)
        return value.map((item, index) => shapeObject(item, step(trace, tfPointer, index), step(trace, apiPointer, index), resource, trace));
      return shapeObject(value[0], step(trace, tfPointer, 0), apiPointer, resource, trace);
    }
    if (value.length === 0 && !LIST_FIELDS.has(key) && !REPEATED_BLOCKS.has(key) && key !== "scopes") return void 0;
    return value.map((item, index) => {
      const tfItem = step(trace, tfPointer, index);
      const apiItem = step(trace, apiPointer, index);
      if (isRecord(item)) return shapeObject(item, tfItem, apiItem, resource, trace);
      trace?.set(apiItem, { resource, pointer: tfItem });
      return item;
    });
  }
  if (isRecord(value)) return shapeObject(value, tfPointer, apiPointer, resource, trace);
  return value;
}
function shapeObject(value, tfPointer, apiPointer, resource, trace) {
  trace?.set(apiPointer, { resource, pointer: tfPointer });
  const result = {};
  for (const key of Object.keys(value)) {
    const shaped = shape(value[key], key, step(trace, tfPointer, key), step(trace, apiPointer, key), resource, trace);
    if (shaped !== void 0) result[key] = shaped;
  }
  return result;
}

// src/terraform/sections.ts
var ATTACK_PARTS = {
  brute_force_protection: "bruteForceProtection",
  breached_password_detection: "breachedPasswordDetection",
  suspicious_ip_throttling: "suspiciousIpThrottling",
  bot_detection: "botDetection",
  captcha: "captcha"
};
var CONNECTION_OPTIONS = {
  password_policy: "passwordPolicy",
  custom_scripts: "customScripts",
  enabled_database_customization: "enabledDatabaseCustomization"
};
var GUARDIAN_FACTORS = [
  ["email", "email"],
  ["otp", "otp"],
  ["recovery_code", "recovery-code"],
  ["phone", "sms"],
  ["push", "push-notification"],
  ["webauthn_roaming", "webauthn-roaming"],
  ["webauthn_platform", "webauthn-platform"],
  ["duo", "duo"]
];
var PAGES = {
  login: "login",
  change_password: "password_reset",
  guardian_mfa: "guardian_multifactor",
  error: "error_page"
};
function postureSections(resources) {
  const sections = /* @__PURE__ */ new Map();
  const list = (name) => {
    const known = sections.get(name);
    if (Array.isArray(known)) return known;
    const made = [];
    sections.set(name, made);
    return made;
  };
  const single = (name, building) => {
    if (!sections.has(name)) sections.set(name, building);
  };
  for (const resource of resources) {
    if (resource.mode !== "managed") continue;
    switch (resource.type) {
      case "auth0_tenant": {
        const tenant = convert(resource);
        const errorPage = tenant.data.error_page;
        delete tenant.data.error_page;
        single("tenant", tenant);
        if (isRecord(errorPage)) list("pages").push(part(resource, { name: "error_page", ...errorPage }, "/error_page/0", Object.keys(errorPage)));
        break;
      }
      case "auth0_attack_protection": {
        const attack = convert(resource);
        for (const [from, to] of Object.entries(ATTACK_PARTS)) move(attack, from, to);
        single("attackProtection", attack);
        break;
      }
      case "auth0_guardian":
        guardian(resource, list("guardianFactors"), (policies) => single("guardianPolicies", policies));
        break;
      case "auth0_connection": {
        const connection = convert(resource);
        if (isRecord(connection.data.options))
          for (const [from, to] of Object.entries(CONNECTION_OPTIONS)) move(connection, `options/${from}`, `options/${to}`);
        list(connection.data.strategy === "auth0" ? "databases" : "connections").push(connection);
        break;
      }
      case "auth0_email_provider": {
        const provider = convert(resource);
        const credentials = provider.data.credentials;
        if (Array.isArray(credentials) && credentials.length === 1) {
          provider.data.credentials = credentials[0];
          move(provider, "credentials/0", "credentials");
        }
        single("emailProvider", provider);
        break;
      }
      case "auth0_action": {
        const action = convert(resource);
        if (isRecord(action.data.supported_triggers)) action.data.supported_triggers = [action.data.supported_triggers];
        move(action, "deploy", "deployed");
        list("actions").push(action);
        break;
      }
      case "auth0_email_template":
        list("emailTemplates").push(convert(resource));
        break;
      case "auth0_log_stream":
        list("logStreams").push(convert(resource));
        break;
      case "auth0_custom_domain":
        list("customDomains").push(convert(resource));
        break;
      case "auth0_network_acl":
        list("networkACLs").push(convert(resource));
        break;
      case "auth0_pages": {
        const values = resource.values();
        for (const [block, name] of Object.entries(PAGES)) {
          const page = Array.isArray(values[block]) && isRecord(values[block][0]) ? values[block][0] : void 0;
          if (page) list("pages").push(part(resource, { name, ...page }, `/${block}/0`, Object.keys(page)));
        }
        break;
      }
    }
  }
  return sections;
}
function guardian(resource, factors, setPolicies) {
  const values = resource.values();
  for (const [field, name] of GUARDIAN_FACTORS) {
    const value = values[field];
    if (typeof value === "boolean") factors.push(part(resource, { name, enabled: value }, `/${field}`, []));
    else if (Array.isArray(value) && isRecord(value[0])) {
      const enabled = value[0].enabled ?? true;
      factors.push(part(resource, { name, enabled }, `/${field}/0`, ["enabled"]));
    }
  }
  const policy = values.policy;
  if (policy !== void 0) {
    const policies = policy === "never" ? [] : [policy];
    setPolicies(part(resource, { policies }, "/policy", []));
  }
}
function part(resource, data, pointer, fields) {
  const trace = new Trace(() => {
    const entries = /* @__PURE__ */ new Map([["", { resource, pointer }]]);
    for (const field of fields) entries.set(joinPointer("", field), { resource, pointer: joinPointer(pointer, field) });
    return entries;
  });
  return { resource, data, trace };
}
function move(building, from, to) {
  const fromPath = from.split("/");
  const toPath = to.split("/");
  const parent = fromPath.slice(0, -1).reduce((value2, key) => isRecord(value2) ? value2[key] : void 0, building.data);
  if (!isRecord(parent) || !Object.hasOwn(parent, fromPath.at(-1))) return;
  const value = parent[fromPath.at(-1)];
  delete parent[fromPath.at(-1)];
  parent[toPath.at(-1)] = value;
  const fromPointer = joinPointer("", ...fromPath);
  const toPointer = joinPointer("", ...toPath);
  building.trace.change((entries) => {
    for (const [pointer, place] of [...entries]) {
      if (pointer !== fromPointer && !pointer.startsWith(`${fromPointer}/`)) continue;
      entries.delete(pointer);
      entries.set(toPointer + pointer.slice(fromPointer.length), place);
    }
  });
}

// src/terraform/to-tenant.ts
var SECRET_LIKE = /secret|passw(?:or)?d|private_?key|api_?key|access_?key|token$|_token/i;
var SECRET_CONTAINERS = /* @__PURE__ */ new Set(["credentials", "secrets", "configuration"]);
var SECRET_FIELDS = /* @__PURE__ */ new Set(["client_secret", "signing_secret", "client_secret_wo", "smtp_pass", "api_key"]);
var SCOPES_ELSEWHERE = "${auth0_resource_server_scopes}";
var SECRET_BASED_METHODS = /* @__PURE__ */ new Set(["none", "client_secret_post", "client_secret_basic"]);
function toLoadedInput(resources, display, format, domain) {
  const apis = [];
  const clients = /* @__PURE__ */ new Map();
  const grants = [];
  const scopeResources = [];
  const credentials = [];
  for (const resource of resources) {
    if (resource.mode !== "managed") continue;
    switch (resource.type) {
      case "auth0_resource_server":
        apis.push(convert(resource));
        break;
      case "auth0_client":
        clients.set(resource.address, convert(resource));
        break;
      case "auth0_client_grant":
        grants.push(convert(resource, { scopes: "scope" }));
        break;
      case "auth0_resource_server_scopes":
      case "auth0_resource_server_scope":
        scopeResources.push(resource);
        break;
      case "auth0_client_credentials":
        credentials.push(resource);
        break;
    }
  }
  const byId = /* @__PURE__ */ new Map();
  for (const client of clients.values()) {
    if (typeof client.data.client_id === "string") byId.set(client.data.client_id, client);
    delete client.data.client_id;
  }
  addScopes(apis, scopeResources);
  for (const resource of credentials) addCredentials(resource, clients, byId);
  for (const grant of grants) resolveGrantClient(grant, clients, byId);
  const secrets = [];
  const unknowns = [];
  const entities = (list) => [...list].map((building) => finish(building, secrets, unknowns));
  const resourceServers = entities(apis);
  const clientEntities = entities(clients.values());
  const clientGrants = entities(grants);
  const origins = new DocumentOrigins({ source: { file: display }, pointer: "" });
  const document = {};
  for (const [key, list] of [
    ["resource_servers", resourceServers],
    ["clients", clientEntities],
    ["client_grants", clientGrants]
  ]) {
    document[key] = list.map((entity) => entity.data);
    list.forEach((entity, index) => origins.mount(joinPointer("", key, index), entity.origin));
  }
  for (const [name, parts] of postureSections(resources)) {
    if (!Array.isArray(parts)) {
      const section = finish(parts, secrets, unknowns, joinPointer("", name));
      document[name] = section.data;
      origins.mount(joinPointer("", name), section.origin);
      continue;
    }
    const items = parts.map((part2, index) => finish(part2, secrets, unknowns, joinPointer("", name, index)));
    document[name] = items.map((item) => item.data);
    items.forEach((item, index) => origins.mount(joinPointer("", name, index), item.origin));
    if (items[0]) origins.mount(joinPointer("", name), items[0].origin);
  }
  return {
    format,
    path: display,
    document,
    originOf: origins.originOf,
    resourceServers,
    clients: clientEntities,
    clientGrants,
    markers: [],
    secrets,
    unknowns,
    ...domain ? { domain } : {},
    errors: []
  };
}
function addScopes(apis, scopeResources) {
  const byIdentifier = /* @__PURE__ */ new Map();
  for (const api of apis) if (typeof api.data.identifier === "string") byIdentifier.set(api.data.identifier, api);
  const extended = /* @__PURE__ */ new Set();
  for (const resource of scopeResources) {
    const values = resource.values();
    const identifier = values.resource_server_identifier;
    const api = typeof identifier === "string" ? byIdentifier.get(identifier) : void 0;
    if (!api) continue;
    const list = Array.isArray(api.data.scopes) ? api.data.scopes : api.data.scopes = [];
    extended.add(api);
    const start = list.length;
    for (const item of scopesOf(resource, values, start, void 0)) list.push(item);
    api.trace.change((entries) => void scopesOf(resource, resource.values(), start, entries));
  }
  for (const api of apis) {
    if (api.data.scopes === void 0 && !extended.has(api)) {
      api.data.scopes = SCOPES_ELSEWHERE;
    }
  }
}
function scopesOf(resource, values, start, trace) {
  if (resource.type === "auth0_resource_server_scope") {
    trace?.set(joinPointer("/scopes", start), { resource, pointer: "/scope" });
    trace?.set(joinPointer("/scopes", start, "value"), { resource, pointer: "/scope" });
    return [{ value: values.scope, ...values.description !== void 0 ? { description: values.description } : {} }];
  }
  const scopes = values.scopes;
  if (scopes instanceof Unknown) {
    trace?.set(joinPointer("/scopes", start), { resource, pointer: "/scopes" });
    return [{ value: scopes }];
  }
  if (!Array.isArray(scopes)) return [];
  const items = [];
  scopes.forEach((scope, index) => {
    if (!isRecord(scope)) return;
    trace?.set(joinPointer("/scopes", start + items.length), { resource, pointer: joinPointer("/scopes", index) });
    trace?.set(joinPointer("/scopes", start + items.length, "value"), { resource, pointer: joinPointer("/scopes", index, "name") });
    items.push({ value: scope.name, ...scope.description !== void 0 ? { description: scope.description } : {} });
  });
  return items;
}
function addCredentials(resource, clients, byId) {
  const values = resource.values();
  const client = clientOf(values.client_id, clients, byId);
  if (!client) return;
  const method = values.authentication_method;
  client.trace.set("/token_endpoint_auth_method", { resource, pointer: "/authentication_method" });
  if (typeof method === "string" && !SECRET_BASED_METHODS.has(method)) {
    const block = values[method];
    const credentialList = Array.isArray(block) && isRecord(block[0]) ? block[0].credentials : void 0;
    client.trace.set("/client_authentication_methods", { resource, pointer: `/${method}` });
    client.data.client_authentication_methods = { [method]: { credentials: Array.isArray(credentialList) ? credentialList : [] } };
  } else if (method !== void 0) client.data.token_endpoint_auth_method = method;
  const jar = values.signed_request_object;
  if (Array.isArray(jar) && isRecord(jar[0])) {
    const { required, credentials } = jar[0];
    client.trace.set("/signed_request_object", { resource, pointer: "/signed_request_object/0" });
    client.trace.set("/signed_request_object/required", { resource, pointer: "/signed_request_object/0/required" });
    client.trace.set("/signed_request_object/credentials", { resource, pointer: "/signed_request_object/0/credentials" });
    client.data.signed_request_object = {
      ...required !== void 0 ? { required } : {},
      credentials: Array.isArray(credentials) ? credentials.map(() => ({})) : []
    };
  }
  for (const field of ["client_secret", "client_secret_wo"]) {
    if (values[field] === void 0 || values[field] === null) continue;
    client.trace.set(`/${field}`, { resource, pointer: `/${field}` });
    client.data[field] = values[field];
  }
}
function resolveGrantClient(grant, clients, byId) {
  const client = clientOf(grant.data.client_id, clients, byId);
  if (client && (typeof client.data.name === "string" || client.data.name instanceof Unknown)) grant.data.client_id = client.data.name;
}
function clientOf(reference, clients, byId) {
  if (typeof reference === "string") return byId.get(reference);
  if (!(reference instanceof ComputedAttribute) || reference.type !== "auth0_client") return void 0;
  if (reference.attribute !== "client_id" && reference.attribute !== "id") return void 0;
  return clients.get(reference.address);
}
function finish(building, secrets, unknowns, base = "") {
  const { resource, trace } = building;
  const source = {
    file: resource.file,
    locate(pointer, needle) {
      for (let at = pointer.startsWith(base) ? pointer.slice(base.length) : pointer; ; at = at.slice(0, at.lastIndexOf("/"))) {
        const from = trace.get(at);
        if (from) return from.resource.locate(from.pointer, needle);
        if (at === "") return resource.locate("");
      }
    }
  };
  const visit = (value, pointer, key, inSecret) => {
    if (value instanceof Unknown) {
      if (!inSecret && !(key !== void 0 && SECRET_LIKE.test(key)))
        unknowns.push({ expression: value.cause, text: value.text, why: value.why, origin: { source, pointer } });
      return value.text;
    }
    if (key !== void 0 && SECRET_FIELDS.has(key) && typeof value === "string" && value !== "") {
      secrets.push({ field: key, origin: { source, pointer }, document: pointer });
      return "[REDACTED]";
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, joinPointer(pointer, index), void 0, inSecret));
    if (isRecord(value)) {
      const result = {};
      const secret = inSecret || key !== void 0 && SECRET_CONTAINERS.has(key);
      for (const field of Object.keys(value)) result[field] = visit(value[field], joinPointer(pointer, field), field, secret);
      return result;
    }
    return value;
  };
  return { data: visit(building.data, base, void 0, false), origin: { source, pointer: base } };
}

export {
  Unknown,
  ComputedAttribute,
  unknown,
  firstUnknown,
  isRecord,
  toLoadedInput
};
