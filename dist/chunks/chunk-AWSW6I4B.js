import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/model/management-api.ts
var MANAGEMENT_AUDIENCE = /^https:\/\/((?:[^/?#]|##\w+##|@@\w+@@)+)\/api\/v2\/?$/i;
var TENANT_SYSTEM_AUDIENCE = /^https:\/\/((?:[^/?#]|##\w+##|@@\w+@@)+)\/(me|my-org)\/?$/i;
function tenantSystemAudience(audience) {
  const match = TENANT_SYSTEM_AUDIENCE.exec(audience.trim());
  return match ? { host: match[1].toLowerCase(), kind: match[2].toLowerCase() === "me" ? "my-account" : "my-organization" } : void 0;
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
  return (value.includes("##") || value.includes("@@")) && MARKER.test(value) || value.includes("${");
}

export {
  tenantSystemAudience,
  managementAudience,
  managementAudienceHost,
  normalizeAudience,
  hasUnresolvedMarker
};
