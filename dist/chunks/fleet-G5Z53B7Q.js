import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  InputError,
  UsageError
} from "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";

// src/app/fleet.ts
import { Worker } from "node:worker_threads";
var QUEUED_PER_THREAD = 2;
async function lintInWorkers(setup, paths, jobs, lintHere) {
  const results = new Array(paths.length);
  let next = 0;
  let firstFailure;
  let broken = false;
  const take = () => !broken && next < (firstFailure?.index ?? paths.length) ? next++ : void 0;
  const fail = (index, error) => {
    if (!firstFailure || index < firstFailure.index) firstFailure = { index, error };
  };
  const workers = Array.from(
    { length: Math.max(0, Math.min(jobs, paths.length) - 1) },
    () => new Worker(workerEntry(), { workerData: setup, ...sourceOptions() })
  );
  const threads = workers.map(
    (worker) => new Promise((resolve, reject) => {
      let queued = 0;
      const feed = () => {
        for (let index = queued < QUEUED_PER_THREAD ? take() : void 0; index !== void 0; index = queued < QUEUED_PER_THREAD ? take() : void 0) {
          queued++;
          worker.postMessage({ index, path: paths[index] });
        }
        if (queued === 0) resolve();
      };
      worker.on("message", (reply) => {
        queued--;
        if ("target" in reply) results[reply.index] = restore(reply.target);
        else fail(reply.index, revive(reply.failure));
        feed();
      });
      const stop = (error) => {
        broken = true;
        reject(error);
      };
      worker.on("error", stop);
      worker.on("exit", (code) => {
        if (code !== 0) stop(new Error(`a lint worker thread stopped with exit code ${code}`));
      });
      feed();
    })
  );
  const here = (async () => {
    for (let index = take(); index !== void 0; index = take()) {
      try {
        const { input: _input, tenant: _tenant, ...target } = await lintHere(paths[index]);
        results[index] = target;
      } catch (error) {
        fail(index, error);
      }
    }
  })();
  try {
    await Promise.all([here, ...threads]);
  } finally {
    broken = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (firstFailure) throw firstFailure.error;
  return results;
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
