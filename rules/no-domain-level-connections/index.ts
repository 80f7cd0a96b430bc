import { defineRule } from '../../src/engine/rule.js';
import { label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-domain-level-connections',
    description: 'Keep connections off domain level, where every third-party application of the tenant can use them',
    defaultSeverity: 'warning',
    category: 'authentication',
    precision: 'very-high',
    securitySeverity: 4.0,
    tags: ['security', 'connections', 'third-party'],
    requires: ['databases', 'connections'],
    preset: 'strict',
    messages: {
      promoted:
        'Connection "{{name}}" is promoted to domain level (is_domain_connection: true). Every third-party application of the tenant, dynamically ' +
        'registered ones included, can then log users in with it, whatever its list of enabled applications says. Turn the promotion off unless ' +
        'third-party applications must use this connection.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const connection of tenant.posture.connections) {
      if (connection.data.is_domain_connection === true) {
        report({ entity: connection, path: '/is_domain_connection', messageId: 'promoted', data: { name: label(connection) } });
      }
    }
  },
});
