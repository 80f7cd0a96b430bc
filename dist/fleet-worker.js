import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  PathQueue
} from "./chunks/chunk-HTFOBBJA.js";
import {
  lintPath,
  openProject,
  withoutModel
} from "./chunks/chunk-UOSP3FOZ.js";
import "./chunks/chunk-VOT76SFD.js";
import "./chunks/chunk-2SIURFMV.js";
import "./chunks/chunk-7VWSDUZZ.js";
import "./chunks/chunk-3O7BZ777.js";
import "./chunks/chunk-GX3D6AB4.js";
import "./chunks/chunk-AWSW6I4B.js";
import "./chunks/chunk-TD6S3IHV.js";
import "./chunks/chunk-56AKXYQB.js";
import "./chunks/chunk-XZXQAQVD.js";
import "./chunks/chunk-RTYLSBLV.js";
import "./chunks/chunk-KHZTPSLG.js";

// src/app/fleet-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var queue = new PathQueue(setup.queue);
var project;
void (async () => {
  for (let index = queue.take(); index !== void 0; index = queue.take()) parentPort.postMessage(await answer(index));
  parentPort.postMessage({ done: true });
})();
async function answer(index) {
  try {
    project ??= openProject(setup.project);
    const target = withoutModel(await lintPath(await project, setup.paths[index], setup.request));
    const portable = {
      ...target,
      errors: target.errors.map(({ message, file, line, column }) => ({ message, file, line, column }))
    };
    return { index, target: portable };
  } catch (error) {
    queue.stopAt(index);
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { index, failure: { name, message, ...stack !== void 0 ? { stack } : {} } };
  }
}
