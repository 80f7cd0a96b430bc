import path from 'node:path';
import type { Target } from '../engine/target.js';

/** What of the base commit a pull request's input is compared with. */
export interface BaseInput {
  /** The path linted at the base, relative to the workspace. */
  readonly lint: string;
  /** The paths the base copy needs, relative to the workspace. */
  readonly copy: readonly string[];
}

/**
 * Terraform inputs need more of the base than their own path. A configuration calls modules in other folders of
 * the repository: those folders are copied too. A plan or state JSON is generated in CI and not committed, so its
 * base is the configuration beside it: findings from a plan and from its sources share fingerprints (same entity
 * keys and paths), so what the pull request introduces is still told apart.
 */
export function terraformBaseInputs(targets: readonly Target[], inputPaths: readonly string[], root: string): Map<string, BaseInput> {
  const plans = new Map<string, BaseInput>();
  const inWorkspace = (absolute: string): string | undefined => {
    const relative = path.relative(root, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/') || '.';
  };
  for (const input of inputPaths) {
    const terraform = targets.find((target) => target.path === input)?.input?.terraform;
    if (!terraform) continue;
    const configuration = terraform.configuration !== undefined ? inWorkspace(terraform.configuration) : undefined;
    const lint = configuration ?? input;
    const folders = terraform.folders.map(inWorkspace).filter((folder): folder is string => folder !== undefined);
    plans.set(input, { lint, copy: [...new Set([lint, ...folders])] });
  }
  return plans;
}
