import type { Target } from '../engine/target.js';
import type { Project } from './project.js';
export interface FinishOptions {
    /** The day ignore entries expire against. */
    readonly now: Date;
    /** `--baseline FILE`: leave out findings it holds. */
    readonly baseline?: string;
    /** `--update-baseline FILE`: record today's findings there (then leave them out). */
    readonly updateBaseline?: string;
}
/**
 * What the configuration accepts, applied to the linted inputs: ignore entries, then the baseline. Findings about
 * the configuration itself (expired or unused ignore entries) become a target of their own. Notes are for the log.
 */
export declare function finish(project: Project, inputs: readonly Target[], options: FinishOptions): Promise<{
    targets: Target[];
    notes: string[];
}>;
