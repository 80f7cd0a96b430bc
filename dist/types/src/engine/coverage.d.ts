import type { SectionName } from '../model/sections.js';
import type { Tenant } from '../model/types.js';
import type { AnyRule } from './rule.js';
import type { RuleSettings } from './run-rules.js';
/** What a run could not check: tenant sections its rules read that the input lacks, and the rules that did not run. */
export interface Coverage {
    /** Sections enabled rules read that the input does not hold (deploy-cli left them out, or a hand-written export). */
    readonly absentSections: readonly SectionName[];
    /** Sections a live audit could not read, with why (a missing read scope). */
    readonly unreadable: ReadonlyArray<{
        readonly section: SectionName;
        readonly reason: string;
    }>;
    /** Enabled rules that did not run because the input holds none of the sections they read. */
    readonly rulesNotRun: readonly string[];
}
export declare function coverageOf(tenant: Tenant, rules: readonly AnyRule[], settings: RuleSettings | undefined, rulesNotRun: readonly string[]): Coverage;
/** The coverage lines of a run's targets, prefixed with the target when there are several. */
export declare function coverageLines(targets: ReadonlyArray<{
    readonly path: string;
    readonly coverage?: Coverage;
}>): string[];
/** The JSON form of a run's coverage: only targets that miss something. */
export declare function coverageJson(targets: ReadonlyArray<{
    readonly path: string;
    readonly coverage?: Coverage;
}>): Array<{
    target: string;
} & Coverage>;
