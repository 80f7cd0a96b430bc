import type { AnyRule } from '../engine/rule.js';
import { type Config } from '../config/load-config.js';
import { type ResolvedSettings } from '../config/settings.js';
export interface ProjectOptions {
    /** Inputs, globs and reports are relative to this folder; the configuration is looked for here and above. */
    readonly cwd: string;
    /** `--config FILE` / the Action's `config`; otherwise the nearest .a0lint.yml is used. */
    readonly configFile?: string;
    /** `--no-config`: built-in defaults only. */
    readonly noConfig?: boolean;
    /** `--rules-dir DIR` (repeatable). */
    readonly rulesDirs?: readonly string[];
}
/** The configuration a run works under, with the rules it knows. Opened once per run, before any input is read. */
export interface Project {
    readonly cwd: string;
    /** What it was opened with: a worker thread opens the same project again from these. */
    readonly options: ProjectOptions;
    readonly config: Config;
    /** Built-in and custom rules: what runs over each tenant. */
    readonly lintRules: readonly AnyRule[];
    /** Everything a finding can come from, for reporters (SARIF rule descriptors): lint rules and configuration rules. */
    readonly reportRules: readonly AnyRule[];
    /** The configuration's settings for one input, named as the user named it (a path, or a live tenant's host). */
    settingsFor(inputName: string): ResolvedSettings;
}
export declare function openProject(options: ProjectOptions): Promise<Project>;
