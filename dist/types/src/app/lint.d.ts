import type { AnyRule } from '../engine/rule.js';
import { type Target } from '../engine/target.js';
import { type LoadOptions } from '../loaders/load.js';
import { type GivenSettings } from './input-settings.js';
import type { LiveSource } from './live.js';
import { type Project, type ProjectOptions } from './project.js';
/** How files are read: `--input-format`, `--max-file-size`, `--max-aliases`, and `--deploy-config`'s AUTH0_BASE_PATH. */
export type ReadOptions = Pick<LoadOptions, 'format' | 'maxFileSize' | 'yaml' | 'basePath'>;
/** One run: which inputs, with which settings, and what to accept afterwards. */
export interface LintRequest extends GivenSettings {
    /** Export files or folders and API dumps, relative to the project's folder; each is its own target. */
    readonly paths?: readonly string[];
    /** A live tenant to audit (one target, named by its host). */
    readonly live?: LiveSource;
    readonly read?: ReadOptions;
    /**
     * Read the paths from this copy of the project's folder instead (a pull request's base): inputs keep their names,
     * so the configuration's globs and the findings' files are the same as for the original.
     */
    readonly readFrom?: string;
    /** The day ignore entries expire against (a clock the tests can set); today when not given. */
    readonly now?: Date;
    /** `--baseline FILE`. */
    readonly baseline?: string;
    /** `--update-baseline FILE`. */
    readonly updateBaseline?: string;
    /**
     * `--jobs`: lint several paths at once on up to this many threads (1: one after another on this thread). Given
     * at all, the targets carry no loaded input and no model: a thread keeps them, and a serial run drops each as soon
     * as its findings are made, so that a fleet holds one tenant's model at a time, not all of them. A caller that
     * needs the models (the Action's access changes) leaves `jobs` out.
     */
    readonly jobs?: number;
}
/** What decides how one path is linted (settings given, how to read): all a worker thread is told besides the project. */
export type PathRequest = Omit<LintRequest, 'paths' | 'live' | 'now' | 'baseline' | 'updateBaseline' | 'jobs'>;
/** The result of a run: one entry per input (and one for configuration findings), and the rules reports describe. */
export interface LintRun {
    readonly targets: readonly Target[];
    readonly rules: readonly AnyRule[];
    /** Things the user should know about this run (ignored and baseline counts, notices), one line each. */
    readonly notes: readonly string[];
    /** The live snapshot file written, which SARIF anchors live findings to. */
    readonly anchorFile?: string;
}
/** The library's entry: opens the project's configuration, lints every input and applies what it accepts. */
export declare function lint(request: LintRequest & ProjectOptions): Promise<LintRun>;
/** Lints with a project already opened (the CLI opens it first for --list-rules and --print-config). */
export declare function lintProject(project: Project, request: LintRequest): Promise<LintRun>;
/** A target without its loaded input and model: what reports read, so that both can be collected now. */
export declare function withoutModel(target: Target): Target;
/** One path as a target; `name` is what the configuration and reports call it, when it was read from elsewhere. */
export declare function lintPath(project: Project, path: string, request: PathRequest, name?: string): Promise<Target>;
