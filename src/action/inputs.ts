import { stat } from 'node:fs/promises';
import path from 'node:path';
import { FAIL_ON, type FailOn } from '../app/exit-code.js';
import { insideRepository } from '../config/confine.js';
import { UsageError } from '../shared/errors.js';
import { oneOf } from '../shared/values.js';
import { tooManySarifRuns } from '../report/sarif.js';
import type { ActionIo } from './io.js';

export interface LiveCredentials {
  readonly domain: string;
  readonly customDomain?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly accessToken?: string;
}

export interface ActionInputs {
  /** Export files or folders, as written (relative to the working directory). Empty for a live audit. */
  readonly paths: readonly string[];
  readonly live?: LiveCredentials;
  readonly config?: string;
  /** On a pull request: the base commit's configuration judges it (the default), or its own. */
  readonly configSource: 'base' | 'head';
  readonly failOn: FailOn;
  /** Also fail when more than this many warnings are reported (unset: no limit). */
  readonly maxWarnings?: number;
  /** A committed baseline file (as --baseline): findings it records are left out. Relative to the workspace. */
  readonly baseline?: string;
  /** Folders of custom rule files (as --rules-dir), relative to the workspace. */
  readonly rulesDirs: readonly string[];
  readonly sarifFile?: string;
  readonly findingsFile?: string;
  /** Live audits: where the tenant's API dump is written (SARIF anchors live findings to it). */
  readonly snapshotFile?: string;
  /** Live audits: the committed export whose access the live tenant is compared with (drift). */
  readonly compareWith?: string;
  readonly annotations: boolean;
  readonly summary: boolean;
  /** Post (and keep updating) one comment on the pull request: needs `pull-requests: write`. */
  readonly comment: boolean;
  /** Unset means "on for pull_request events". */
  readonly onlyNew?: boolean;
  /** Absolute. */
  readonly workingDirectory: string;
  readonly githubToken?: string;
  /** Inputs written in a spelling that still works but is deprecated, one line each for the log and the summary. */
  readonly deprecations: readonly string[];
}

/**
 * Reads and validates every input. Secrets are masked as the very first thing, before any check could put them
 * into an error message.
 */
export async function readInputs(io: ActionIo): Promise<ActionInputs> {
  const clientSecret = io.getInput('client-secret');
  const accessToken = io.getInput('access-token');
  const githubToken = io.getInput('github-token');
  for (const secret of [clientSecret, accessToken, githubToken]) maskSecret(io, secret);

  const paths = lines(io.getInput('path'));
  const domain = io.getInput('domain');
  const clientId = io.getInput('client-id');
  if (paths.length > 0 && domain !== '') {
    throw new UsageError('give either "path" (export files or folders) or "domain" (a live audit), not both; use two steps to do both');
  }
  // The Action always writes SARIF, one run per path.
  const sarifRefused = tooManySarifRuns(paths.length);
  if (sarifRefused) throw new UsageError(`"path": ${sarifRefused} (use several steps, each with its own "sarif-file")`);
  if (paths.length === 0 && domain === '') {
    throw new UsageError(
      'no input: set "path" to a deploy-cli export (tenant.yaml or a folder), an API dump or a Terraform folder, or "domain" with credentials for a live audit',
    );
  }
  let live: LiveCredentials | undefined;
  const customDomain = io.getInput('custom-domain');
  if (domain !== '') live = { ...liveCredentials(domain, clientId, clientSecret, accessToken), ...(customDomain !== '' ? { customDomain } : {}) };
  else {
    const stray = [
      ['client-id', clientId],
      ['client-secret', clientSecret],
      ['access-token', accessToken],
      ['custom-domain', customDomain],
      ['compare-with', io.getInput('compare-with')],
    ].filter(([, value]) => value !== '');
    if (stray.length > 0) throw new UsageError(`"${stray.map(([name]) => name).join('", "')}" only apply to a live audit, which needs "domain"`);
  }

  const workspace = io.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = path.resolve(workspace, io.getInput('working-directory') || '.');
  const info = await stat(workingDirectory).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`"working-directory" is not a directory: ${io.getInput('working-directory')}`);
  // The workspace is the repository being checked; a path (or a committed link) leading out of it would read, or
  // write reports beside, files of the runner.
  if (!insideRepository(workingDirectory, workspace))
    throw new UsageError(`"working-directory" must be inside the workspace: ${io.getInput('working-directory')}`);
  const outside = paths.find((input) => !insideRepository(path.resolve(workingDirectory, input), workspace));
  if (outside !== undefined) throw new UsageError(`"path" must name files inside the workspace (symbolic links included): ${outside}`);
  const compareWith = io.getInput('compare-with');
  if (compareWith !== '' && !insideRepository(path.resolve(workingDirectory, compareWith), workspace)) {
    throw new UsageError(`"compare-with" must name files inside the workspace (symbolic links included): ${compareWith}`);
  }
  const baseline = io.getInput('baseline');
  if (baseline !== '' && !insideRepository(path.resolve(workingDirectory, baseline), workspace)) {
    throw new UsageError(`"baseline" must name a file inside the workspace (symbolic links included): ${baseline}`);
  }
  const rulesDirs: string[] = [];
  for (const dir of lines(io.getInput('rules-dir'))) {
    const absolute = path.resolve(workingDirectory, dir);
    if (!insideRepository(absolute, workspace)) throw new UsageError(`"rules-dir" must name folders inside the workspace (symbolic links included): ${dir}`);
    const found = await stat(absolute).catch(() => undefined);
    if (!found)
      throw new UsageError(`"rules-dir": no such folder: ${dir} (relative to working-directory); give the folder that holds the rule files (*.yml, *.yaml)`);
    if (!found.isDirectory()) throw new UsageError(`"rules-dir": ${dir} is a file, not a folder; give the folder that holds the rule files (*.yml, *.yaml)`);
    rulesDirs.push(path.relative(workspace, absolute) || '.');
  }
  const maxWarnings = io.getInput('max-warnings');
  if (maxWarnings !== '' && !/^(-1|\d+)$/.test(maxWarnings))
    throw new UsageError(`"max-warnings" must be a whole number, or -1 for no limit (got "${maxWarnings}")`);
  const deprecations: string[] = [];
  const flag = (name: string, fallback: boolean): boolean => booleanInput(name, io.getInput(name), fallback, deprecations);
  const onlyNew = io.getInput('only-new');

  return {
    paths,
    ...(live ? { live } : {}),
    ...optional('config', io.getInput('config')),
    configSource: oneOf<'base' | 'head'>('"config-source"', io.getInput('config-source') || 'base', ['base', 'head']),
    failOn: oneOf('"fail-on"', io.getInput('fail-on') || 'error', FAIL_ON),
    ...(maxWarnings !== '' && maxWarnings !== '-1' ? { maxWarnings: Number(maxWarnings) } : {}),
    ...(baseline !== '' ? { baseline: path.relative(workspace, path.resolve(workingDirectory, baseline)) } : {}),
    rulesDirs,
    ...optional('sarifFile', io.getInput('sarif-file')),
    ...optional('findingsFile', io.getInput('findings-file')),
    ...optional('snapshotFile', io.getInput('snapshot-file')),
    ...optional('compareWith', compareWith),
    annotations: flag('annotations', true),
    summary: flag('summary', true),
    comment: flag('comment', false),
    ...(onlyNew === '' || onlyNew === 'auto' ? {} : { onlyNew: booleanInput('only-new', onlyNew, true, deprecations, ', or auto') }),
    workingDirectory,
    ...optional('githubToken', githubToken),
    deprecations,
  };
}

function liveCredentials(domain: string, clientId: string, clientSecret: string, accessToken: string): LiveCredentials {
  if (accessToken !== '' && (clientId !== '' || clientSecret !== '')) {
    throw new UsageError('give either "access-token" or "client-id" with "client-secret" for the live audit, not both');
  }
  if (accessToken !== '') return { domain, accessToken };
  if (clientId === '' || clientSecret === '') {
    throw new UsageError(
      'a live audit needs "client-id" and "client-secret" (a machine-to-machine application with read:clients, read:resource_servers and read:client_grants), or "access-token"',
    );
  }
  return { domain, clientId, clientSecret };
}

/**
 * The runner masks exact strings; a secret may also travel URL-encoded (a form body) or JSON-escaped (an error body
 * that echoes it), so those forms are masked too.
 */
export function maskSecret(io: ActionIo, secret: string | undefined): void {
  if (!secret) return;
  for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) io.setSecret(form);
}

// YAML 1.2's booleans, which @actions/core's getBooleanInput accepts: the GitHub convention.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
// What earlier versions accepted, in any case: still read, with a deprecation note.
const OLD_TRUE = ['on', 'yes', 'true'];
const OLD_FALSE = ['off', 'no', 'false'];

/** A boolean input: true or false; the older on/off/yes/no still work and are named as deprecated. */
function booleanInput(name: string, value: string, fallback: boolean, deprecations: string[], also = ''): boolean {
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  const lower = value.toLowerCase();
  const old = OLD_TRUE.includes(lower) ? true : OLD_FALSE.includes(lower) ? false : undefined;
  if (old === undefined) throw new UsageError(`"${name}" must be true or false${also} (got "${value}")`);
  deprecations.push(`"${name}: ${value}" is deprecated and will stop working in a future major version; write ${name}: ${old}.`);
  return old;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}
