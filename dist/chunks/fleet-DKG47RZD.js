import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  PathQueue
} from "./chunk-HTFOBBJA.js";
import {
  withoutModel
} from "./chunk-2FZRJIN7.js";
import "./chunk-VOT76SFD.js";
import "./chunk-GFZTWZKZ.js";
import "./chunk-7VWSDUZZ.js";
import "./chunk-HA74KO5J.js";
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
async function lintInWorkers(setup, paths, jobs, lintHere) {
  const results = new Array(paths.length);
  const queue = PathQueue.of(paths.length);
  let firstFailure;
  const fail = (index, error) => {
    queue.stopAt(index);
    if (!firstFailure || index < firstFailure.index) firstFailure = { index, error };
  };
  const workerData = { ...setup, paths, queue: queue.buffer };
  const workers = Array.from({ length: Math.max(0, Math.min(jobs, paths.length) - 1) }, () => new Worker(workerEntry(), { workerData, ...sourceOptions() }));
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
