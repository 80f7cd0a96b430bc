import { builtinRules } from '../rules/index.js';
import { concealMappedValues, type Conceal } from './engine/conceal.js';
import type { Finding } from './engine/finding.js';
import type { AnyRule } from './engine/rule.js';
import { runRules, sortFindings, type RuleSettings } from './engine/run-rules.js';
import { InputError } from './loaders/errors.js';
import { loadInput, type LoadedInput, type LoadOptions } from './loaders/load.js';
import { buildTenant, type BuildOptions } from './model/build-tenant.js';
import type { Tenant } from './model/types.js';

export interface LintOptions extends LoadOptions, BuildOptions {
  readonly rules?: readonly AnyRule[];
  /** Rule settings for a given input path (configuration may differ per path). */
  readonly settingsFor?: (inputPath: string) => RuleSettings;
}

export interface TargetResult {
  readonly path: string;
  readonly input?: LoadedInput;
  readonly tenant?: Tenant;
  readonly findings: Finding[];
  readonly errors: InputError[];
}

export interface LintResult {
  readonly targets: TargetResult[];
  readonly findings: Finding[];
  readonly errors: InputError[];
}

/** load → normalize → check → locate, for one loaded input. */
export function lintInput(input: LoadedInput, options: LintOptions = {}): { tenant: Tenant; findings: Finding[] } {
  const tenant = buildTenant(input, options);
  const settings = options.settingsFor?.(input.path);
  const findings = runRules(tenant, options.rules ?? builtinRules, settings, concealMappedValues(options.mappings));
  return { tenant, findings };
}

/** An input error's message without mapped values (a parser may quote the text a mapping produced). */
function concealError(error: InputError, conceal: Conceal): InputError {
  const message = conceal(error.message);
  return message === error.message ? error : new InputError(message, error.file, error.line, error.column);
}

/** Lints each path as its own tenant. Input errors are collected, never thrown: the rest is still linted. */
export async function lintPaths(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const targets: TargetResult[] = [];
  const conceal = concealMappedValues(options.mappings);
  for (const path of paths) {
    try {
      const input = await loadInput(path, options);
      const { tenant, findings } = lintInput(input, options);
      targets.push({ path, input, tenant, findings, errors: input.errors.map((error) => concealError(error, conceal)) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      targets.push({ path, findings: [], errors: [concealError(error, conceal)] });
    }
  }
  return {
    targets,
    findings: sortFindings(targets.flatMap((target) => target.findings)),
    errors: targets.flatMap((target) => target.errors),
  };
}
