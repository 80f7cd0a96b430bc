/**
 * a0lint as a library: the same application core as the CLI and the Action. Importing it runs nothing.
 *
 *   import { lint, formatters } from 'a0lint';
 *   const run = await lint({ cwd: process.cwd(), paths: ['tenant.yaml'] });
 *   process.stdout.write(formatters.stylish(run));
 */
import { builtinRules } from '../rules/index.js';
import type { LintRun } from './app/lint.js';
import { FORMATS, type FormatName } from './report/formats.js';
import type { ReportInput } from './report/formatter.js';
import { VERSION } from './version.js';

export { lint } from './app/lint.js';
export type { LintRequest, LintRun, ReadOptions } from './app/lint.js';
export type { ProjectOptions } from './app/project.js';
export { errorsOf, findingsOf } from './engine/target.js';
export type { Target } from './engine/target.js';
export type { Finding, FindingEntity, FindingLocation } from './engine/finding.js';
export type { AnyRule, Severity } from './engine/rule.js';
export { InputError, InputErrors, UsageError } from './shared/errors.js';
export type { FormatName } from './report/formats.js';
export { builtinRules, VERSION as version };

/** What a report may add to a run: colour for a terminal, links for markdown, an anchor file for live SARIF. */
export type FormatOptions = Partial<Pick<ReportInput, 'color' | 'hyperlinks' | 'verbose' | 'fileBaseUrl' | 'anchorFile'>>;

/** Every output format of the CLI, as a function of a lint run. */
export const formatters = Object.fromEntries(
  Object.entries(FORMATS).map(([name, format]) => [
    name,
    (run: LintRun, options: FormatOptions = {}) =>
      format({
        targets: run.targets,
        rules: run.rules,
        version: VERSION,
        color: false,
        ...(run.anchorFile !== undefined ? { anchorFile: run.anchorFile } : {}),
        ...options,
      }),
  ]),
) as Readonly<Record<FormatName, (run: LintRun, options?: FormatOptions) => string>>;
