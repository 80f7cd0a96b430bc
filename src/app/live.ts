import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UnsafeDestination, writeFileSafely } from '../io/safe-write.js';
import { HttpClient, type HttpSettings } from '../live/http.js';
import { readTenant, type ReadProgress, type TenantSnapshot } from '../live/read-tenant.js';
import type { Credentials } from '../live/token.js';
import { snapshotToDump } from '../live/to-input.js';
import { displayPath } from '../loaders/load.js';
import { InputError, UsageError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';

/**
 * A live tenant to audit, already checked by the shell that asked for it (the CLI's flags and AUTH0_* variables,
 * the Action's inputs): host names are parsed before any secret is sent anywhere.
 */
export interface LiveSource {
  /** The tenant's canonical host (host[:port]): what findings, overrides and ignore entries name it by. */
  readonly host: string;
  /** A custom domain to send the requests to instead. */
  readonly requestHost?: string;
  readonly credentials: Credentials;
  /** Write the tenant as an API dump here (relative to cwd); SARIF anchors live findings to it. */
  readonly snapshotFile?: string;
  /** Only NODE_EXTRA_CA_CERTS and the tests' A0LINT_TEST_HTTP_SETTINGS are read from it. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly progress?: ReadProgress;
  /** Receives each secret the audit obtains (the access token), so that a CI log can mask it. */
  readonly onSecret?: (value: string) => void;
  /** Now and waiting for the client (retries, Retry-After, reset times): the real clock unless a test gives one. */
  readonly clock?: Clock;
}

/** Test hook: the fake Management API's tests shorten delays and timeouts through this variable (JSON). */
const TEST_HTTP_SETTINGS = 'A0LINT_TEST_HTTP_SETTINGS';

export async function readLiveTenant(source: LiveSource): Promise<TenantSnapshot> {
  const env = source.env ?? {};
  // Node reads NODE_EXTRA_CA_CERTS at start-up; an in-process caller (tests) may pass one Node has not loaded.
  const extraCaFile = env.NODE_EXTRA_CA_CERTS !== process.env.NODE_EXTRA_CA_CERTS ? env.NODE_EXTRA_CA_CERTS : undefined;
  const extraCa = extraCaFile ? await readFile(extraCaFile, 'utf8').catch(() => undefined) : undefined;
  const settings = testSettings(env[TEST_HTTP_SETTINGS]);
  const http = new HttpClient({ ...(extraCa ? { ca: extraCa } : {}), ...(settings ? { settings } : {}), ...(source.clock ? { clock: source.clock } : {}) });
  try {
    return await readTenant({
      http,
      canonicalHost: source.host,
      ...(source.requestHost !== undefined ? { requestHost: source.requestHost } : {}),
      credentials: source.credentials,
      ...(source.progress ? { progress: source.progress } : {}),
      ...(source.onSecret ? { onToken: source.onSecret } : {}),
    });
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
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    Object.entries(parsed).every(([key, value]) => allowed.includes(key) && Number.isInteger(value) && (value as number) > 0);
  if (!valid) throw new UsageError(`${TEST_HTTP_SETTINGS} (test only) must be a JSON object of positive whole numbers: ${allowed.join(', ')}`);
  return parsed as Partial<HttpSettings>;
}

/** Writes the tenant as an API dump; returns its path as reports show it. */
export async function writeSnapshot(snapshot: TenantSnapshot, out: string, cwd: string): Promise<string> {
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
