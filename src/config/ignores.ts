import path from 'node:path';
import type { Finding } from '../engine/finding.js';
import type { AnyRule, Severity } from '../engine/rule.js';
import { fill, fingerprint } from '../engine/run-rules.js';
import type { Target } from '../engine/target.js';
import { configRelative, fileMatcher, keyMatcher } from './globs.js';
import type { Config, IgnoreEntry } from './load-config.js';
import { expiredIgnore, unusedIgnore } from './rules/index.js';

export interface IgnoreOutcome {
  /** The targets with suppressed findings removed. */
  readonly targets: Target[];
  readonly suppressed: number;
  /** expired-ignore and unused-ignore findings, located in the configuration file. */
  readonly findings: Finding[];
}

/** The day (UTC) an expiry is compared with: an entry that expires on this day no longer applies. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Applies the configuration's ignore entries to the run's findings. Pure: the clock is an argument, so expiry is
 * tested without waiting for a date. Severity of the two configuration rules comes from the settings (they can be
 * raised to error, or turned off, like any rule).
 */
export function applyIgnores(
  targets: readonly Target[],
  config: Config,
  options: { now: Date; cwd: string; severityOf: (rule: AnyRule) => Severity | 'off' },
): IgnoreOutcome {
  const date = today(options.now);
  const entries = config.ignore.map((entry) => ({
    entry,
    expired: entry.expires !== undefined && entry.expires <= date,
    matchesKey: keyMatcher(entry.key),
    matchesFile: entry.files ? fileMatcher(entry.files) : () => true,
    used: false,
    // Unused is only claimed when every input the entry covers was read completely.
    complete: true,
    covered: false,
  }));
  let suppressed = 0;
  const filtered = targets.map((target) => {
    const relative = configRelative(config.baseDir, path.resolve(options.cwd, target.path));
    const active = entries.filter((item) => item.matchesFile(relative));
    for (const item of active) {
      item.covered = true;
      if (target.errors.length > 0) item.complete = false;
    }
    const findings = target.findings.filter((finding) => {
      const by = active.find((item) => !item.expired && matches(item.entry, item.matchesKey, finding));
      if (!by) return true;
      by.used = true;
      suppressed++;
      return false;
    });
    return { ...target, findings };
  });

  const findings: Finding[] = [];
  const document = config.document;
  if (document) {
    const report = (rule: AnyRule, messageId: string, entry: IgnoreEntry, pointer: string, data: Record<string, string>): void => {
      const severity = options.severityOf(rule);
      if (severity === 'off') return;
      const range = document.locate(pointer);
      findings.push({
        ruleId: rule.meta.id,
        messageId,
        severity,
        message: fill(rule.meta.messages[messageId]!, data),
        path: pointer,
        ...(range ? { location: { file: document.file, ...range } } : {}),
        // The entry's content, not its position: reordering the ignore list keeps the fingerprint.
        fingerprint: fingerprint(rule.meta.id, document.file, entry.rule, entry.kind, entry.key, (entry.files ?? []).join('\u0000')),
      });
    };
    for (const item of entries) {
      const data = { rule: item.entry.rule, kind: item.entry.kind, key: item.entry.key };
      if (item.expired) {
        report(expiredIgnore, 'expired', item.entry, `${item.entry.pointer}/expires`, {
          ...data,
          expires: item.entry.expires!,
          owner: item.entry.owner ? ` (owner: ${item.entry.owner})` : '',
        });
      } else if (!item.used && item.covered && item.complete) {
        report(unusedIgnore, 'unused', item.entry, item.entry.pointer, data);
      }
    }
  }
  return { targets: filtered, suppressed, findings };
}

function matches(entry: IgnoreEntry, matchesKey: (key: string) => boolean, finding: Finding): boolean {
  return finding.ruleId === entry.rule && finding.entity?.kind === entry.kind && matchesKey(finding.entity.key);
}
