import type { AnyRule } from './rule.js';
import type { RuleSetting } from './run-rules.js';
/**
 * Named starting points for a configuration, derived from rule metadata only (so a new rule joins them by
 * declaring its default severity and preset). recommended: what a production tenant should pass, every such rule at
 * its default severity; strict: every rule, with notes raised to warnings.
 */
export declare const PRESET_NAMES: readonly ["recommended", "strict"];
export type PresetName = (typeof PRESET_NAMES)[number];
/** The settings a list of presets gives every rule; an empty list turns every rule off. */
export declare function presetSettings(presets: readonly PresetName[], rules: readonly AnyRule[]): Map<string, RuleSetting>;
