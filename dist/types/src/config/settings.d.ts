import type { AnyRule } from '../engine/rule.js';
import type { RuleSettings } from '../engine/run-rules.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import type { Config } from './load-config.js';
/** The settings in force for one input, and why (for --print-config). */
export interface ResolvedSettings {
    /** The input path as the configuration's globs see it. */
    readonly relativePath: string;
    readonly rules: RuleSettings;
    /** Indexes of the overrides that matched, in order. */
    readonly overrides: readonly number[];
    readonly tenantDomain?: string;
    readonly mappings?: KeywordMappings;
    readonly basePath?: string;
}
/**
 * Presets, then `rules`, then every matching override in order: later wins. A severity alone keeps the options
 * set before it (as in ESLint). `extends: []` starts with every rule off.
 */
export declare function resolveSettings(config: Config, rules: readonly AnyRule[], inputPath: string, cwd: string): ResolvedSettings;
/** Presets and `rules`, without overrides: for findings about the configuration itself, which belong to no input. */
export declare function configWideSettings(config: Config, rules: readonly AnyRule[]): RuleSettings;
