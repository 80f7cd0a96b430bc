import { readLiveTenant, writeSnapshot, type LiveSource } from '../app/live.js';
import { parseTenantHost } from '../live/domain.js';
import type { ReadProgress } from '../live/read-tenant.js';
import type { Credentials } from '../live/token.js';
import type { Clock } from '../shared/clock.js';
import { UsageError } from '../shared/errors.js';

export interface LiveValues {
  readonly live?: boolean;
  readonly domain?: string;
  readonly 'client-id'?: string;
  readonly 'client-secret'?: string;
  readonly 'access-token'?: string;
  readonly 'custom-domain'?: string;
  readonly out?: string;
}

export interface LiveIo {
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stderrIsTTY?: boolean;
  readonly clock?: Clock;
}

/** `a0lint --live ...`: the tenant the flags (or AUTH0_* variables) name, for the application to read and lint. */
export function liveSource(values: LiveValues, positionals: readonly string[], io: LiveIo): LiveSource {
  if (positionals.length > 0) throw new UsageError(`--live reads the tenant itself; leave out the input path(s) (got "${positionals[0]}")`);
  return sourceOf(values, io);
}

/** `a0lint pull --live ... --out tenant-dump.json`: the API dump, to review, diff and lint offline. */
export async function pull(values: LiveValues, positionals: readonly string[], io: LiveIo): Promise<number> {
  if (!values.live) throw new UsageError('pull needs --live (it reads a tenant through the Management API)');
  if (positionals.length > 0) throw new UsageError(`pull takes no input path (got "${positionals[0]}")`);
  if (values.out === undefined) throw new UsageError('pull needs --out <file> for the API dump');
  const snapshot = await readLiveTenant(sourceOf(values, io));
  const file = await writeSnapshot(snapshot, values.out, io.cwd);
  io.stderr(
    `a0lint: wrote ${snapshot.resource_servers.length} resource servers, ${snapshot.clients.length} clients and ` +
      `${snapshot.client_grants.length} client grants of ${snapshot.domain} to ${file}\n`,
  );
  return 0;
}

/** Options first, then AUTH0_* variables; host names are checked before any secret is sent anywhere. */
function liveTarget(values: LiveValues, env: LiveIo['env']): { canonicalHost: string; requestHost?: string; credentials: Credentials } {
  const domain = values.domain ?? env.AUTH0_DOMAIN;
  if (!domain) throw new UsageError('--live needs the tenant domain: --domain example.eu.auth0.com or AUTH0_DOMAIN');
  const canonicalHost = parseTenantHost(domain, values.domain !== undefined ? '--domain' : 'AUTH0_DOMAIN').hostPort;
  const requestHost = values['custom-domain'] === undefined ? undefined : parseTenantHost(values['custom-domain'], '--custom-domain').hostPort;
  return { canonicalHost, ...(requestHost !== undefined ? { requestHost } : {}), credentials: credentialsOf(values, env) };
}

function credentialsOf(values: LiveValues, env: LiveIo['env']): Credentials {
  const fromOptions = pick(values['client-id'], values['client-secret'], values['access-token'], '--client-id', '--client-secret', '--access-token');
  const chosen =
    fromOptions ?? pick(env.AUTH0_CLIENT_ID, env.AUTH0_CLIENT_SECRET, env.AUTH0_ACCESS_TOKEN, 'AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'AUTH0_ACCESS_TOKEN');
  if (!chosen) {
    throw new UsageError(
      '--live needs credentials: AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (or --client-id/--client-secret) of an application with ' +
        'read:resource_servers, read:client_grants and read:clients, or a Management API token in AUTH0_ACCESS_TOKEN (--access-token)',
    );
  }
  return chosen;
}

function pick(
  id: string | undefined,
  secret: string | undefined,
  token: string | undefined,
  idName: string,
  secretName: string,
  tokenName: string,
): Credentials | undefined {
  if (token && (id || secret)) throw new UsageError(`give either ${tokenName} or ${idName} with ${secretName}, not both`);
  if (token) return { kind: 'access-token', accessToken: token };
  if (id && !secret) throw new UsageError(`${idName} needs ${secretName}`);
  if (secret && !id) throw new UsageError(`${secretName} needs ${idName}`);
  return id && secret ? { kind: 'client-credentials', clientId: id, clientSecret: secret } : undefined;
}

/** The tenant the flags (or AUTH0_* variables) name, checked before any secret is sent anywhere. */
export function sourceOf(values: LiveValues, io: LiveIo): LiveSource {
  const target = liveTarget(values, io.env);
  return {
    host: target.canonicalHost,
    ...(target.requestHost !== undefined ? { requestHost: target.requestHost } : {}),
    credentials: target.credentials,
    ...(values.out !== undefined ? { snapshotFile: values.out } : {}),
    env: io.env,
    ...(io.stderrIsTTY ? { progress: progressLine(io) } : {}),
    ...(io.clock ? { clock: io.clock } : {}),
  };
}

/** One status line per collection page, only on a terminal. */
function progressLine(io: LiveIo): ReadProgress {
  return ({ collection, page, items, total, done }) => {
    const count = total === undefined ? `${items}` : `${items}/${total}`;
    io.stderr(`a0lint: ${collection}: page ${page + 1}, ${count} items${done ? ', done' : ''}\n`);
  };
}
