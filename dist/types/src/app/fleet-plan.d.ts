/**
 * How many worker threads a fleet run starts. A worker thread is a second V8 isolate: it loads the bundle, runs its
 * first tenants unoptimised and compiles the hot code again, about 0.4 s of CPU before it lints at the main
 * thread's pace. On inputs that take less than that the run would be slower with it, so one is started for each
 * `workPerThread` seconds of queued work, up to `jobs` threads in all (this one included), all of them before the
 * main thread lints its first path: a large fleet gets its threads at once, a small one none.
 *
 * The work is estimated from the inputs' sizes alone (stat and directory listings, nothing read), at the rates one
 * core lints them on the benchmark's M tenants. The estimate stops once it is large enough for every thread allowed.
 */
export declare function workerThreadsFor(paths: readonly string[], cwd: string, jobs: number, workPerThread?: number): number;
/** Queued work, in seconds of one core, that pays for starting a worker thread: about three times its start-up. */
export declare const WORK_PER_THREAD = 1.2;
