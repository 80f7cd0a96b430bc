import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import type { AnyRule } from '../engine/rule.js';
import { sortFindings } from '../engine/run-rules.js';
import { lintPaths, type LintOptions, type LintResult } from '../lint.js';
import { displayPath } from '../loaders/load.js';
import { applyIgnores } from './ignores.js';
import { checkRuleReferences, defaultConfig, findConfigFile, readConfig, type Config } from './load-config.js';
import { configRules } from './rules/index.js';
import { configWideSettings, resolveSettings, type ResolvedSettings } from './settings.js';

export interface SetupOptions {
  readonly cwd: string;
  /** `--config FILE`; otherwise the nearest .a0lint.yml is used. */
  readonly configFile?: string;
  /** `--no-config`: built-in defaults only. */
  readonly noConfig?: boolean;
  /** `--rules-dir DIR` (repeatable). */
  readonly rulesDirs?: readonly string[];
}

export interface FinishOptions {
  readonly now: Date;
  /** `--baseline FILE`: leave out findings it holds. */
  readonly baseline?: string;
  /** `--update-baseline FILE`: record today's findings there (then leave them out). */
  readonly updateBaseline?: string;
}

/** A run as the configuration shapes it: which rules, with which settings per input, and what is accepted. */
export interface ConfiguredRun {
  readonly config: Config;
  /** Built-in and custom rules: what runs over each tenant. */
  readonly lintRules: readonly AnyRule[];
  /** Everything a finding can come from, for reporters (SARIF rule descriptors): lint rules and configuration rules. */
  readonly reportRules: readonly AnyRule[];
  settingsFor(inputPath: string): ResolvedSettings;
  lint(paths: readonly string[], options: LintOptions): Promise<LintResult>;
  /** Post-processing, pure apart from baseline files: ignores, then the baseline. Notes are for stderr. */
  finish(result: LintResult, options: FinishOptions): Promise<{ result: LintResult; notes: string[] }>;
}

export async function configureRun(options: SetupOptions): Promise<ConfiguredRun> {
  const { cwd } = options;
  const file = options.noConfig ? undefined : await findConfigFile(cwd, options.configFile);
  const config = file ? await readConfig(file, cwd) : defaultConfig(cwd);
  const reserved = new Set([...builtinRules, ...configRules].map((rule) => rule.meta.id));
  const customRules = await loadCustomRulesOf(config, options.rulesDirs ?? [], cwd, reserved);
  const lintRules = [...builtinRules, ...customRules];
  const reportRules = [...lintRules, ...configRules];
  await checkRuleReferences(config, reportRules);
  const settingsFor = (inputPath: string): ResolvedSettings => resolveSettings(config, reportRules, inputPath, cwd);

  return {
    config,
    lintRules,
    reportRules,
    settingsFor,
    async lint(paths, lintOptions) {
      // Each input may have its own settings, tenant domain and mappings (overrides), so each is linted on its own.
      const results: LintResult[] = [];
      for (const inputPath of paths) {
        const resolved = settingsFor(inputPath);
        results.push(
          await lintPaths([inputPath], {
            ...lintOptions,
            cwd,
            rules: lintRules,
            settingsFor: () => resolved.rules,
            // The command line wins over the configuration.
            tenantDomain: lintOptions.tenantDomain ?? resolved.tenantDomain,
            mappings: { ...resolved.mappings, ...lintOptions.mappings },
          }),
        );
      }
      const targets = results.flatMap((result) => result.targets);
      return { targets, findings: sortFindings(targets.flatMap((target) => target.findings)), errors: results.flatMap((result) => result.errors) };
    },
    async finish(result, finishOptions) {
      const notes: string[] = [];
      const configWide = configWideSettings(config, reportRules);
      const severityOf = (rule: AnyRule) => configWide.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
      const ignored = applyIgnores(result.targets, config, { now: finishOptions.now, cwd, severityOf });
      let targets = ignored.targets;
      if (ignored.suppressed > 0) {
        notes.push(`${plural(ignored.suppressed, 'finding')} suppressed by ignore entries in ${config.document!.file}.`);
      }
      if (finishOptions.updateBaseline !== undefined) {
        const { applyBaseline, createBaseline, writeBaseline } = await import('../baseline/baseline.js');
        const display = displayPath(cwd, path.resolve(cwd, finishOptions.updateBaseline));
        if (result.errors.length > 0) {
          notes.push(`Baseline ${display} not written: some input could not be read, and a partial baseline would hide nothing it missed.`);
        } else {
          const baseline = createBaseline(targets, finishOptions.updateBaseline, cwd);
          await writeBaseline(baseline, finishOptions.updateBaseline, cwd);
          notes.push(`Wrote ${plural(baseline.findings.length, 'finding')} to baseline ${display}.`);
          const applied = applyBaseline(targets, baseline, finishOptions.updateBaseline, cwd);
          targets = applied.targets;
        }
      }
      if (finishOptions.baseline !== undefined) {
        const { applyBaseline, readBaseline } = await import('../baseline/baseline.js');
        const applied = applyBaseline(targets, await readBaseline(finishOptions.baseline, cwd), finishOptions.baseline, cwd);
        targets = applied.targets;
        if (applied.matched > 0) notes.push(`${plural(applied.matched, 'finding')} matched the baseline and ${applied.matched === 1 ? 'is' : 'are'} not shown.`);
        if (applied.stale > 0) {
          notes.push(`${plural(applied.stale, 'baseline entry', 'baseline entries')} no longer match a finding (fixed); --update-baseline ${finishOptions.baseline} removes them.`);
        }
      }
      const findings = sortFindings([...targets.flatMap((target) => target.findings), ...ignored.findings]);
      return { result: { targets, findings, errors: result.errors }, notes };
    },
  };
}

/** Custom rules (and the schema validator they compile) are loaded only by the runs that name some. */
async function loadCustomRulesOf(config: Config, rulesDirs: readonly string[], cwd: string, reserved: ReadonlySet<string>): Promise<AnyRule[]> {
  if (rulesDirs.length === 0 && config.customRules.length === 0) return [];
  const { loadCustomRules, rulesDirSources } = await import('../custom-rules/load-rule-files.js');
  const sources = rulesDirSources(rulesDirs, cwd);
  if (config.customRules.length > 0) {
    sources.push({
      globs: config.customRules,
      baseDir: config.baseDir,
      ...(config.document ? { namedAt: { document: config.document, pointer: '/customRules' } } : {}),
      ...(config.repository !== undefined ? { confineTo: config.repository } : {}),
    });
  }
  return loadCustomRules(sources, cwd, reserved);
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
