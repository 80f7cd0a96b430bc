import type { FindingEntity } from '../engine/finding.js';
import type { Target } from '../engine/target.js';
/** One accepted finding. Matching uses target + fingerprint only; the rest is there for people reviewing the diff. */
export interface BaselineEntry {
    readonly target: string;
    readonly ruleId: string;
    readonly entity?: FindingEntity;
    readonly fingerprint: string;
    readonly summary: string;
}
export interface Baseline {
    readonly version: 1;
    readonly findings: readonly BaselineEntry[];
}
/**
 * Today's findings as a baseline, sorted by target, rule and entity so the file diffs well. Targets are paths
 * relative to the baseline file, so it works from any working directory. Identical findings appear once each:
 * counts matter when matching.
 */
export declare function createBaseline(targets: readonly Target[], baselineFile: string, cwd: string): Baseline;
export declare function writeBaseline(baseline: Baseline, file: string, cwd: string): Promise<void>;
export declare function readBaseline(file: string, cwd: string): Promise<Baseline>;
/**
 * Removes findings the baseline already holds. Each entry absorbs at most one finding with the same target and
 * fingerprint, so a second identical finding is new, and a finding in another input or entity never matches
 * (the fingerprint holds rule, entity and property, never line numbers, so reformatting and reordering do not
 * make a known finding new).
 */
export declare function applyBaseline(targets: readonly Target[], baseline: Baseline, baselineFile: string, cwd: string): {
    targets: Target[];
    matched: number;
    stale: number;
};
