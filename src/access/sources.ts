import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { git } from '../action/git.js';
import type { LiveIo, LiveValues } from '../cli/live-options.js';
import type { ResolvedSettings } from '../config/settings.js';
import { InputError } from '../loaders/errors.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { loadInput, type InputFormat, type LoadedInput } from '../loaders/load.js';
import type { YamlLimits } from '../loaders/yaml-file.js';
import { buildTenant } from '../model/build-tenant.js';
import { computeAccess } from './compute.js';
import type { AccessTarget } from './report.js';

/** Where an access map comes from: an input path, a commit's version of one (`REV:path`), or the live tenant. */
export type SourceSpec = { readonly kind: 'path'; readonly path: string } | { readonly kind: 'live' };

export interface SourceSettings {
  readonly cwd: string;
  readonly format?: InputFormat;
  readonly tenantDomain?: string;
  readonly mappings: KeywordMappings;
  readonly maxFileSize?: number;
  readonly yaml?: YamlLimits;
  /** The configuration's settings for an input (its tenant domain and mappings apply, as when linting). */
  readonly settingsFor: (inputPath: string) => ResolvedSettings;
  readonly live: LiveValues;
  readonly io: LiveIo;
}

/** Reads one source into its access map; input errors are collected on the target, never thrown. */
export async function readSource(source: SourceSpec, settings: SourceSettings): Promise<AccessTarget> {
  if (source.kind === 'live') return readLiveSource(settings);
  const revision = gitRevision(source.path, settings.cwd);
  if (revision) return readRevision(source.path, revision.rev, revision.path, settings);
  return readPath(source.path, source.path, settings);
}

async function readPath(display: string, inputPath: string, settings: SourceSettings, cwd = settings.cwd): Promise<AccessTarget> {
  const resolved = settings.settingsFor(display);
  let input: LoadedInput;
  try {
    input = await loadInput(inputPath, {
      cwd,
      ...(settings.format ? { format: settings.format } : {}),
      mappings: { ...resolved.mappings, ...settings.mappings },
      ...(settings.maxFileSize !== undefined ? { maxFileSize: settings.maxFileSize } : {}),
      ...(settings.yaml ? { yaml: settings.yaml } : {}),
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { path: display, errors: [error] };
  }
  const tenantDomain = settings.tenantDomain ?? resolved.tenantDomain;
  const tenant = buildTenant(input, tenantDomain !== undefined ? { tenantDomain } : {});
  return { path: display, map: computeAccess(tenant), errors: input.errors };
}

async function readLiveSource(settings: SourceSettings): Promise<AccessTarget> {
  // The HTTP client loads only for live runs.
  const { readLive, writeDump } = await import('../cli/live-options.js');
  const { snapshotToInput } = await import('../live/to-input.js');
  const snapshot = await readLive(settings.live, settings.io);
  if (settings.live.out !== undefined) await writeDump(snapshot, settings.live.out, settings.cwd);
  const input = snapshotToInput(snapshot);
  const tenant = buildTenant(input, { liveDomain: snapshot.domain, ...(settings.tenantDomain !== undefined ? { tenantDomain: settings.tenantDomain } : {}) });
  return { path: input.path, map: computeAccess(tenant), errors: [] };
}

/** `main:tenant.yaml` names a commit's version of a path, unless a file of that name exists. */
function gitRevision(value: string, cwd: string): { rev: string; path: string } | undefined {
  const match = /^([^:\s]+):(.+)$/.exec(value);
  if (!match || existsSync(path.resolve(cwd, value))) return undefined;
  return { rev: match[1]!, path: match[2]! };
}

/** Checks the path out of the commit into a scratch folder (with a scratch index: the checkout stays untouched). */
async function readRevision(display: string, rev: string, relative: string, settings: SourceSettings): Promise<AccessTarget> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'a0lint-access-'));
  try {
    const prefix = await git(settings.cwd, ['rev-parse', '--show-prefix']);
    if (!prefix.ok) return { path: display, errors: [new InputError('not in a git checkout, so REV:path cannot be read', display)] };
    await mkdir(path.join(scratch, 'tree'));
    const checkout = await git(settings.cwd, ['--work-tree', path.join(scratch, 'tree'), 'checkout', rev, '--', `:(literal)${relative}`], {
      GIT_INDEX_FILE: path.join(scratch, 'index'),
    });
    if (!checkout.ok) return { path: display, errors: [new InputError(`git could not read it: ${checkout.stderr.trim().split('\n')[0] ?? ''}`, display)] };
    const tree = path.join(scratch, 'tree');
    return await readPath(display, path.join(tree, prefix.stdout.trim(), relative), settings, path.join(tree, prefix.stdout.trim()));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
