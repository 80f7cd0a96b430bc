import type { PresetName } from '../engine/presets.js';
import type { AnyRule } from '../engine/rule.js';
import type { RuleSetting } from '../engine/run-rules.js';
import { InputError } from '../shared/errors.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import type { EntityKind } from '../model/types.js';
import { type LocatedDocument } from './located-document.js';
export interface IgnoreEntry {
    readonly rule: string;
    readonly kind: EntityKind;
    readonly key: string;
    readonly files?: readonly string[];
    readonly reason: string;
    /** YYYY-MM-DD: from this day (UTC) on, the entry no longer applies. */
    readonly expires?: string;
    readonly owner?: string;
    /** Where the entry is written in the configuration file. */
    readonly pointer: string;
}
export interface Override {
    readonly files: readonly string[];
    readonly rules: ReadonlyMap<string, RuleSettingInput>;
    readonly tenantDomain?: string;
    readonly mappings?: KeywordMappings;
    /** AUTH0_BASE_PATH of the deploy-cli config `mappings` names (absolute). */
    readonly basePath?: string;
}
/** A rule setting as written: a severity alone keeps the options set before it. */
export interface RuleSettingInput {
    readonly severity: RuleSetting['severity'];
    readonly options?: object;
}
export interface Config {
    /** The configuration file (display path), absent when no file was found. */
    readonly document?: LocatedDocument;
    /** Globs in the file are relative to this folder. */
    readonly baseDir: string;
    readonly extends: readonly PresetName[];
    readonly rules: ReadonlyMap<string, RuleSettingInput>;
    readonly overrides: readonly Override[];
    readonly tenantDomain?: string;
    readonly mappings?: KeywordMappings;
    /** AUTH0_BASE_PATH of the deploy-cli config `mappings` names (absolute). */
    readonly basePath?: string;
    readonly customRules: readonly string[];
    readonly ignore: readonly IgnoreEntry[];
    /** The repository the configuration file belongs to: files it names must lie inside (see confine.ts). */
    readonly repository?: string;
}
/** What a run uses when there is no configuration file: the recommended preset, each rule at its default severity. */
export declare function defaultConfig(cwd: string): Config;
/** The configuration file for a run: the one named, else the nearest .a0lint.yml in the working directory or above. */
export declare function findConfigFile(cwd: string, named?: string): Promise<string | undefined>;
/**
 * Reads and checks the file's shape, reporting every mistake at once. Rule ids and options are checked later, once
 * custom rules are known; but when the shape is wrong, the built-in rules' ids and options (`knownRules`) are checked
 * now, so that those mistakes are not left for a second run.
 */
export declare function readConfig(file: string, cwd: string, knownRules?: readonly AnyRule[]): Promise<Config>;
/**
 * Every rule id the file names must exist, and options must fit the rule's schema: a typo would otherwise
 * silently turn a rule off, or leave it on, without anyone noticing. All such mistakes are reported together, with
 * `earlier` ones (custom rules that failed to load; then custom rule ids are not judged).
 */
export declare function checkRuleReferences(config: Config, rules: readonly AnyRule[], earlier?: readonly InputError[]): Promise<void>;
