import { parentPort, workerData } from 'node:worker_threads';
import type { FleetReply, FleetSetup, PortableTarget } from './fleet.js';
import { PathQueue } from './fleet-queue.js';
import { lintPath, withoutModel } from './lint.js';
import { openProject, type Project } from './project.js';

// One thread of a fleet run (fleet.ts): opens the project as the main thread did, then lints the paths it takes
// from the shared queue until none is left.
const setup = workerData as FleetSetup;
const queue = new PathQueue(setup.queue);
let project: Promise<Project> | undefined;

void (async () => {
  for (let index = queue.take(); index !== undefined; index = queue.take()) parentPort!.postMessage(await answer(index));
  parentPort!.postMessage({ done: true } satisfies FleetReply);
})();

async function answer(index: number): Promise<FleetReply> {
  try {
    project ??= openProject(setup.project);
    const target = withoutModel(await lintPath(await project, setup.paths[index]!, setup.request));
    const portable: PortableTarget = {
      ...target,
      errors: target.errors.map(({ message, file, line, column }) => ({ message, file, line, column })),
    };
    return { index, target: portable };
  } catch (error) {
    // No later path is started, as in a serial run (the main thread decides which failure ends the run).
    queue.stopAt(index);
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { index, failure: { name, message, ...(stack !== undefined ? { stack } : {}) } };
  }
}
