import { Worker } from 'node:worker_threads';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { sourceBundle } from '../helpers/source-bundle.js';
import type { WorkerRequest } from './cli-worker.js';

export interface BoundedRun {
  readonly code: number | null;
  /** Why the run died instead of returning an exit code: out of memory, an uncaught error, or its time limit. */
  readonly crash: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

export interface Bounds {
  /** Wall-clock limit; the run is stopped past it (a worker thread is stopped even inside a loop that never yields). */
  readonly timeoutMs: number;
  /** V8 heap limit: a run that needs more dies with an out-of-memory error instead of swapping the machine. */
  readonly heapMb: number;
}

/**
 * The V8 stack of a process's main thread (about 1 MB; a worker thread's default is 4 MB), so input nested too
 * deeply for a real `a0lint` process overflows here too.
 */
const PROCESS_STACK_MB = 1;

/** A worker thread that loads the bundle once and runs inputs one at a time. */
class CliWorker {
  readonly thread: Worker;
  /** What the CLI wrote to the process's own streams instead of its ports (a bug the tests should see). */
  stray = '';

  constructor(file: string, bounds: Bounds) {
    this.thread = new Worker(file, {
      env: { PATH: process.env.PATH ?? '' },
      resourceLimits: { maxOldGenerationSizeMb: bounds.heapMb, stackSizeMb: PROCESS_STACK_MB },
      stdout: true,
      stderr: true,
    });
    this.thread.stdout.setEncoding('utf8').on('data', (text: string) => (this.stray += text));
    this.thread.stderr.setEncoding('utf8').on('data', (text: string) => (this.stray += text));
    // A crash is reported through the run that caused it; an idle worker has nothing to report.
    this.thread.on('error', () => undefined);
    this.thread.unref();
  }
}

/** Idle workers by heap limit. */
const idle = new Map<number, CliWorker>();

async function workerFor(bounds: Bounds): Promise<CliWorker> {
  const ready = idle.get(bounds.heapMb);
  if (ready) {
    idle.delete(bounds.heapMb);
    return ready;
  }
  return new CliWorker(await sourceBundle('cli-worker'), bounds);
}

/** Ends the idle workers, so a suite's heaps do not outlive it in the test process the next files share. */
export async function stopWorkers(): Promise<void> {
  const workers = [...idle.values()];
  idle.clear();
  await Promise.all(workers.map((worker) => worker.thread.terminate()));
}

/**
 * Runs the CLI, bundled from the sources, in a worker thread under a time and a V8 heap limit: what a process of its
 * own would show (a hang, a crash, memory without bound) without starting Node for every input. A worker that timed
 * out or crashed is discarded; one that answered runs the next input.
 */
export async function runBounded(args: readonly string[], bounds: Bounds, options: { cwd?: string; env?: Record<string, string> } = {}): Promise<BoundedRun> {
  const worker = await workerFor(bounds);
  const { thread } = worker;
  worker.stray = '';
  const started = Date.now();
  const request: WorkerRequest = { args, cwd: options.cwd ?? REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...options.env } };
  return new Promise((resolve) => {
    const finish = (result: Omit<BoundedRun, 'ms' | 'stray'>, reuse: boolean): void => {
      clearTimeout(timer);
      thread.off('message', answered).off('error', failed).off('exit', exited);
      if (reuse && !idle.has(bounds.heapMb)) idle.set(bounds.heapMb, worker);
      else void thread.terminate();
      resolve({ ...result, stderr: result.stderr + worker.stray, ms: Date.now() - started });
    };
    const answered = ({ code, stdout, stderr }: { code: number; stdout: string; stderr: string }): void =>
      finish({ code, crash: null, stdout, stderr, timedOut: false }, true);
    const failed = (error: Error & { code?: string }): void =>
      finish({ code: null, crash: `${error.code ?? error.name}: ${error.message}`, stdout: '', stderr: String(error.stack), timedOut: false }, false);
    const exited = (code: number): void => finish({ code: null, crash: `the worker exited (${code})`, stdout: '', stderr: '', timedOut: false }, false);
    const timer = setTimeout(
      () => finish({ code: null, crash: `stopped after ${bounds.timeoutMs} ms`, stdout: '', stderr: '', timedOut: true }, false),
      bounds.timeoutMs,
    );
    thread.once('message', answered).once('error', failed).once('exit', exited);
    thread.postMessage(request);
  });
}
