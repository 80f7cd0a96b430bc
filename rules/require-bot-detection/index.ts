import { defineRule } from '../../src/engine/rule.js';
import { attackPart } from '../../src/model/posture/attack-part.js';
import type { Connection } from '../../src/model/types.js';
import docs from './README.md';

/**
 * The flows bot detection can challenge, the section whose connections offer each, and the words messages use.
 * A flow the tenant is known to offer no connection for cannot be attacked and is not reported.
 */
const FLOWS = [
  ['challenge_password_policy', 'password logins', 'databases', (connection: Connection) => connection.isDatabase],
  ['challenge_password_reset_policy', 'password resets', 'databases', (connection: Connection) => connection.isDatabase],
  [
    'challenge_passwordless_policy',
    'passwordless logins',
    'connections',
    (connection: Connection) => connection.strategy === 'email' || connection.strategy === 'sms',
  ],
] as const;

export default defineRule({
  meta: {
    id: 'require-bot-detection',
    description: 'Let bot detection challenge suspicious password, password reset and passwordless requests, not only watch them',
    defaultSeverity: 'warning',
    category: 'attack-protection',
    precision: 'high',
    securitySeverity: 5.0,
    tags: ['security', 'attack-protection', 'bots'],
    requires: ['attackProtection'],
    preset: 'strict',
    messages: {
      never:
        'Bot detection never challenges {{flow}} ({{field}}: never). Scripted credential stuffing and sign-up or reset floods then meet no CAPTCHA ' +
        'however bot-like they look. Set {{field}} to when_risky (Dashboard: Security → Attack Protection → Bot Detection).',
      monitoring:
        'Bot detection only logs likely bots and never challenges them (monitoring_mode_enabled: true). ' +
        'Turn monitoring mode off once the logs show that real users pass.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    // Present only for tenants entitled to bot detection: deploy-cli leaves it out (and the API refuses it) otherwise.
    const part = attackPart(tenant, 'botDetection');
    if (!part) return;
    if (part.data.monitoring_mode_enabled === true) report({ entity: part, path: '/monitoring_mode_enabled', messageId: 'monitoring' });
    const { posture } = tenant;
    for (const [field, flow, section, offers] of FLOWS) {
      if (part.data[field] !== 'never') continue;
      if (posture.known.has(section) && !posture.connections.some(offers)) continue;
      report({ entity: part, path: `/${field}`, messageId: 'never', data: { flow, field } });
    }
  },
});
