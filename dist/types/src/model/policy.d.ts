import type { EffectivePolicy, Policy, SubjectType } from './types.js';
/** What each subject type may be set to (a client policy can never be allow_all). */
export declare const POLICIES: Readonly<Record<SubjectType, readonly Policy[]>>;
/**
 * The My Account and My Organization APIs activate with user require_client_grant and client deny_all, and Auth0
 * advises against allow_all for them (Auth0 docs: "My Account API", "My Organization API").
 */
export declare const SELF_SERVICE_API_DEFAULTS: Readonly<Record<SubjectType, Policy>>;
export declare const UNKNOWN_POLICIES: Readonly<Record<SubjectType, EffectivePolicy>>;
/**
 * The policy in force per subject type. An absent object or entry means the default applies; a malformed one
 * (reported by valid-access-policy) leaves the policy unknown so no other rule guesses.
 */
export declare function effectivePolicies(value: unknown, defaults?: Readonly<Record<SubjectType, Policy>>): Readonly<Record<SubjectType, EffectivePolicy>>;
export declare function isPolicyFor(subject: SubjectType, policy: unknown): policy is Policy;
export declare function isSubjectType(value: string): value is SubjectType;
