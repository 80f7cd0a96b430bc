import path from 'node:path';
import type { AnyRule } from '../engine/rule.js';
import { presetSettings } from '../engine/presets.js';
import type { RuleSetting, RuleSettings } from '../engine/run-rules.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { configRelative, fileMatcher } from './globs.js';
import type { Config, RuleSettingInput } from './load-config.js';

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
export function resolveSettings(config: Config, rules: readonly AnyRule[], inputPath: string, cwd: string): ResolvedSettings {
  const relativePath = configRelative(config.baseDir, path.resolve(cwd, inputPath));
  const settings = presetSettings(config.extends, rules);
  apply(settings, config.rules);
  const matched: number[] = [];
  let { tenantDomain, mappings, basePath } = config;
  config.overrides.forEach((override, index) => {
    if (!fileMatcher(override.files)(relativePath)) return;
    matched.push(index);
    apply(settings, override.rules);
    tenantDomain = override.tenantDomain ?? tenantDomain;
    if (override.mappings) mappings = { ...mappings, ...override.mappings };
    basePath = override.basePath ?? basePath;
  });
  return {
    relativePath,
    rules: settings,
    overrides: matched,
    ...(tenantDomain !== undefined ? { tenantDomain } : {}),
    ...(mappings !== undefined ? { mappings } : {}),
    ...(basePath !== undefined ? { basePath } : {}),
  };
}

/** Presets and `rules`, without overrides: for findings about the configuration itself, which belong to no input. */
export function configWideSettings(config: Config, rules: readonly AnyRule[]): RuleSettings {
  const settings = presetSettings(config.extends, rules);
  apply(settings, config.rules);
  return settings;
}

function apply(settings: Map<string, RuleSetting>, changes: ReadonlyMap<string, RuleSettingInput>): void {
  for (const [id, change] of changes) {
    const before = settings.get(id);
    const options = change.options ?? before?.options;
    settings.set(id, { severity: change.severity, ...(options !== undefined ? { options } : {}) });
  }
}
