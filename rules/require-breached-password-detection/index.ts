import { defineRule } from '../../src/engine/rule.js';
import { attackPart } from '../../src/model/posture/attack-part.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-breached-password-detection',
    description: 'Keep breached password detection on',
    defaultSeverity: 'warning',
    category: 'attack-protection',
    precision: 'very-high',
    securitySeverity: 5.5,
    tags: ['security', 'attack-protection', 'passwords'],
    requires: ['attackProtection'],
    messages: {
      off:
        'Breached password detection is off (breachedPasswordDetection.enabled). Users can sign in and sign up with passwords already published in breaches, ' +
        'the first thing credential-stuffing attacks try. Turn it on and block breached passwords (Dashboard: Security → Attack Protection → Breached Password ' +
        'Detection).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    // It checks passwords of database connections only: a tenant known to have none (passwordless and social
    // logins) has nothing it could protect. Without the databases section, passwords may exist: it still reports.
    if (posture.known.has('databases') && !posture.connections.some((connection) => connection.isDatabase)) return;
    const part = attackPart(tenant, 'breachedPasswordDetection');
    if (part?.data.enabled === false) report({ entity: part, path: '/enabled', messageId: 'off' });
  },
});
