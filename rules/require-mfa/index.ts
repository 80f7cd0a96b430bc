import { defineRule } from '../../src/engine/rule.js';
import type { Tenant } from '../../src/model/types.js';
import docs from './README.md';

/** Code that asks for MFA itself: post-login Actions (`api.multifactor.enable`) and legacy Rules (`context.multifactor`). */
const ACTION_MFA = /\bapi\s*\.\s*multifactor\s*\.\s*enable\s*\(/;
const RULE_MFA = /\bcontext\s*\.\s*multifactor\s*=/;

export default defineRule({
  meta: {
    id: 'require-mfa',
    description: 'Enable at least one MFA factor, and ask for it (an MFA policy, or an Action that requires it)',
    defaultSeverity: 'warning',
    category: 'authentication',
    precision: 'high',
    securitySeverity: 6.0,
    tags: ['security', 'mfa'],
    requires: ['guardianFactors', 'guardianPolicies'],
    preset: 'strict',
    messages: {
      noFactor:
        'No MFA factor is enabled (each of guardianFactors is disabled or its trial expired). Users can sign in with a password alone, so a phished or reused ' +
        'password is enough to take over an account. Enable at least one factor (Dashboard: Security → Multi-factor Auth), preferably WebAuthn or OTP.',
      neverAsks:
        'MFA is never asked for: the policy is empty and no post-login Action or Rule requires it. guardianPolicies.policies is empty, so the enabled factors ' +
        'protect no login. Set the policy to "all-applications" (Always) or "confidence-score" (Adaptive), or require MFA in a post-login Action with ' +
        'api.multifactor.enable().',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    if (posture.known.has('guardianFactors')) {
      const enabled = posture.guardianFactors.some((factor) => factor.data.enabled === true && factor.data.trial_expired !== true);
      const origin = posture.sectionOrigin('guardianFactors');
      if (!enabled && origin) {
        report({ origin, subject: 'guardianFactors', messageId: 'noFactor' });
        return;
      }
    }
    const policies = posture.guardianPolicies;
    if (!policies || !Array.isArray(policies.data.policies) || policies.data.policies.length > 0) return;
    // Without the code that could ask for MFA, an empty policy is not a finding: an Action may require it.
    if (!posture.known.has('actions') && !posture.known.has('rules')) return;
    if (codeRequiresMfa(tenant)) return;
    report({ entity: policies, path: '/policies', messageId: 'neverAsks' });
  },
});

function codeRequiresMfa(tenant: Tenant): boolean {
  const { actions, rules } = tenant.posture;
  const postLogin = (triggers: unknown): boolean =>
    !Array.isArray(triggers) || triggers.some((trigger) => (trigger as { id?: unknown } | null)?.id === 'post-login');
  return (
    actions.some((action) => postLogin(action.data.supported_triggers) && action.code !== undefined && ACTION_MFA.test(action.code.text)) ||
    rules.some((rule) => rule.data.enabled !== false && rule.code !== undefined && RULE_MFA.test(rule.code.text)) ||
    // Code that could not be read might require it: no finding rather than a guess.
    actions.some((action) => action.code === undefined) ||
    rules.some((rule) => rule.code === undefined)
  );
}
