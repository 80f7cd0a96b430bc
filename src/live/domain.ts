import { UsageError } from '../shared/errors.js';

/** A tenant host as a0lint talks to it: a lower-case host name (or IP) with an optional port. */
export interface TenantHost {
  /** `host` or `host:port`, as it goes into URLs and the Management API audience. */
  readonly hostPort: string;
  readonly hostname: string;
  readonly port?: number;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Accepts `tenant.eu.auth0.com`, `tenant.eu.auth0.com:8443` or the same behind `https://` with at most a bare
 * trailing slash. Anything else (paths, queries, credentials, other schemes) is refused: the value decides where
 * the client secret is sent, so it is never guessed at.
 */
export function parseTenantHost(value: string, option: string): TenantHost {
  const raw = value.trim();
  if (raw === '') throw new UsageError(`${option} is empty; give the tenant's host name, e.g. example.eu.auth0.com`);
  let rest = raw;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
  if (scheme) {
    if (scheme[1]!.toLowerCase() !== 'https') throw new UsageError(`${option} must be a host name; "${scheme[1]}://" is not accepted (only https is used)`);
    rest = raw.slice(scheme[0].length);
    if (rest.endsWith('/')) rest = rest.slice(0, -1);
  }
  if (rest.includes('@')) throw new UsageError(`${option} must not contain credentials; give the host name only`);
  if (/[/?#\\]/.test(rest)) throw new UsageError(`${option} must be a host name without a path, query or fragment`);
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(rest)!;
  const hostname = match[1]!.toLowerCase();
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65535)) throw new UsageError(`${option} has an invalid port ${match[2]}`);
  const labels = hostname.split('.');
  const valid = IPV4.test(hostname) ? labels.every((part) => Number(part) <= 255) : hostname.length <= 253 && labels.every((label) => HOST_LABEL.test(label));
  if (!valid) throw new UsageError(`${option} is not a valid host name (got "${raw}")`);
  return { hostPort: port === undefined ? hostname : `${hostname}:${port}`, hostname, ...(port !== undefined ? { port } : {}) };
}

/**
 * `--tenant-domain`: read like `--domain` (surrounding spaces, `https://` and a bare trailing slash are dropped, with
 * or without the scheme; paths, queries, credentials and other schemes are refused), without a port, since the
 * Management API's audience (`https://{tenant-domain}/api/v2/`) has none. Returns the lower-case host name.
 */
export function parseTenantDomain(value: string, option: string): string {
  const trimmed = value.trim();
  const host = parseTenantHost(/^[^:/]+\/$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed, option);
  if (host.port !== undefined) {
    throw new UsageError(
      `${option} must be the tenant's host name without a port (got "${value.trim()}"); the Management API's audience is https://{tenant-domain}/api/v2/`,
    );
  }
  return host.hostname;
}
