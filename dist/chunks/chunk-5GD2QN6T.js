import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-RTYLSBLV.js";

// src/live/domain.ts
var HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
var IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
function parseTenantHost(value, option) {
  const raw = value.trim();
  if (raw === "") throw new UsageError(`${option} is empty; give the tenant's host name, e.g. example.eu.auth0.com`);
  let rest = raw;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
  if (scheme) {
    if (scheme[1].toLowerCase() !== "https") throw new UsageError(`${option} must be a host name; "${scheme[1]}://" is not accepted (only https is used)`);
    rest = raw.slice(scheme[0].length);
    if (rest.endsWith("/")) rest = rest.slice(0, -1);
  }
  if (rest.includes("@")) throw new UsageError(`${option} must not contain credentials; give the host name only`);
  if (/[/?#\\]/.test(rest)) throw new UsageError(`${option} must be a host name without a path, query or fragment`);
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(rest);
  const hostname = match[1].toLowerCase();
  const port = match[2] === void 0 ? void 0 : Number(match[2]);
  if (port !== void 0 && (port < 1 || port > 65535)) throw new UsageError(`${option} has an invalid port ${match[2]}`);
  const labels = hostname.split(".");
  const valid = IPV4.test(hostname) ? labels.every((part) => Number(part) <= 255) : hostname.length <= 253 && labels.every((label) => HOST_LABEL.test(label));
  if (!valid) throw new UsageError(`${option} is not a valid host name (got "${raw}")`);
  return { hostPort: port === void 0 ? hostname : `${hostname}:${port}`, hostname, ...port !== void 0 ? { port } : {} };
}
function parseTenantDomain(value, option) {
  const trimmed = value.trim();
  const host = parseTenantHost(/^[^:/]+\/$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed, option);
  if (host.port !== void 0) {
    throw new UsageError(
      `${option} must be the tenant's host name without a port (got "${value.trim()}"); the Management API's audience is https://{tenant-domain}/api/v2/`
    );
  }
  return host.hostname;
}

export {
  parseTenantHost,
  parseTenantDomain
};
