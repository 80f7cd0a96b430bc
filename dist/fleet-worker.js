import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  lintPath,
  openProject
} from "./chunks/chunk-7F6E5GWU.js";
import "./chunks/chunk-VOT76SFD.js";
import "./chunks/chunk-5NGIJPFH.js";
import "./chunks/chunk-IASGJHMI.js";
import "./chunks/chunk-G7Z52VHB.js";
import "./chunks/chunk-GX3D6AB4.js";
import "./chunks/chunk-AWSW6I4B.js";
import "./chunks/chunk-TD6S3IHV.js";
import "./chunks/chunk-MCUWJE3M.js";
import "./chunks/chunk-XRYI6CKN.js";
import "./chunks/chunk-N4EBYNR2.js";
import "./chunks/chunk-IVFPU7VL.js";
import "./chunks/chunk-KHZTPSLG.js";

// src/app/fleet-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var project;
parentPort.on("message", (task) => {
  void answer(task).then((reply) => parentPort.postMessage(reply));
});
async function answer({ index, path }) {
  try {
    project ??= openProject(setup.project);
    const { input: _input, tenant: _tenant, ...target } = await lintPath(await project, path, setup.request);
    const portable = {
      ...target,
      errors: target.errors.map(({ message, file, line, column }) => ({ message, file, line, column }))
    };
    return { index, target: portable };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { index, failure: { name, message, ...stack !== void 0 ? { stack } : {} } };
  }
}
