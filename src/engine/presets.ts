import type { AnyRule } from './rule.js';
import type { RuleSetting } from './run-rules.js';

/**
 * Named starting points for a configuration, derived from rule metadata only (so a new rule joins them by
 * declaring its default severity and preset). recommended: what a production tenant should pass, every such rule at
 * its default severity; strict: every rule, with notes raised to warnings.
 */
export const PRESET_NAMES = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The settings a list of presets gives every rule; an empty list turns every rule off. */
export function presetSettings(presets: readonly PresetName[], rules: readonly AnyRule[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const rule of rules) {
    const strict = presets.includes('strict');
    const severity = strict && rule.meta.defaultSeverity === 'note' ? 'warning' : rule.meta.defaultSeverity;
    const on = strict || (presets.length > 0 && rule.meta.preset !== 'strict');
    settings.set(rule.meta.id, { severity: on ? severity : 'off' });
  }
  return settings;
}
