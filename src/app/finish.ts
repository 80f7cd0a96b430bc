import path from 'node:path';
import { applyIgnores } from '../config/ignores.js';
import type { AnyRule } from '../engine/rule.js';
import { sortFindings } from '../engine/run-rules.js';
import type { Target } from '../engine/target.js';
import { configWideSettings } from '../config/settings.js';
import { displayPath } from '../loaders/load.js';
import { plural } from '../shared/text.js';
import type { Project } from './project.js';

export interface FinishOptions {
  /** The day ignore entries expire against. */
  readonly now: Date;
  /** `--baseline FILE`: leave out findings it holds. */
  readonly baseline?: string;
  /** `--update-baseline FILE`: record today's findings there (then leave them out). */
  readonly updateBaseline?: string;
}

/**
 * What the configuration accepts, applied to the linted inputs: ignore entries, then the baseline. Findings about
 * the configuration itself (expired or unused ignore entries) become a target of their own. Notes are for the log.
 */
export async function finish(project: Project, inputs: readonly Target[], options: FinishOptions): Promise<{ targets: Target[]; notes: string[] }> {
  const { config, cwd } = project;
  const notes: string[] = [];
  const configWide = configWideSettings(config, project.reportRules);
  const severityOf = (rule: AnyRule) => configWide.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
  const ignored = applyIgnores(inputs, config, { now: options.now, cwd, severityOf });
  let targets: Target[] = ignored.targets;
  if (ignored.suppressed > 0) notes.push(`${plural(ignored.suppressed, 'finding')} suppressed by ignore entries in ${config.document!.file}.`);
  const hasErrors = inputs.some((target) => target.errors.length > 0);
  if (options.updateBaseline !== undefined) {
    const { applyBaseline, createBaseline, writeBaseline } = await import('../baseline/baseline.js');
    const display = displayPath(cwd, path.resolve(cwd, options.updateBaseline));
    if (hasErrors) {
      notes.push(`Baseline ${display} not written: some input could not be read, and a partial baseline would hide nothing it missed.`);
    } else {
      const baseline = createBaseline(targets, options.updateBaseline, cwd);
      await writeBaseline(baseline, options.updateBaseline, cwd);
      notes.push(`Wrote ${plural(baseline.findings.length, 'finding')} to baseline ${display}.`);
      targets = applyBaseline(targets, baseline, options.updateBaseline, cwd).targets;
    }
  }
  if (options.baseline !== undefined) {
    const { applyBaseline, readBaseline } = await import('../baseline/baseline.js');
    const applied = applyBaseline(targets, await readBaseline(options.baseline, cwd), options.baseline, cwd);
    targets = applied.targets;
    if (applied.matched > 0) notes.push(`${plural(applied.matched, 'finding')} matched the baseline and ${applied.matched === 1 ? 'is' : 'are'} not shown.`);
    if (applied.stale > 0) {
      notes.push(
        `${plural(applied.stale, 'baseline entry', 'baseline entries')} no longer match a finding (fixed); --update-baseline ${options.baseline} removes them.`,
      );
    }
  }
  if (ignored.findings.length > 0) {
    targets.push({ kind: 'configuration', path: config.document!.file, category: 'other', findings: sortFindings(ignored.findings), errors: [] });
  }
  return { targets, notes };
}
