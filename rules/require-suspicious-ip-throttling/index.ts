import { defineRule } from '../../src/engine/rule.js';
import { attackPart, hasShield } from '../../src/model/posture/attack-part.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-suspicious-ip-throttling',
    description: 'Keep suspicious IP throttling on, with the block shield',
    defaultSeverity: 'warning',
    category: 'attack-protection',
    precision: 'very-high',
    securitySeverity: 5.5,
    tags: ['security', 'attack-protection'],
    requires: ['attackProtection'],
    messages: {
      off:
        'Suspicious IP throttling is off (suspiciousIpThrottling.enabled). One address can try logins against many accounts, or create many accounts, without ' +
        'being slowed down. Turn it on with the block shield (Dashboard: Security → Attack Protection → Suspicious IP Throttling).',
      noBlock:
        'Suspicious IP throttling does not block (suspiciousIpThrottling.shields lacks "block"). High-velocity attempts from one address are only reported. Add ' +
        '"block" to shields.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const part = attackPart(tenant, 'suspiciousIpThrottling');
    if (!part) return;
    if (part.data.enabled === false) report({ entity: part, path: '/enabled', messageId: 'off' });
    else if (part.data.enabled === true && hasShield(part, 'block') === false) report({ entity: part, path: '/shields', messageId: 'noBlock' });
  },
});
