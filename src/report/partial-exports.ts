import type { Target } from '../engine/target.js';

/**
 * What no deploy-cli export can show: deploy-cli never exports the Auth0 Management API resource server, nor the
 * client grants of the application it runs as, which is usually the most privileged one in the tenant. Said once
 * per run (summary line, JSON `summary`, SARIF run property), not as a finding per entity.
 */
export const PARTIAL_EXPORT_NOTE =
  'deploy-cli exports leave out the Auth0 Management API itself and the grants of the application that made the export ' +
  '(usually the most privileged one); a live audit (a0lint --live) reads and checks those too.';

/** The inputs of a run that are deploy-cli exports (YAML or directory), by path. */
export function partialExports(targets: readonly Target[]): string[] {
  return targets.filter(isExport).map((target) => target.path);
}

export function isExport(target: Target): boolean {
  return target.format === 'yaml' || target.format === 'directory';
}
