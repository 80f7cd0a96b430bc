import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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
export function workerThreadsFor(paths: readonly string[], cwd: string, jobs: number, workPerThread = WORK_PER_THREAD): number {
  const most = Math.max(0, Math.min(jobs, paths.length) - 1);
  let seconds = 0;
  for (const input of paths) {
    const needed = most * workPerThread - seconds;
    if (needed <= 0) break;
    seconds += estimatedSeconds(path.resolve(cwd, input), needed);
  }
  return Math.min(most, Math.floor(seconds / workPerThread));
}

/** Queued work, in seconds of one core, that pays for starting a worker thread: about three times its start-up. */
export const WORK_PER_THREAD = 1.2;

/** Seconds of one core per MB of a file, by what reads it. */
const SECONDS_PER_MB = { json: 0.05, yaml: 0.11, terraform: 0.55 } as const;
/** A directory export costs by its files (thousands of small ones), not by their bytes. */
const SECONDS_PER_EXPORT_FILE = 0.00004;

/**
 * One input's estimated lint time, counted no further than `enough` seconds; 0 for what cannot be read (it is an
 * input error, found at once).
 */
function estimatedSeconds(absolute: string, enough: number): number {
  try {
    const info = statSync(absolute);
    if (!info.isDirectory()) return fileSeconds(absolute, info.size);
    const top = readdirSync(absolute, { withFileTypes: true });
    const tf = top.filter((entry) => entry.isFile() && entry.name.endsWith('.tf'));
    // A folder of .tf files is a Terraform configuration (the loader tells the two apart more carefully; for an
    // estimate, the .tf files are what costs).
    if (tf.length > 0)
      return tf.reduce((total, entry) => total + fileSeconds(path.join(absolute, entry.name), statSync(path.join(absolute, entry.name)).size), 0);
    return filesBelow(absolute, Math.ceil(enough / SECONDS_PER_EXPORT_FILE)) * SECONDS_PER_EXPORT_FILE;
  } catch {
    return 0;
  }
}

function fileSeconds(file: string, bytes: number): number {
  const rate = /\.ya?ml$/i.test(file) ? SECONDS_PER_MB.yaml : /\.tf$/i.test(file) ? SECONDS_PER_MB.terraform : SECONDS_PER_MB.json;
  return (bytes / 2 ** 20) * rate;
}

/** The files below a folder, up to `most`; hidden folders (.git) and node_modules hold no part of an export. */
function filesBelow(folder: string, most: number): number {
  let files = 0;
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined && files < most; dir = pending.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile()) files++;
      else if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(path.join(dir, entry.name));
    }
  }
  return files;
}
