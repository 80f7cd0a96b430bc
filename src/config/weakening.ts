import type { Finding } from '../engine/finding.js';
import type { AnyRule, Severity } from '../engine/rule.js';
import { fill, fingerprint, type RuleSettings } from '../engine/run-rules.js';
import { joinPointer } from '../model/pointer.js';
import type { Config } from './load-config.js';
import { weakenedConfiguration } from './rules/index.js';

/** What the comparison needs of each side: its configuration and the rule settings it gives each input. */
export interface ConfiguredSide {
  readonly config: Config;
  settingsFor(inputName: string): { readonly rules: RuleSettings };
}

/** One way the head's configuration may check less: where it is in the head's file and what it says. */
export interface Weakening {
  readonly messageId: keyof typeof weakenedConfiguration.meta.messages;
  readonly data: Readonly<Record<string, string>>;
  /** JSON pointer into the head's configuration file (the nearest that exists). */
  readonly pointer: string;
  /** Whether a0lint can tell that it checks less; a changed option may go either way. */
  readonly certain: boolean;
}

/** Rules named in one lowered-rules finding before the rest are counted. */
const MAX_LISTED = 5;

const RANK: Readonly<Record<Severity | 'off', number>> = { off: 0, note: 1, warning: 2, error: 3 };

/**
 * The ways a pull request's configuration checks less than its base's: rules turned off or lowered for an input,
 * rule options changed, ignore entries that are new or changed (a changed entry may cover more), custom-rule files
 * and keyword mappings that are new, gone or changed. Mapping values are never named.
 */
export function configWeakenings(base: ConfiguredSide, head: ConfiguredSide, rules: readonly AnyRule[], inputs: readonly string[]): Weakening[] {
  const found: Weakening[] = [];
  const seen = new Set<string>();
  const add = (weakening: Weakening): void => {
    const key = JSON.stringify([weakening.messageId, { ...weakening.data, input: '' }]);
    if (seen.has(key)) return; // The same change seen through several inputs is one finding.
    seen.add(key);
    found.push(weakening);
  };
  const rulePointer = (id: string): string =>
    head.config.rules.has(id) ? joinPointer('/rules', id) : (overridePointer(head.config, id) ?? (head.config.document?.locate('/extends') ? '/extends' : ''));
  // One finding per changed line and input: `extends: []` lowers every rule at once.
  const lowered = new Map<string, string[]>();
  for (const input of inputs) {
    const before = base.settingsFor(input).rules;
    const after = head.settingsFor(input).rules;
    for (const rule of rules) {
      const { id, defaultSeverity } = rule.meta;
      const was = before.get(id)?.severity ?? defaultSeverity;
      const now = after.get(id)?.severity ?? defaultSeverity;
      if (RANK[now] < RANK[was]) {
        const pointer = rulePointer(id);
        lowered.set(`${input}\u0000${pointer}`, [
          ...(lowered.get(`${input}\u0000${pointer}`) ?? []),
          `rule ${id} is ${now} in the pull request's configuration, ${was} at the base`,
        ]);
      } else if (now !== 'off' && JSON.stringify(before.get(id)?.options ?? null) !== JSON.stringify(after.get(id)?.options ?? null)) {
        add({ messageId: 'options', data: { input, rule: id }, pointer: rulePointer(id), certain: false });
      }
    }
  }
  for (const [key, changes] of lowered) {
    const [input, pointer] = key.split('\u0000') as [string, string];
    const shown = changes.length > MAX_LISTED ? [...changes.slice(0, MAX_LISTED), `${changes.length - MAX_LISTED} more rules are lowered`] : changes;
    add({ messageId: 'lowered', data: { input, changes: shown.join('; ') }, pointer, certain: true });
  }
  const baseIgnores = new Set(base.config.ignore.map(({ pointer: _pointer, ...entry }) => JSON.stringify(entry)));
  for (const { pointer, ...entry } of head.config.ignore) {
    if (baseIgnores.has(JSON.stringify(entry))) continue;
    const files = entry.files ? ` in ${entry.files.join(', ')}` : '';
    add({ messageId: 'ignore', data: { rule: entry.rule, kind: entry.kind, key: entry.key, files }, pointer, certain: true });
  }
  head.config.customRules.forEach((glob, index) => {
    if (!base.config.customRules.includes(glob)) add({ messageId: 'customRuleAdded', data: { glob }, pointer: `/customRules/${index}`, certain: true });
  });
  for (const glob of base.config.customRules.filter((item) => !head.config.customRules.includes(item))) {
    add({ messageId: 'customRuleRemoved', data: { glob }, pointer: head.config.customRules.length > 0 ? '/customRules' : '', certain: true });
  }
  const mappingsOf = (config: Config): Array<Readonly<Record<string, unknown>> | undefined> => [
    config.mappings,
    ...config.overrides.map((override) => override.mappings),
  ];
  if (JSON.stringify(mappingsOf(base.config)) !== JSON.stringify(mappingsOf(head.config))) {
    add({ messageId: 'mappings', data: {}, pointer: head.config.mappings ? '/mappings' : '', certain: true });
  }
  return found;
}

/**
 * The weakenings as findings of weakened-configuration in the head's configuration file, at `severity` (the base's
 * setting for the rule); a change whose direction is unknown is a note.
 */
export function weakeningFindings(weakenings: readonly Weakening[], head: Config, file: string, severity: Severity | 'off'): Finding[] {
  if (severity === 'off') return [];
  const { id, messages } = weakenedConfiguration.meta;
  return weakenings.map((weakening) => {
    const range = head.document?.locate(weakening.pointer);
    return {
      ruleId: id,
      messageId: weakening.messageId,
      severity: weakening.certain ? severity : 'note',
      message: fill(messages[weakening.messageId], weakening.data),
      path: weakening.pointer,
      ...(range && head.document ? { location: { file: head.document.file, ...range } } : {}),
      // What changed, not where: moving lines keeps the fingerprint.
      fingerprint: fingerprint(id, file, weakening.messageId, ...Object.values(weakening.data)),
    };
  });
}

function overridePointer(config: Config, id: string): string | undefined {
  const index = config.overrides.findLastIndex((override) => override.rules.has(id));
  return index >= 0 ? joinPointer('/overrides', index, 'rules', id) : undefined;
}
