import type { RuleSetting, RuleSettings } from '../engine/run-rules.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import type { Project } from './project.js';
/** Settings the caller gives for every input (command-line flags, library options); they win over the configuration. */
export interface GivenSettings {
    /** `--tenant-domain`: replaces the configured domain. */
    readonly tenantDomain?: string;
    /** `--mappings` / `--deploy-config`: entries replace configured entries with the same key. */
    readonly mappings?: KeywordMappings;
    /** Rule settings by rule id that replace the configuration's (the library API's way to set a rule). */
    readonly rules?: ReadonlyMap<string, RuleSetting>;
}
/** Everything that decides how one input is linted. */
export interface InputSettings {
    readonly rules: RuleSettings;
    readonly tenantDomain?: string;
    readonly mappings: KeywordMappings;
    /** AUTH0_BASE_PATH of the deploy-cli config the configuration names for this input (absolute). */
    readonly basePath?: string;
}
/**
 * The one place an input's settings are decided, for files and live tenants alike, whichever shell runs a0lint.
 * `inputName` is what the configuration's `files` globs match: the path as given, or a live tenant's host name.
 */
export declare function inputSettings(project: Project, inputName: string, given?: GivenSettings): InputSettings;
