import path from 'node:path';
import { openProject, type Project } from '../app/project.js';
import { findConfigFile } from '../config/load-config.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';

/**
 * The workspace as a project: paths are shown relative to it (as annotations and SARIF need them), and the
 * configuration is the one named by "config", else the nearest to the working directory.
 */
export async function openWorkspace(inputs: ActionInputs, io: ActionIo): Promise<Project> {
  const root = path.resolve(io.env.GITHUB_WORKSPACE ?? inputs.workingDirectory);
  const configFile = inputs.config === undefined ? await findConfigFile(inputs.workingDirectory) : path.resolve(inputs.workingDirectory, inputs.config);
  return openProject({ cwd: root, ...(configFile !== undefined ? { configFile } : {}), rulesDirs: inputs.rulesDirs });
}
