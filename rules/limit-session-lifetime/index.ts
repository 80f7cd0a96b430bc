import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export interface Options {
  /** The longest absolute session lifetime, in hours. */
  readonly maxHours: number;
  /** The longest idle session lifetime, in hours. */
  readonly maxIdleHours: number;
}

/**
 * The lifetimes the tenant settings hold: the API and deploy-cli's export in hours (fractions allowed), deploy-cli's
 * import sends `*_in_minutes` instead; a file may hold either.
 */
const LIFETIMES = [
  { field: 'session_lifetime', idle: false },
  { field: 'idle_session_lifetime', idle: true },
  { field: 'ephemeral_session_lifetime', idle: false },
  { field: 'idle_ephemeral_session_lifetime', idle: true },
] as const;

type MessageIds = 'tooLong';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'limit-session-lifetime',
    description: 'Keep login session lifetimes (absolute and idle) within bounds',
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'very-high',
    securitySeverity: 4.0,
    tags: ['security', 'tenant', 'sessions'],
    requires: ['tenant'],
    preset: 'strict',
    messages: {
      tooLong:
        'Login sessions last {{hours}} hours ({{field}}), more than the allowed {{max}} hours. A session cookie stolen from a browser, or a shared computer ' +
        'left signed in, gives access that long without a password. Lower {{field}} to {{max}} hours or less.',
    },
    schema: {
      type: 'object',
      properties: {
        maxHours: { type: 'number', exclusiveMinimum: 0, default: 168, description: 'The longest absolute session lifetime, in hours.' },
        maxIdleHours: { type: 'number', exclusiveMinimum: 0, default: 72, description: 'The longest idle session lifetime, in hours.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxHours: 168, maxIdleHours: 72 },
    docs,
  },
  check({ tenant, options, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const { field, idle } of LIFETIMES) {
      const max = idle ? options.maxIdleHours : options.maxHours;
      const minutes = settings.data[`${field}_in_minutes`];
      const hours = settings.data[field];
      const [written, value] =
        typeof minutes === 'number' ? [`${field}_in_minutes`, minutes / 60] : typeof hours === 'number' ? [field, hours] : [undefined, undefined];
      if (written === undefined || value === undefined || value <= max) continue;
      report({ entity: settings, path: `/${written}`, messageId: 'tooLong', data: { field: written, hours: Math.round(value * 100) / 100, max } });
    }
  },
});
