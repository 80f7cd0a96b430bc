import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../helpers/run-cli.js';

export interface BoundedRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

export interface Bounds {
  /** Wall-clock limit; the process is killed past it. */
  readonly timeoutMs: number;
  /** V8 heap limit: a run that needs more dies with an out-of-memory exit instead of swapping the machine. */
  readonly heapMb: number;
}

/**
 * Bundles the CLI from the current sources into a temporary folder (the committed dist/ may lag behind), so
 * hostile inputs run in a real process with a real time and memory bound.
 */
export async function bundleCli(): Promise<{ cli: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-hardening-'));
  const cli = path.join(dir, 'cli.mjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'src/cli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    loader: { '.md': 'text' },
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  return { cli, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export function runBounded(
  cli: string,
  args: readonly string[],
  bounds: Bounds,
  options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {},
): Promise<BoundedRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${bounds.heapMb}`, cli, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end(options.stdin ?? '');
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, bounds.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}
