import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process in `cwd` with a fixed clock, as configuration tests need one. */
export async function a0lint(cwd: string, args: readonly string[], now = new Date('2026-06-01T12:00:00Z')): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: {},
    stdoutIsTTY: false,
    now: () => now,
  });
  return { code, stdout, stderr };
}

/** A scratch repository: files by relative path. Removed by the returned function. */
export async function scratchRepo(
  files: Readonly<Record<string, string>>,
): Promise<{ dir: string; write: (file: string, text: string) => Promise<void>; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'a0lint-config-'));
  const write = async (file: string, text: string): Promise<void> => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };
  for (const [file, text] of Object.entries(files)) await write(file, text);
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly entity?: { kind: string; key: string; name?: string };
  readonly location?: { file: string; startLine: number; startColumn: number };
  readonly fingerprint: string;
}

export function findingsOf(run: Run): JsonFinding[] {
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** What `--print-config` prints (the parts tests read). */
export interface PrintedConfig {
  readonly extends: readonly string[];
  readonly rules: Readonly<Record<string, unknown>>;
  readonly ignore: readonly unknown[];
  readonly mappingKeys: readonly string[];
}

export function printedConfig(run: Run): PrintedConfig {
  return JSON.parse(run.stdout) as PrintedConfig;
}

/** `rule severity entity-key file` per finding of the given rules (others are other tests' business), sorted. */
export function summary(run: Run, ruleIds?: readonly string[]): string[] {
  return findingsOf(run)
    .filter((finding) => !ruleIds || ruleIds.includes(finding.ruleId))
    .map((finding) => `${finding.ruleId} ${finding.severity} ${finding.entity?.key ?? '-'} ${finding.location?.file ?? '-'}`)
    .sort();
}
