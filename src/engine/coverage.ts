import type { SectionName } from '../model/sections.js';
import type { Tenant } from '../model/types.js';
import type { AnyRule } from './rule.js';
import type { RuleSettings } from './run-rules.js';

/** What a run could not check: tenant sections its rules read that the input lacks, and the rules that did not run. */
export interface Coverage {
  /** Sections enabled rules read that the input does not hold (deploy-cli left them out, or a hand-written export). */
  readonly absentSections: readonly SectionName[];
  /** Sections a live audit could not read, with why (a missing read scope). */
  readonly unreadable: ReadonlyArray<{ readonly section: SectionName; readonly reason: string }>;
  /** Enabled rules that did not run because the input holds none of the sections they read. */
  readonly rulesNotRun: readonly string[];
}

export function coverageOf(tenant: Tenant, rules: readonly AnyRule[], settings: RuleSettings | undefined, rulesNotRun: readonly string[]): Coverage {
  const absent = new Set<SectionName>();
  for (const rule of rules) {
    if ((settings?.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity) === 'off') continue;
    for (const section of rule.meta.requires ?? []) if (!tenant.posture.known.has(section)) absent.add(section);
  }
  const unreadable = [...absent]
    .filter((section) => tenant.posture.unreadable.has(section))
    .map((section) => ({ section, reason: tenant.posture.unreadable.get(section)! }));
  return { absentSections: [...absent].filter((section) => !tenant.posture.unreadable.has(section)), unreadable, rulesNotRun: [...rulesNotRun] };
}

/** One line for people: which sections were not checked, and what that means. Undefined when nothing is missing. */
function coverageLine(coverage: Coverage): string | undefined {
  const parts: string[] = [];
  if (coverage.absentSections.length > 0) parts.push(`not in the input: ${coverage.absentSections.join(', ')}`);
  for (const { section, reason } of coverage.unreadable) parts.push(`${section} could not be read (${reason})`);
  if (parts.length === 0) return undefined;
  const rules = coverage.rulesNotRun.length;
  return `Not checked: ${parts.join('; ')}${rules > 0 ? ` (${rules} rule${rules === 1 ? '' : 's'} did not run)` : ''}.`;
}

/** The coverage lines of a run's targets, prefixed with the target when there are several. */
export function coverageLines(targets: ReadonlyArray<{ readonly path: string; readonly coverage?: Coverage }>): string[] {
  const lines: string[] = [];
  for (const target of targets) {
    const line = target.coverage && coverageLine(target.coverage);
    if (line) lines.push(targets.length > 1 ? `${target.path}: ${line}` : line);
  }
  return lines;
}

/** The JSON form of a run's coverage: only targets that miss something. */
export function coverageJson(targets: ReadonlyArray<{ readonly path: string; readonly coverage?: Coverage }>): Array<{ target: string } & Coverage> {
  return targets
    .filter((target) => target.coverage && (target.coverage.absentSections.length > 0 || target.coverage.unreadable.length > 0))
    .map((target) => ({ target: target.path, ...target.coverage! }));
}
