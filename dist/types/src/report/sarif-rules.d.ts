import type { AnyRule, Severity } from '../engine/rule.js';
import type { SarifReportingDescriptor } from './sarif-log.js';
/** The descriptor code scanning shows for a rule: all of it generated from the rule's metadata and docs page. */
export declare function ruleDescriptor(rule: AnyRule): SarifReportingDescriptor;
/**
 * For a finding whose rule is not among the rules passed in (a check a0lint runs on its own configuration, say):
 * code scanning still needs a descriptor with every required text.
 */
export declare function unknownRuleDescriptor(ruleId: string, severity: Severity): SarifReportingDescriptor;
/**
 * A number in (0, 10] written as a string with one decimal, as code scanning requires: a value it cannot parse
 * makes GitHub reject the whole upload, so a rule with an out-of-range value gets one derived from its severity.
 */
export declare function securitySeverity(value: number | undefined, severity: Severity): string;
