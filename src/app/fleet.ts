import { Worker } from 'node:worker_threads';
import type { Target } from '../engine/target.js';
import { InputError, UsageError } from '../shared/errors.js';
import { workerThreadsFor } from './fleet-plan.js';
import { PathQueue } from './fleet-queue.js';
import { withoutModel, type PathRequest } from './lint.js';
import type { ProjectOptions } from './project.js';

/** What a worker answers: each path's target, or the failure that ended it, by its place in the run; then that it is done. */
export type FleetReply =
  | { readonly index: number; readonly target: PortableTarget }
  | { readonly index: number; readonly failure: { readonly name: string; readonly message: string; readonly stack?: string } }
  | { readonly done: true };

/**
 * A target as it crosses to the main thread: findings and errors, without the loaded input and the model (large,
 * and holding functions). Nothing after linting reads them: reports and ignore entries work from the findings, the
 * errors and the category, and an input was read completely exactly when it has no errors.
 */
export interface PortableTarget extends Omit<Target, 'input' | 'tenant' | 'errors'> {
  readonly errors: ReadonlyArray<{ readonly message: string; readonly file?: string; readonly line?: number; readonly column?: number }>;
}

/** What a worker is started with: how to lint, every path, and the queue they are taken from (a PathQueue's memory). */
export interface FleetSetup {
  readonly project: ProjectOptions;
  readonly request: PathRequest;
  readonly paths: readonly string[];
  readonly queue: SharedArrayBuffer;
}

/** A fleet run's targets, in the order of the paths, and how many worker threads it started. */
export interface FleetRun {
  readonly targets: Target[];
  readonly workers: number;
}

/**
 * Lints the paths on up to `jobs` threads, this one included (it has the project open and its code compiled), and
 * gives the targets in the order of the paths: the same targets, findings and errors a serial run gives. Worker
 * threads are started only for as much queued work as pays for their start-up (fleet-plan.ts; `workPerThread`
 * seconds each): a fleet too small for one is linted here alone. Every thread takes the next path from a shared
 * queue when it is free, so one large tenant does not hold back the small ones. Without `lintHere` this thread only
 * waits (a caller that must stay responsive, and the tests that prove what crosses from a worker). A failure that is not an input
 * error (a bug, an unusable option) ends the run as in a serial run: once the paths before it are done (they could
 * fail first), the first such failure in path order is thrown; no later path is started.
 */
export async function lintInWorkers(
  setup: Omit<FleetSetup, 'paths' | 'queue'>,
  paths: readonly string[],
  jobs: number,
  lintHere: ((path: string) => Promise<Target>) | undefined,
  workPerThread?: number,
): Promise<FleetRun> {
  const results = new Array<Target | undefined>(paths.length);
  const queue = PathQueue.of(paths.length);
  let firstFailure: { index: number; error: Error } | undefined;
  const fail = (index: number, error: Error): void => {
    queue.stopAt(index);
    if (!firstFailure || index < firstFailure.index) firstFailure = { index, error };
  };
  const workerData: FleetSetup = { ...setup, paths, queue: queue.buffer };
  const count = workerThreadsFor(paths, setup.request.readFrom ?? setup.project.cwd, jobs, workPerThread);
  if (lintHere === undefined && count === 0 && paths.length > 0) throw new Error('a fleet run that keeps this thread free needs a worker thread');
  const workers = Array.from({ length: count }, () => new Worker(workerEntry(), { workerData, ...sourceOptions() }));
  const threads = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (reply: FleetReply) => {
          if ('done' in reply) resolve();
          else if ('target' in reply) results[reply.index] = restore(reply.target);
          else fail(reply.index, revive(reply.failure));
        });
        // A thread that cannot start or dies (out of memory) leaves its paths unlinted: the run cannot go on.
        const stop = (error: Error): void => {
          queue.stopAt(0);
          reject(error);
        };
        worker.on('error', stop);
        worker.on('exit', (code) => {
          if (code !== 0) stop(new Error(`a lint worker thread stopped with exit code ${code}`));
        });
      }),
  );
  const here = (async () => {
    if (lintHere === undefined) return;
    for (let index = queue.take(); index !== undefined; index = queue.take()) {
      try {
        // As the threads give them: without the input and the model, so that both can be collected now.
        results[index] = withoutModel(await lintHere(paths[index]!));
      } catch (error) {
        fail(index, error as Error);
      }
    }
  })();
  try {
    await Promise.all([here, ...threads]);
  } finally {
    queue.stopAt(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (firstFailure) throw firstFailure.error;
  return { targets: results as Target[], workers: workers.length };
}

function restore(target: PortableTarget): Target {
  return { ...target, errors: target.errors.map((error) => new InputError(error.message, error.file, error.line, error.column)) };
}

/** The error a serial run would have thrown, as the CLI tells them apart (usage, input, anything else). */
function revive(failure: { name: string; message: string; stack?: string }): Error {
  const error =
    failure.name === 'UsageError'
      ? new UsageError(failure.message)
      : failure.name === 'InputError'
        ? new InputError(failure.message)
        : new Error(failure.message);
  if (failure.stack !== undefined) error.stack = failure.stack;
  return error;
}

/**
 * The worker's own entry point. In dist/ it is dist/fleet-worker.js, beside cli.js and index.js (this code may be
 * in either of them or in a chunk under dist/chunks/); from the TypeScript sources (tests), the .ts file.
 */
function workerEntry(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('./fleet-worker.ts', here);
  return new URL(/\/chunks\/[^/]*$/.test(here) ? '../fleet-worker.js' : './fleet-worker.js', here);
}

/** From the sources, a thread needs what lets Node run TypeScript (the bundle does not). */
function sourceOptions(): { execArgv?: string[] } {
  if (!import.meta.url.endsWith('.ts')) return {};
  return { execArgv: ['--import', new URL('../../scripts/source-hooks.mjs', import.meta.url).href] };
}
