import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  PathQueue
} from "./chunk-HTFOBBJA.js";
import {
  withoutModel
} from "./chunk-UOSP3FOZ.js";
import "./chunk-VOT76SFD.js";
import "./chunk-2SIURFMV.js";
import "./chunk-7VWSDUZZ.js";
import "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-AWSW6I4B.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import {
  InputError,
  UsageError
} from "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";

// src/app/fleet.ts
import { Worker } from "node:worker_threads";

// src/app/fleet-plan.ts
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
function workerThreadsFor(paths, cwd, jobs, workPerThread = WORK_PER_THREAD) {
  const most = Math.max(0, Math.min(jobs, paths.length) - 1);
  let seconds = 0;
  for (const input of paths) {
    const needed = most * workPerThread - seconds;
    if (needed <= 0) break;
    seconds += estimatedSeconds(path.resolve(cwd, input), needed);
  }
  return Math.min(most, Math.floor(seconds / workPerThread));
}
var WORK_PER_THREAD = 1.2;
var SECONDS_PER_MB = { json: 0.05, yaml: 0.11, terraform: 0.55 };
var SECONDS_PER_EXPORT_FILE = 4e-5;
function estimatedSeconds(absolute, enough) {
  try {
    const info = statSync(absolute);
    if (!info.isDirectory()) return fileSeconds(absolute, info.size);
    const top = readdirSync(absolute, { withFileTypes: true });
    const tf = top.filter((entry) => entry.isFile() && entry.name.endsWith(".tf"));
    if (tf.length > 0)
      return tf.reduce((total, entry) => total + fileSeconds(path.join(absolute, entry.name), statSync(path.join(absolute, entry.name)).size), 0);
    return filesBelow(absolute, Math.ceil(enough / SECONDS_PER_EXPORT_FILE)) * SECONDS_PER_EXPORT_FILE;
  } catch {
    return 0;
  }
}
function fileSeconds(file, bytes) {
  const rate = /\.ya?ml$/i.test(file) ? SECONDS_PER_MB.yaml : /\.tf$/i.test(file) ? SECONDS_PER_MB.terraform : SECONDS_PER_MB.json;
  return bytes / 2 ** 20 * rate;
}
function filesBelow(folder, most) {
  let files = 0;
  const pending = [folder];
  for (let dir = pending.pop(); dir !== void 0 && files < most; dir = pending.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile()) files++;
      else if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") pending.push(path.join(dir, entry.name));
    }
  }
  return files;
}

// src/app/fleet.ts
async function lintInWorkers(setup, paths, jobs, lintHere, workPerThread) {
  const results = new Array(paths.length);
  const queue = PathQueue.of(paths.length);
  let firstFailure;
  const fail = (index, error) => {
    queue.stopAt(index);
    if (!firstFailure || index < firstFailure.index) firstFailure = { index, error };
  };
  const workerData = { ...setup, paths, queue: queue.buffer };
  const count = workerThreadsFor(paths, setup.request.readFrom ?? setup.project.cwd, jobs, workPerThread);
  if (lintHere === void 0 && count === 0 && paths.length > 0) throw new Error("a fleet run that keeps this thread free needs a worker thread");
  const workers = Array.from({ length: count }, () => new Worker(workerEntry(), { workerData, ...sourceOptions() }));
  const threads = workers.map(
    (worker) => new Promise((resolve, reject) => {
      worker.on("message", (reply) => {
        if ("done" in reply) resolve();
        else if ("target" in reply) results[reply.index] = restore(reply.target);
        else fail(reply.index, revive(reply.failure));
      });
      const stop = (error) => {
        queue.stopAt(0);
        reject(error);
      };
      worker.on("error", stop);
      worker.on("exit", (code) => {
        if (code !== 0) stop(new Error(`a lint worker thread stopped with exit code ${code}`));
      });
    })
  );
  const here = (async () => {
    if (lintHere === void 0) return;
    for (let index = queue.take(); index !== void 0; index = queue.take()) {
      try {
        results[index] = withoutModel(await lintHere(paths[index]));
      } catch (error) {
        fail(index, error);
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
  return { targets: results, workers: workers.length };
}
function restore(target) {
  return { ...target, errors: target.errors.map((error) => new InputError(error.message, error.file, error.line, error.column)) };
}
function revive(failure) {
  const error = failure.name === "UsageError" ? new UsageError(failure.message) : failure.name === "InputError" ? new InputError(failure.message) : new Error(failure.message);
  if (failure.stack !== void 0) error.stack = failure.stack;
  return error;
}
function workerEntry() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new URL("./fleet-worker.ts", here);
  return new URL(/\/chunks\/[^/]*$/.test(here) ? "../fleet-worker.js" : "./fleet-worker.js", here);
}
function sourceOptions() {
  if (!import.meta.url.endsWith(".ts")) return {};
  return { execArgv: ["--import", new URL("../../scripts/source-hooks.mjs", import.meta.url).href] };
}
export {
  lintInWorkers
};
