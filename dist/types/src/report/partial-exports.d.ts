import type { Target } from '../engine/target.js';
/**
 * What no deploy-cli export can show: deploy-cli never exports the Auth0 Management API resource server, nor the
 * client grants of the application it runs as, which is usually the most privileged one in the tenant. Said once
 * per run (summary line, JSON `summary`, SARIF run property), not as a finding per entity.
 */
export declare const PARTIAL_EXPORT_NOTE: string;
/** The inputs of a run that are deploy-cli exports (YAML or directory), by path. */
export declare function partialExports(targets: readonly Target[]): string[];
export declare function isExport(target: Target): boolean;
