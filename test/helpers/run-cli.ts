import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Clock } from '../../src/shared/clock.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process from source, with captured output (fast; for most CLI tests). */
export async function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; clock?: Clock } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { code, stdout, stderr };
}

/** Runs the bundled dist/cli.js as a user would: for the few tests of the shipped artefact (test/dist/, the fleet's worker file). */
export function runDistCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
