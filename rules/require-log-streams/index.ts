import { defineRule } from '../../src/engine/rule.js';
import { label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'require-log-streams',
    description: 'Stream tenant logs to a system of your own (at least one active log stream)',
    defaultSeverity: 'warning',
    category: 'monitoring',
    precision: 'high',
    securitySeverity: 4.0,
    tags: ['monitoring', 'logs'],
    requires: ['logStreams'],
    preset: 'strict',
    messages: {
      none:
        'No log stream is active. Auth0 keeps tenant logs only for a few days (by plan), so a login attack or a configuration change found later cannot be ' +
        'investigated, and nothing alerts on it. Add a log stream to your SIEM or log store (Dashboard: Monitoring → Streams).',
      inactive: 'Log stream "{{name}}" is {{status}}: no logs reach it. Fix its sink and set it active.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const streams = tenant.posture.logStreams;
    // A stream without a status is active (the API's default when one is created).
    const active = streams.filter((stream) => stream.data.status === undefined || stream.data.status === 'active');
    if (active.length > 0) return;
    for (const stream of streams)
      report({ entity: stream, path: '/status', messageId: 'inactive', data: { name: label(stream), status: String(stream.data.status) } });
    const origin = tenant.posture.sectionOrigin('logStreams');
    if (streams.length === 0 && origin) report({ origin, subject: 'logStreams', messageId: 'none' });
  },
});
