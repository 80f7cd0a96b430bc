import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-disabled-clickjack-protection',
    description: 'Keep the clickjacking protection headers of the login pages on',
    defaultSeverity: 'error',
    category: 'tenant',
    precision: 'very-high',
    securitySeverity: 6.5,
    tags: ['security', 'tenant', 'clickjacking'],
    requires: ['tenant'],
    messages: {
      disabled:
        'Clickjacking protection is off (flags.disable_clickjack_protection_headers is true). Auth0 stops sending the headers that keep its login pages out of ' +
        'frames on other sites, so any site can frame your login page and trick users into typing credentials or clicking consent. Set the flag to false.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    if (settings?.flags.disable_clickjack_protection_headers === true) {
      report({ entity: settings, path: '/flags/disable_clickjack_protection_headers', messageId: 'disabled' });
    }
  },
});
