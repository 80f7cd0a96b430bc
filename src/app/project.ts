import { builtinRules } from '../../rules/index.js';
import type { AnyRule } from '../engine/rule.js';
import { checkRuleReferences, defaultConfig, findConfigFile, readConfig, type Config } from '../config/load-config.js';
import { configRules } from '../config/rules/index.js';
import { resolveSettings, type ResolvedSettings } from '../config/settings.js';
import { InputError } from '../shared/errors.js';

export interface ProjectOptions {
  /** Inputs, globs and reports are relative to this folder; the configuration is looked for here and above. */
  readonly cwd: string;
  /** `--config FILE` / the Action's `config`; otherwise the nearest .a0lint.yml is used. */
  readonly configFile?: string;
  /** `--no-config`: built-in defaults only. */
  readonly noConfig?: boolean;
  /** `--rules-dir DIR` (repeatable). */
  readonly rulesDirs?: readonly string[];
}

/** The configuration a run works under, with the rules it knows. Opened once per run, before any input is read. */
export interface Project {
  readonly cwd: string;
  /** What it was opened with: a worker thread opens the same project again from these. */
  readonly options: ProjectOptions;
  readonly config: Config;
  /** Built-in and custom rules: what runs over each tenant. */
  readonly lintRules: readonly AnyRule[];
  /** Everything a finding can come from, for reporters (SARIF rule descriptors): lint rules and configuration rules. */
  readonly reportRules: readonly AnyRule[];
  /** The configuration's settings for one input, named as the user named it (a path, or a live tenant's host). */
  settingsFor(inputName: string): ResolvedSettings;
}

export async function openProject(options: ProjectOptions): Promise<Project> {
  const { cwd } = options;
  const file = options.noConfig ? undefined : await findConfigFile(cwd, options.configFile);
  const config = file ? await readConfig(file, cwd, [...builtinRules, ...configRules]) : defaultConfig(cwd);
  const reserved = new Set([...builtinRules, ...configRules].map((rule) => rule.meta.id));
  // A custom rule that fails to load is reported with the configuration's other mistakes, not instead of them.
  const loadErrors: InputError[] = [];
  const customRules = await loadCustomRulesOf(config, options.rulesDirs ?? [], cwd, reserved).catch((error: unknown) => {
    if (!(error instanceof InputError)) throw error;
    loadErrors.push(error);
    return [];
  });
  const lintRules = [...builtinRules, ...customRules];
  const reportRules = [...lintRules, ...configRules];
  await checkRuleReferences(config, reportRules, loadErrors);
  return { cwd, options, config, lintRules, reportRules, settingsFor: (inputName) => resolveSettings(config, reportRules, inputName, cwd) };
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
