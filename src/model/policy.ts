import type { EffectivePolicy, Policy, SubjectType } from './types.js';

/** What each subject type may be set to (a client policy can never be allow_all). */
export const POLICIES: Readonly<Record<SubjectType, readonly Policy[]>> = {
  user: ['allow_all', 'require_client_grant', 'deny_all'],
  client: ['require_client_grant', 'deny_all'],
};

/** Auth0's defaults when an API does not say: what an API created without the field gets. */
const DEFAULT_POLICIES: Readonly<Record<SubjectType, Policy>> = {
  user: 'allow_all',
  client: 'require_client_grant',
};

/**
 * The My Account and My Organization APIs activate with user require_client_grant and client deny_all, and Auth0
 * advises against allow_all for them (Auth0 docs: "My Account API", "My Organization API").
 */
export const SELF_SERVICE_API_DEFAULTS: Readonly<Record<SubjectType, Policy>> = {
  user: 'require_client_grant',
  client: 'deny_all',
};

export const UNKNOWN_POLICIES: Readonly<Record<SubjectType, EffectivePolicy>> = {
  user: { policy: undefined, explicit: false },
  client: { policy: undefined, explicit: false },
};

/**
 * The policy in force per subject type. An absent object or entry means the default applies; a malformed one
 * (reported by valid-access-policy) leaves the policy unknown so no other rule guesses.
 */
export function effectivePolicies(
  value: unknown,
  defaults: Readonly<Record<SubjectType, Policy>> = DEFAULT_POLICIES,
): Readonly<Record<SubjectType, EffectivePolicy>> {
  const defaulted = (subject: SubjectType): EffectivePolicy => ({ policy: defaults[subject], explicit: false });
  if (value === undefined || value === null) {
    return { user: defaulted('user'), client: defaulted('client') };
  }
  if (typeof value !== 'object' || Array.isArray(value)) return UNKNOWN_POLICIES;
  const record = value as Record<string, unknown>;
  const of = (subject: SubjectType): EffectivePolicy => {
    const entry = Object.hasOwn(record, subject) ? record[subject] : undefined;
    if (entry === undefined || entry === null) return defaulted(subject);
    const policy = typeof entry === 'object' ? (entry as { policy?: unknown }).policy : undefined;
    return isPolicyFor(subject, policy) ? { policy, explicit: true } : { policy: undefined, explicit: true };
  };
  return { user: of('user'), client: of('client') };
}

export function isPolicyFor(subject: SubjectType, policy: unknown): policy is Policy {
  return typeof policy === 'string' && (POLICIES[subject] as readonly string[]).includes(policy);
}

export function isSubjectType(value: string): value is SubjectType {
  return value === 'user' || value === 'client';
}
