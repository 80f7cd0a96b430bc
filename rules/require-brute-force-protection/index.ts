import { defineRule } from '../../src/engine/rule.js';
import { attackPart, hasShield } from '../../src/model/posture/attack-part.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-brute-force-protection',
    description: 'Keep brute-force protection on, with the block shield',
    defaultSeverity: 'error',
    category: 'attack-protection',
    precision: 'very-high',
    securitySeverity: 7.0,
    tags: ['security', 'attack-protection'],
    requires: ['attackProtection'],
    messages: {
      off:
        'Brute-force protection is off (bruteForceProtection.enabled). An attacker can try passwords against one account without limit. Turn it on with the ' +
        'block shield (Dashboard: Security → Attack Protection → Brute-force Protection).',
      noBlock:
        'Brute-force protection does not block (bruteForceProtection.shields lacks "block"). Repeated failed logins to one account are only reported, never ' +
        'stopped. Add "block" to shields.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const part = attackPart(tenant, 'bruteForceProtection');
    if (!part) return;
    if (part.data.enabled === false) report({ entity: part, path: '/enabled', messageId: 'off' });
    else if (part.data.enabled === true && hasShield(part, 'block') === false) report({ entity: part, path: '/shields', messageId: 'noBlock' });
  },
});
