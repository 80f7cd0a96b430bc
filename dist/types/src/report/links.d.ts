import type { AnyRule } from '../engine/rule.js';
/**
 * A rule's docs link as an absolute http(s) URL, normalised (spaces and quotes percent-encoded), or undefined when
 * it is not one: custom rules name their own link in the repository's configuration, which a pull request can set.
 */
export declare function ruleLink(ruleId: string, rule: AnyRule | undefined): string | undefined;
