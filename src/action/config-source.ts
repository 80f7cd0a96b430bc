import { access, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { openProject, type Project } from '../app/project.js';
import { isInside } from '../config/confine.js';
import { findConfigFile } from '../config/load-config.js';
import { BaseUnavailable } from './base-copy.js';
import { baseTreeFromGit, repositoryTop } from './base-from-git.js';
import type { ActionInputs } from './inputs.js';

/**
 * The project as the pull request's base configures it: its configuration file (the one named by "config", else
 * the nearest to the working directory), and every mappings and rule file it names, read from the base commit's
 * tree in `into`, with the "rules-dir" folders the base has. A base without a configuration file gives the built-in
 * defaults. A pull request therefore cannot switch its own check off: what it changes in the configuration applies
 * once it is merged. Folders the base lacks are named in `notes`.
 */
export async function openBaseProject(inputs: ActionInputs, root: string, sha: string, into: string, notes: string[] = []): Promise<Project> {
  const top = await repositoryTop(root);
  if (!top) throw new BaseUnavailable('the workspace is not a git checkout');
  const topFromRoot = path.relative(await realpath(root), await realpath(top));
  if (topFromRoot.startsWith('..') || path.isAbsolute(topFromRoot)) throw new BaseUnavailable('the repository is not inside the workspace');
  await baseTreeFromGit(top, sha, path.join(into, topFromRoot));
  const working = path.join(into, path.relative(root, path.resolve(inputs.workingDirectory)));
  const named = inputs.config === undefined ? await findConfigFile(working) : path.resolve(working, inputs.config);
  // A file above the copy (found by walking up from it) is not the base's configuration.
  const exists =
    named !== undefined &&
    isInside(into, named) &&
    (await access(named).then(
      () => true,
      () => false,
    ));
  const rulesDirs: string[] = [];
  for (const dir of inputs.rulesDirs) {
    if ((await stat(path.join(into, dir)).catch(() => undefined))?.isDirectory()) rulesDirs.push(dir);
    else
      notes.push(
        `"rules-dir" ${dir} is not in the pull request's base, so its rules do not judge this pull request; they apply once it is merged (config-source: head uses the pull request's own).`,
      );
  }
  return openProject({ cwd: into, ...(exists ? { configFile: named } : { noConfig: true }), rulesDirs });
}
