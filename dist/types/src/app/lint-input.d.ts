import { type Coverage } from '../engine/coverage.js';
import type { Finding } from '../engine/finding.js';
import type { AnyRule } from '../engine/rule.js';
import { type RuleSettings } from '../engine/run-rules.js';
import type { KeywordMappings } from '../loaders/keywords.js';
import { type BuildOptions } from '../model/build-tenant.js';
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
export declare function lintInput(input: LoadedInput, options?: LintInputOptions): {
    tenant: Tenant;
    findings: Finding[];
    coverage: Coverage;
};
