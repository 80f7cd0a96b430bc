import { parentPort, workerData } from 'node:worker_threads';
import type { FleetReply, FleetSetup, FleetTask, PortableTarget } from './fleet.js';
import { lintPath, withoutModel } from './lint.js';
import { openProject, type Project } from './project.js';

// One thread of a fleet run (fleet.ts): opens the project as the main thread did, then lints the paths it is sent.
const setup = workerData as FleetSetup;
let project: Promise<Project> | undefined;

parentPort!.on('message', (task: FleetTask) => {
  void answer(task).then((reply) => parentPort!.postMessage(reply));
});

async function answer({ index, path }: FleetTask): Promise<FleetReply> {
  try {
    project ??= openProject(setup.project);
    const target = withoutModel(await lintPath(await project, path, setup.request));
    const portable: PortableTarget = {
      ...target,
      errors: target.errors.map(({ message, file, line, column }) => ({ message, file, line, column })),
    };
    return { index, target: portable };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { index, failure: { name, message, ...(stack !== undefined ? { stack } : {}) } };
  }
}
