import { Ajv, type ValidateFunction } from 'ajv';
import { systemErrorWords } from '../shared/system-error.js';
import path from 'node:path';
import baselineSchema from '../../schemas/a0lint-baseline.schema.json' with { type: 'json' };
import { assertValid, readLocatedDocument } from '../config/located-document.js';
import { configRelative } from '../config/globs.js';
import type { Finding, FindingEntity } from '../engine/finding.js';
import type { Target } from '../engine/target.js';
import { displayPath } from '../loaders/load.js';
import { UnsafeDestination, writeFileSafely } from '../io/safe-write.js';
import { InputError } from '../shared/errors.js';

/** One accepted finding. Matching uses target + fingerprint only; the rest is there for people reviewing the diff. */
export interface BaselineEntry {
  readonly target: string;
  readonly ruleId: string;
  readonly entity?: FindingEntity;
  readonly fingerprint: string;
  readonly summary: string;
}

export interface Baseline {
  readonly version: 1;
  readonly findings: readonly BaselineEntry[];
}

/**
 * Today's findings as a baseline, sorted by target, rule and entity so the file diffs well. Targets are paths
 * relative to the baseline file, so it works from any working directory. Identical findings appear once each:
 * counts matter when matching.
 */
export function createBaseline(targets: readonly Target[], baselineFile: string, cwd: string): Baseline {
  const baseDir = path.dirname(path.resolve(cwd, baselineFile));
  const findings = targets.flatMap((target) =>
    target.findings.map((finding): BaselineEntry => ({
      target: targetKey(baseDir, cwd, target.path),
      ruleId: finding.ruleId,
      ...(finding.entity ? { entity: { ...finding.entity } } : {}),
      fingerprint: finding.fingerprint,
      summary: finding.message,
    })),
  );
  const sortKey = (entry: BaselineEntry): string[] => [entry.target, entry.ruleId, entry.entity?.kind ?? '', entry.entity?.key ?? '', entry.fingerprint];
  findings.sort((a, b) => compareLists(sortKey(a), sortKey(b)));
  return { version: 1, findings };
}

function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export async function writeBaseline(baseline: Baseline, file: string, cwd: string): Promise<void> {
  // Never through a symbolic link (see safe-write.ts). A file system refusal is the user's to fix: exit 2, one line.
  await writeFileSafely(path.resolve(cwd, file), [formatBaseline(baseline)]).catch((error: NodeJS.ErrnoException) => {
    if (typeof error.syscall !== 'string' && !(error instanceof UnsafeDestination) && error.code !== 'ENOTDIR') throw error;
    throw new InputError(
      `cannot write the baseline: ${error instanceof UnsafeDestination ? error.message : systemErrorWords(error)}`,
      displayPath(cwd, path.resolve(cwd, file)),
    );
  });
}

let validateBaseline: ValidateFunction | undefined;

export async function readBaseline(file: string, cwd: string): Promise<Baseline> {
  const absolute = path.resolve(cwd, file);
  const document = await readLocatedDocument(absolute, displayPath(cwd, absolute), 'baseline');
  validateBaseline ??= new Ajv({ allErrors: false, strict: true }).compile(baselineSchema);
  assertValid(validateBaseline, document);
  return document.data as Baseline;
}

/**
 * Removes findings the baseline already holds. Each entry absorbs at most one finding with the same target and
 * fingerprint, so a second identical finding is new, and a finding in another input or entity never matches
 * (the fingerprint holds rule, entity and property, never line numbers, so reformatting and reordering do not
 * make a known finding new).
 */
export function applyBaseline(
  targets: readonly Target[],
  baseline: Baseline,
  baselineFile: string,
  cwd: string,
): { targets: Target[]; matched: number; stale: number } {
  const baseDir = path.dirname(path.resolve(cwd, baselineFile));
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) {
    const key = `${entry.target}\u0000${entry.fingerprint}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  let matched = 0;
  const linted = new Set<string>();
  const filtered = targets.map((target) => {
    if (target.errors.length === 0) linted.add(targetKey(baseDir, cwd, target.path));
    const prefix = `${targetKey(baseDir, cwd, target.path)}\u0000`;
    const findings = target.findings.filter((finding: Finding) => {
      const key = prefix + finding.fingerprint;
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      matched++;
      return false;
    });
    return { ...target, findings };
  });
  // Entries of inputs read completely in this run that matched nothing: findings fixed since the baseline.
  let stale = 0;
  for (const [key, left] of remaining) if (linted.has(key.slice(0, key.indexOf('\u0000')))) stale += left;
  return { targets: filtered, matched, stale };
}

function targetKey(baseDir: string, cwd: string, targetPath: string): string {
  return configRelative(baseDir, path.resolve(cwd, targetPath)) || '.';
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return a[index]! < b[index]! ? -1 : 1;
  }
  return 0;
}
