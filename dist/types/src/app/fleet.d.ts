import type { Target } from '../engine/target.js';
import { type PathRequest } from './lint.js';
import type { ProjectOptions } from './project.js';
/** What a worker answers: each path's target, or the failure that ended it, by its place in the run; then that it is done. */
export type FleetReply = {
    readonly index: number;
    readonly target: PortableTarget;
} | {
    readonly index: number;
    readonly failure: {
        readonly name: string;
        readonly message: string;
        readonly stack?: string;
    };
} | {
    readonly done: true;
};
/**
 * A target as it crosses to the main thread: findings and errors, without the loaded input and the model (large,
 * and holding functions). Nothing after linting reads them: reports and ignore entries work from the findings, the
 * errors and the category, and an input was read completely exactly when it has no errors.
 */
export interface PortableTarget extends Omit<Target, 'input' | 'tenant' | 'errors'> {
    readonly errors: ReadonlyArray<{
        readonly message: string;
        readonly file?: string;
        readonly line?: number;
        readonly column?: number;
    }>;
}
/** What a worker is started with: how to lint, every path, and the queue they are taken from (a PathQueue's memory). */
export interface FleetSetup {
    readonly project: ProjectOptions;
    readonly request: PathRequest;
    readonly paths: readonly string[];
    readonly queue: SharedArrayBuffer;
}
/** A fleet run's targets, in the order of the paths, and how many worker threads it started. */
export interface FleetRun {
    readonly targets: Target[];
    readonly workers: number;
}
/**
 * Lints the paths on up to `jobs` threads, this one included (it has the project open and its code compiled), and
 * gives the targets in the order of the paths: the same targets, findings and errors a serial run gives. Worker
 * threads are started only for as much queued work as pays for their start-up (fleet-plan.ts; `workPerThread`
 * seconds each): a fleet too small for one is linted here alone. Every thread takes the next path from a shared
 * queue when it is free, so one large tenant does not hold back the small ones. Without `lintHere` this thread only
 * waits (a caller that must stay responsive, and the tests that prove what crosses from a worker). A failure that is not an input
 * error (a bug, an unusable option) ends the run as in a serial run: once the paths before it are done (they could
 * fail first), the first such failure in path order is thrown; no later path is started.
 */
export declare function lintInWorkers(setup: Omit<FleetSetup, 'paths' | 'queue'>, paths: readonly string[], jobs: number, lintHere: ((path: string) => Promise<Target>) | undefined, workPerThread?: number): Promise<FleetRun>;
