import type { SectionName } from '../model/sections.js';
import type { Entity, Origin, Tenant } from '../model/types.js';
import type { Severity } from '../shared/severity.js';

export { SEVERITIES, type Severity } from '../shared/severity.js';
export type Category =
  'access-policy' | 'client-grants' | 'clients' | 'apis' | 'hygiene' | 'audit' | 'tenant' | 'attack-protection' | 'authentication' | 'code' | 'monitoring';
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/** A rule's metadata: the single source for --list-rules, docs tables, presets and SARIF rule descriptors. */
export interface RuleMeta<Options extends object = object, MessageIds extends string = string> {
  readonly id: string;
  /** One line, imperative, no trailing period: what the rule wants. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly category: Category;
  /**
   * Message templates keyed by message id; `{{name}}` placeholders are filled from the report's data. The first
   * sentence is the headline (what is wrong, at most 100 characters with typical data); the why and the fix follow.
   */
  readonly messages: Readonly<Record<MessageIds, string>>;
  /** JSON schema of the options object, with defaults. */
  readonly schema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Options;
  /** SARIF: how sure a finding of this rule is, and how bad it is (0 < n <= 10) for code scanning. */
  readonly precision: Precision;
  readonly securitySeverity: number;
  readonly tags: readonly string[];
  /** The rule's docs page (README.md beside it), bundled as text. */
  readonly docs: string;
  /** Where the docs page lives when it is not rules/<id>/README.md here (custom rules link to their team's policy). */
  readonly docsUrl?: string;
  /**
   * Tenant sections the rule reads: it runs when the input holds at least one of them, and is reported as not run
   * otherwise (an export without the section, a live audit without its read scope), never as clean.
   */
  readonly requires?: readonly SectionName[];
  /** The preset that turns the rule on: `recommended` (the default: a production tenant should pass it) or only `strict`. */
  readonly preset?: 'recommended' | 'strict';
}

export interface Report<MessageIds extends string = string> {
  /** The entity the finding is about; absent only for places that belong to no entity. */
  readonly entity?: Entity;
  /** JSON pointer inside the entity (or, without an entity, inside its source). Defaults to the entity itself. */
  readonly path?: string;
  /** Where the reported place is, when it is not inside the entity (keywords in tenant settings, say). */
  readonly origin?: Origin;
  /**
   * What the finding is about when the path alone would not say it stably (a scope, a URL): it replaces the
   * path in the fingerprint, so reordering a list does not make a known finding look new.
   */
  readonly subject?: string;
  /** Text inside the located value to point at exactly, when the value is longer than the problem. */
  readonly needle?: string;
  readonly messageId: MessageIds;
  /**
   * A lower severity for this finding than the rule's (a less dangerous tier of what the rule reports). The
   * finding takes the less severe of this and the rule's configured severity, so configuration still caps it.
   */
  readonly severity?: Severity;
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface RuleContext<Options extends object = object, MessageIds extends string = string> {
  readonly tenant: Tenant;
  readonly options: Options;
  // NoInfer: the ids come from `meta.messages` alone, so a misspelt id in check() is an error, not a new id.
  // `this: void`: rules take it out of the context (`check({ report })`).
  report(this: void, report: Report<NoInfer<MessageIds>>): void;
}

export interface Rule<Options extends object = object, MessageIds extends string = string> {
  readonly meta: RuleMeta<Options, MessageIds>;
  check(context: RuleContext<Options, MessageIds>): void;
}

/**
 * Lets each rule module declare its options type while the registry holds them side by side. The message ids are
 * inferred from `meta.messages`; a rule that names its Options names its ids too (`defineRule<Options, MessageIds>`,
 * as typescript-eslint's createRule): the `never` default makes a forgotten id list a type error, not `string`.
 */
export function defineRule<Options extends object = object, MessageIds extends string = never>(rule: Rule<Options, MessageIds>): Rule<Options, MessageIds> {
  return rule;
}

// The registry keeps rules of different option and message types together; each rule only ever receives its own options.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;
