import type { Tenant } from '../model/types.js';
import { type Conceal } from './conceal.js';
import type { Finding } from './finding.js';
import type { AnyRule } from './rule.js';
import { type Severity } from '../shared/severity.js';
export interface RuleSetting {
    readonly severity: Severity | 'off';
    readonly options?: object;
}
/** How each rule runs; rules without a setting run at their default severity with their default options. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;
/**
 * check → locate: runs every enabled rule over the model, then turns each report into a located finding.
 * Rules see only the model; locating happens here, once per finding, so clean inputs never pay for positions.
 * `conceal` hides what must never be printed (mapped keyword values) in messages and entity names; fingerprints are
 * taken from the concealed names, so they do not change with the mapping's value either.
 * An enabled rule whose tenant sections the input does not hold is not run; its id goes to `notRun`.
 */
export declare function runRules(tenant: Tenant, rules: readonly AnyRule[], settings?: RuleSettings, conceal?: Conceal, notRun?: string[]): Finding[];
/** The options a rule runs with: its defaults, each replaced by the configured value of the same name. */
export declare function effectiveOptions(rule: AnyRule, setting: RuleSetting | undefined): object;
/** A rule reported a message id its metadata does not define: a fault of the rule, named so its author can fix it. */
export declare class UnknownMessageError extends Error {
    constructor(rule: AnyRule, messageId: unknown);
}
export declare function fingerprint(...parts: readonly string[]): string;
/**
 * A message template cut at its `{{name}}` placeholders: literal text, then for each placeholder the placeholder as
 * written, its name and the literal text after it.
 */
export declare function templateParts(template: string): readonly string[];
export declare function fill(template: string, data: Readonly<Record<string, string | number>>): string;
/** File, line, column, then rule and entity: the same input always prints the same order. */
export declare function sortFindings(findings: Finding[]): Finding[];
