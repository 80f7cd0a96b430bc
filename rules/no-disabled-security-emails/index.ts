import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

/** The templates of emails that carry a security step or warning (Auth0 docs, Email Template Descriptions), and what their absence does. */
const SECURITY_EMAILS: Readonly<Record<string, readonly [what: string, effect: string]>> = {
  verify_email: ['verification emails', 'sign-ups keep unverified addresses unless you verify them another way'],
  verify_email_by_code: ['verification codes', 'sign-ups keep unverified addresses unless you verify them another way'],
  reset_email: ['password reset links', 'users who forget or must change a leaked password cannot reset it'],
  reset_email_by_code: ['password reset codes', 'users who forget or must change a leaked password cannot reset it'],
  blocked_account: ['blocked-account emails', 'users blocked by brute-force protection learn neither of the attack nor how to unblock'],
  stolen_credentials: ['password breach alerts', 'users whose password leaked elsewhere are not told to change it'],
  enrollment_email: ['MFA enrollment invitations', 'users an admin invites to MFA never get the invitation'],
  mfa_oob_code: ['MFA codes by email', 'users with the email factor cannot complete MFA'],
};

export default defineRule({
  meta: {
    id: 'no-disabled-security-emails',
    description: 'Keep the email templates of security steps and warnings enabled (verification, password reset, blocked account, breach alert, MFA)',
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'very-high',
    securitySeverity: 4.0,
    tags: ['security', 'email'],
    requires: ['emailTemplates'],
    preset: 'strict',
    messages: {
      disabled:
        'Email template "{{template}}" is disabled: Auth0 sends no {{what}}. Without them {{effect}} (enabled: false). ' +
        'Enable the template (Dashboard: Branding → Email Templates), or keep it off only where another system sends this email.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const template of tenant.posture.emailTemplates) {
      const email = Object.hasOwn(SECURITY_EMAILS, template.key) ? SECURITY_EMAILS[template.key] : undefined;
      if (!email || template.data.enabled !== false) continue;
      const [what, effect] = email;
      report({ entity: template, path: '/enabled', messageId: 'disabled', data: { template: template.key, what, effect } });
    }
  },
});
