import type { AnyRule, Severity } from '../engine/rule.js';
import type { RuleSettings } from '../engine/run-rules.js';
import type { Config } from './load-config.js';

/** What the comparison needs of each side: its configuration and the rule settings it gives each input. */
export interface ConfiguredSide {
  readonly config: Config;
  settingsFor(inputName: string): { readonly rules: RuleSettings };
}

const RANK: Readonly<Record<Severity | 'off', number>> = { off: 0, note: 1, warning: 2, error: 3 };

/**
 * The ways a pull request's configuration checks less than its base's: rules turned off or lowered for an input,
 * ignore entries that are new or changed (a changed entry may cover more), custom-rule files and keyword mappings
 * that are new, gone or changed. Each is one sentence for the job summary; mapping values are never named.
 */
export function configWeakenings(base: ConfiguredSide, head: ConfiguredSide, rules: readonly AnyRule[], inputs: readonly string[]): string[] {
  const found: string[] = [];
  for (const input of inputs) {
    const before = base.settingsFor(input).rules;
    const after = head.settingsFor(input).rules;
    for (const rule of rules) {
      const was = before.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
      const now = after.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
      if (RANK[now] < RANK[was]) found.push(`${input}: rule ${rule.meta.id} is ${now} in the pull request's configuration, ${was} at the base.`);
    }
  }
  const baseIgnores = new Set(base.config.ignore.map(({ pointer: _pointer, ...entry }) => JSON.stringify(entry)));
  for (const { pointer: _pointer, ...entry } of head.config.ignore) {
    if (!baseIgnores.has(JSON.stringify(entry))) found.push(`New or changed ignore entry: rule ${entry.rule}, ${entry.kind} ${entry.key}${entry.files ? ` in ${entry.files.join(', ')}` : ''}.`);
  }
  const added = (list: readonly string[], from: readonly string[]): string[] => list.filter((item) => !from.includes(item));
  for (const glob of added(head.config.customRules, base.config.customRules)) found.push(`New custom rule path: ${glob}.`);
  for (const glob of added(base.config.customRules, head.config.customRules)) found.push(`Custom rule path removed: ${glob}.`);
  const mappingsOf = (config: Config): Array<Readonly<Record<string, unknown>> | undefined> => [config.mappings, ...config.overrides.map((override) => override.mappings)];
  if (JSON.stringify(mappingsOf(base.config)) !== JSON.stringify(mappingsOf(head.config))) {
    found.push('Keyword mappings changed (their values decide what is checked; they are not shown).');
  }
  return found;
}
