import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { git } from '../io/git.js';
import { InputError } from '../shared/errors.js';
import { loadInput } from '../loaders/load.js';
import type { LoadedInput } from '../model/input.js';
import { buildTenant } from '../model/build-tenant.js';
import { inputSettings, type GivenSettings } from './input-settings.js';
import type { ReadOptions } from './lint.js';
import type { LiveSource } from './live.js';
import type { Project } from './project.js';
import { computeAccess } from '../access/compute.js';
import type { AccessTarget } from '../access/report.js';

/** Where an access map comes from: an input path, a commit's version of one (`REV:path`), or the live tenant. */
export type SourceSpec = { readonly kind: 'path'; readonly path: string } | { readonly kind: 'live' };

export interface SourceSettings {
  /** Its configuration's tenant domain and mappings apply per input, as when linting (inputSettings). */
  readonly project: Project;
  /** The command line's tenant domain and mappings, which win. */
  readonly given: GivenSettings;
  readonly read?: ReadOptions;
  /** The tenant `--live` names, when a source is live. */
  readonly live?: LiveSource;
}

/** Reads one source into its access map; input errors are collected on the target, never thrown. */
export async function readSource(source: SourceSpec, settings: SourceSettings): Promise<AccessTarget> {
  if (source.kind === 'live') return readLiveSource(settings.live!, settings);
  const revision = gitRevision(source.path, settings.project.cwd);
  if (revision) return readRevision(source.path, revision.rev, revision.path, settings);
  return readPath(source.path, source.path, settings);
}

async function readPath(display: string, inputPath: string, settings: SourceSettings, cwd = settings.project.cwd): Promise<AccessTarget> {
  const { mappings, tenantDomain } = inputSettings(settings.project, display, settings.given);
  let input: LoadedInput;
  try {
    input = await loadInput(inputPath, { ...settings.read, cwd, mappings });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { path: display, errors: [error] };
  }
  const tenant = buildTenant(input, tenantDomain !== undefined ? { tenantDomain } : {});
  return { path: display, map: computeAccess(tenant), errors: input.errors };
}

async function readLiveSource(source: LiveSource, settings: SourceSettings): Promise<AccessTarget> {
  // The HTTP client loads only for live runs.
  const { readLiveTenant, writeSnapshot } = await import('./live.js');
  const { snapshotToInput } = await import('../live/to-input.js');
  const snapshot = await readLiveTenant(source);
  if (source.snapshotFile !== undefined) await writeSnapshot(snapshot, source.snapshotFile, settings.project.cwd);
  const input = snapshotToInput(snapshot);
  const { tenantDomain } = inputSettings(settings.project, source.host, settings.given);
  const tenant = buildTenant(input, { liveDomain: snapshot.domain, ...(tenantDomain !== undefined ? { tenantDomain } : {}) });
  return { path: input.path, map: computeAccess(tenant), errors: [] };
}

/** `main:tenant.yaml` names a commit's version of a path, unless a file of that name exists. */
function gitRevision(value: string, cwd: string): { rev: string; path: string } | undefined {
  const match = /^([^:\s]+):(.+)$/.exec(value);
  if (!match || existsSync(path.resolve(cwd, value))) return undefined;
  return { rev: match[1]!, path: match[2]! };
}

/** API dumps, plans and state name no other files: their folder (at the root, the whole commit) is not checked out. */
const NAMES_NO_FILES = /\.(?:json|tfstate)$/i;

/**
 * Checks the path out of the commit into a scratch folder (with a scratch index: the checkout stays untouched). A
 * file comes with the rest of its folder, as the files a YAML export names (Action code, scripts, pages) live there.
 */
async function readRevision(display: string, rev: string, relative: string, settings: SourceSettings): Promise<AccessTarget> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'a0lint-access-'));
  try {
    const prefix = await git(settings.project.cwd, ['rev-parse', '--show-prefix']);
    if (!prefix.ok) return { path: display, errors: [new InputError('not in a git checkout, so REV:path cannot be read', display)] };
    const tree = path.join(scratch, 'tree');
    await mkdir(tree);
    const checkout = (pathspec: string) =>
      git(settings.project.cwd, ['--work-tree', tree, 'checkout', rev, '--', `:(literal)${pathspec}`], { GIT_INDEX_FILE: path.join(scratch, 'index') });
    let done = await checkout(relative);
    const inputPath = path.join(tree, prefix.stdout.trim(), relative);
    if (done.ok && !NAMES_NO_FILES.test(relative) && (await stat(inputPath)).isFile()) done = await checkout(path.dirname(relative));
    if (!done.ok) return { path: display, errors: [new InputError(`git could not read it: ${done.stderr.trim().split('\n')[0] ?? ''}`, display)] };
    return await readPath(display, inputPath, settings, path.join(tree, prefix.stdout.trim()));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
