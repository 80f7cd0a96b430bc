import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-default-audience',
    description: 'Leave the tenant-wide default audience empty, so that each application asks for the API it needs',
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'high',
    securitySeverity: 4.0,
    tags: ['security', 'tenant', 'tokens'],
    requires: ['tenant'],
    preset: 'strict',
    messages: {
      set:
        'The tenant sets a default audience ({{audience}}). Every authorization request without an audience gets an access token for that API, from any ' +
        'application of the tenant, even one that never meant to call it. Remove default_audience and let applications pass audience explicitly.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const settings = tenant.posture.settings;
    const audience = settings?.data.default_audience;
    if (settings && typeof audience === 'string' && audience.trim() !== '')
      report({ entity: settings, path: '/default_audience', messageId: 'set', data: { audience } });
  },
});
