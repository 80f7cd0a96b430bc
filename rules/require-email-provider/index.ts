import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-email-provider',
    description: "Send email through your own provider, not Auth0's built-in test provider",
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'high',
    securitySeverity: 3.5,
    tags: ['email', 'production'],
    requires: ['emailProvider'],
    messages: {
      none:
        "The tenant has no custom email provider. Verification, password reset and MFA emails go through Auth0's built-in provider, which is meant for testing, " +
        'has a low sending limit and sends from an Auth0 address users may not trust. Configure an email provider (Dashboard: Branding → Email Provider).',
      disabled: 'The email provider "{{name}}" is disabled (enabled: false). Emails go through Auth0\'s built-in test provider instead. Enable it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const provider = tenant.posture.emailProvider;
    const origin = tenant.posture.sectionOrigin('emailProvider');
    if (!provider || asString(provider.data.name) === undefined || provider.data.name === '') {
      if (origin) report({ ...(provider ? { entity: provider } : { origin, subject: 'emailProvider' }), messageId: 'none' });
      return;
    }
    if (provider.data.enabled === false) report({ entity: provider, path: '/enabled', messageId: 'disabled', data: { name: provider.data.name as string } });
  },
});
