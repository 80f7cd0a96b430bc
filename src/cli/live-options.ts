import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, UsageError } from '../loaders/errors.js';
import { displayPath } from '../loaders/load.js';
import { lintInput, type LintOptions, type LintResult } from '../lint.js';
import { parseTenantHost } from '../live/domain.js';
import { HttpClient, type HttpSettings } from '../live/http.js';
import { readTenant, type ReadProgress, type TenantSnapshot } from '../live/read-tenant.js';
import type { Credentials } from '../live/token.js';
import { snapshotToDump, snapshotToInput } from '../live/to-input.js';
import { UnsafeDestination, writeFileSafely } from '../io/safe-write.js';

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
  /** Receives each secret the audit obtains (the access token), so that a CI log can mask it. */
  readonly onSecret?: (value: string) => void;
}

export interface LiveLintResult extends LintResult {
  /** The snapshot file written with --out: SARIF anchors live findings to it. */
  readonly anchorFile?: string;
}

/** `a0lint --live ...`: reads the tenant, optionally writes the snapshot (--out), and lints it like any input. */
export async function lintLive(values: LiveValues, positionals: readonly string[], io: LiveIo, options: LintOptions): Promise<LiveLintResult> {
  if (positionals.length > 0) throw new UsageError(`--live reads the tenant itself; leave out the input path(s) (got "${positionals[0]}")`);
  const snapshot = await readLive(values, io);
  const anchorFile = values.out === undefined ? undefined : await writeDump(snapshot, values.out, io.cwd);
  const input = snapshotToInput(snapshot);
  const { tenant, findings } = lintInput(input, { ...options, liveDomain: snapshot.domain });
  return {
    targets: [{ path: input.path, input, tenant, findings, errors: [] }],
    findings,
    errors: [],
    ...(anchorFile !== undefined ? { anchorFile } : {}),
  };
}

/** `a0lint pull --live ... --out tenant-dump.json`: the API dump, to review, diff and lint offline. */
export async function pull(values: LiveValues, positionals: readonly string[], io: LiveIo): Promise<number> {
  if (!values.live) throw new UsageError('pull needs --live (it reads a tenant through the Management API)');
  if (positionals.length > 0) throw new UsageError(`pull takes no input path (got "${positionals[0]}")`);
  if (values.out === undefined) throw new UsageError('pull needs --out <file> for the API dump');
  const snapshot = await readLive(values, io);
  const file = await writeDump(snapshot, values.out, io.cwd);
  io.stderr(
    `a0lint: wrote ${snapshot.resource_servers.length} resource servers, ${snapshot.clients.length} clients and ` +
      `${snapshot.client_grants.length} client grants of ${snapshot.domain} to ${file}\n`,
  );
  return 0;
}

/** Options first, then AUTH0_* variables; host names are checked before any secret is sent anywhere. */
export function liveTarget(values: LiveValues, env: LiveIo['env']): { canonicalHost: string; requestHost?: string; credentials: Credentials } {
  const domain = values.domain ?? env.AUTH0_DOMAIN;
  if (!domain) throw new UsageError('--live needs the tenant domain: --domain example.eu.auth0.com or AUTH0_DOMAIN');
  const canonicalHost = parseTenantHost(domain, values.domain !== undefined ? '--domain' : 'AUTH0_DOMAIN').hostPort;
  const requestHost = values['custom-domain'] === undefined ? undefined : parseTenantHost(values['custom-domain'], '--custom-domain').hostPort;
  return { canonicalHost, ...(requestHost !== undefined ? { requestHost } : {}), credentials: credentialsOf(values, env) };
}

function credentialsOf(values: LiveValues, env: LiveIo['env']): Credentials {
  const fromOptions = pick(values['client-id'], values['client-secret'], values['access-token'], '--client-id', '--client-secret', '--access-token');
  const chosen = fromOptions ?? pick(env.AUTH0_CLIENT_ID, env.AUTH0_CLIENT_SECRET, env.AUTH0_ACCESS_TOKEN, 'AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'AUTH0_ACCESS_TOKEN');
  if (!chosen) {
    throw new UsageError(
      '--live needs credentials: AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (or --client-id/--client-secret) of an application with ' +
        'read:resource_servers, read:client_grants and read:clients, or a Management API token in AUTH0_ACCESS_TOKEN (--access-token)',
    );
  }
  return chosen;
}

function pick(id: string | undefined, secret: string | undefined, token: string | undefined, idName: string, secretName: string, tokenName: string): Credentials | undefined {
  if (token && (id || secret)) throw new UsageError(`give either ${tokenName} or ${idName} with ${secretName}, not both`);
  if (token) return { kind: 'access-token', accessToken: token };
  if (id && !secret) throw new UsageError(`${idName} needs ${secretName}`);
  if (secret && !id) throw new UsageError(`${secretName} needs ${idName}`);
  return id && secret ? { kind: 'client-credentials', clientId: id, clientSecret: secret } : undefined;
}

/** Test hook: the fake Management API's tests shorten delays and timeouts through this variable (JSON). */
const TEST_HTTP_SETTINGS = 'A0LINT_TEST_HTTP_SETTINGS';

export async function readLive(values: LiveValues, io: LiveIo): Promise<TenantSnapshot> {
  const target = liveTarget(values, io.env);
  // Node reads NODE_EXTRA_CA_CERTS at start-up; an in-process caller (tests) may pass one Node has not loaded.
  const extraCaFile = io.env.NODE_EXTRA_CA_CERTS !== process.env.NODE_EXTRA_CA_CERTS ? io.env.NODE_EXTRA_CA_CERTS : undefined;
  const extraCa = extraCaFile ? await readFile(extraCaFile, 'utf8').catch(() => undefined) : undefined;
  const settings = testSettings(io.env[TEST_HTTP_SETTINGS]);
  const http = new HttpClient({ ...(extraCa ? { ca: extraCa } : {}), ...(settings ? { settings } : {}) });
  try {
    return await readTenant({ http, ...target, ...(io.stderrIsTTY ? { progress: progressLine(io) } : {}), ...(io.onSecret ? { onToken: io.onSecret } : {}) });
  } finally {
    await http.close();
  }
}

function testSettings(text: string | undefined): Partial<HttpSettings> | undefined {
  if (!text) return undefined;
  const allowed = ['timeoutMs', 'maxAttempts', 'baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const valid = typeof parsed === 'object' && parsed !== null && Object.entries(parsed).every(([key, value]) => allowed.includes(key) && Number.isInteger(value) && (value as number) > 0);
  if (!valid) throw new UsageError(`${TEST_HTTP_SETTINGS} (test only) must be a JSON object of positive whole numbers: ${allowed.join(', ')}`);
  return parsed as Partial<HttpSettings>;
}

/** One status line per collection page, only on a terminal. */
function progressLine(io: LiveIo): ReadProgress {
  return ({ collection, page, items, total, done }) => {
    const count = total === undefined ? `${items}` : `${items}/${total}`;
    io.stderr(`a0lint: ${collection}: page ${page + 1}, ${count} items${done ? ', done' : ''}\n`);
  };
}

export async function writeDump(snapshot: TenantSnapshot, out: string, cwd: string): Promise<string> {
  const target = path.resolve(cwd, out);
  // Beside the target and renamed (an interrupted run never leaves a half dump that looks whole), never through a
  // symbolic link, and readable by the owner only: a dump describes the whole tenant.
  try {
    await writeFileSafely(target, [snapshotToDump(snapshot)], { mode: 0o600 });
  } catch (error) {
    const reason = error instanceof UnsafeDestination ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    throw new InputError(`cannot write the dump: ${reason}`, displayPath(cwd, target));
  }
  return displayPath(cwd, target);
}
