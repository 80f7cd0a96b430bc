import { builtinRules } from '../../rules/index.js';
import { coverageOf, type Coverage } from '../engine/coverage.js';
import type { Finding } from '../engine/finding.js';
import type { AnyRule } from '../engine/rule.js';
import { concealMappedValues } from '../engine/conceal.js';
import { runRules, type RuleSettings } from '../engine/run-rules.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { buildTenant, type BuildOptions } from '../model/build-tenant.js';
import type { LoadedInput } from '../model/input.js';
import type { Tenant } from '../model/types.js';

export interface LintInputOptions extends BuildOptions {
  /** The built-in rules when not given. */
  readonly rules?: readonly AnyRule[];
  readonly settings?: RuleSettings;
  /** The keyword mappings the input was read with: their values never appear in a finding. */
  readonly mappings?: KeywordMappings;
}

/** model → check → locate, for one loaded input: the pure core every input form (files, live, new loaders) ends in. */
export function lintInput(input: LoadedInput, options: LintInputOptions = {}): { tenant: Tenant; findings: Finding[]; coverage: Coverage } {
  const tenant = buildTenant(input, options);
  const rules = options.rules ?? builtinRules;
  const notRun: string[] = [];
  const findings = runRules(tenant, rules, options.settings, concealMappedValues(options.mappings), notRun);
  return { tenant, findings, coverage: coverageOf(tenant, rules, options.settings, notRun) };
}
