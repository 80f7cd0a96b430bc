import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export interface Options {
  /** The oldest Node.js major version the tenant's extensibility runtime may be. */
  readonly minimumNodeVersion: number;
}

/** The tenant's runtimes: custom database and social scripts, and (on tenants that still have them) Rules and Hooks. */
const FIELDS = [
  ['sandbox_version', 'custom database and custom social connection scripts'],
  ['legacy_sandbox_version', 'Rules and Hooks'],
] as const;

export default defineRule<Options, 'old'>({
  meta: {
    id: 'supported-tenant-runtime',
    description: "Run the tenant's custom scripts (database connections, Rules, Hooks) on a Node.js version Auth0 still supports",
    defaultSeverity: 'warning',
    category: 'code',
    precision: 'very-high',
    securitySeverity: 4.5,
    tags: ['security', 'tenant', 'maintenance'],
    requires: ['tenant'],
    messages: {
      old:
        'Tenant scripts run on Node.js {{version}} ({{field}}), older than Node.js {{minimum}}. The tenant runs {{runs}} on it. That Node.js line gets no ' +
        'security fixes and Auth0 retires such runtimes, after which the scripts must be moved in a hurry. Test the scripts on a newer runtime, then select it ' +
        '(Dashboard: Settings → Advanced → Extensibility).',
    },
    schema: {
      type: 'object',
      properties: {
        minimumNodeVersion: { type: 'integer', minimum: 1, default: 18, description: "The oldest Node.js major version the tenant's runtime may be." },
      },
      additionalProperties: false,
    },
    defaultOptions: { minimumNodeVersion: 18 },
    docs,
  },
  check({ tenant, options, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    for (const [field, runs] of FIELDS) {
      const value = settings.data[field];
      // The API writes the major version as a string ("18"); a number is read the same way.
      const version = typeof value === 'string' || typeof value === 'number' ? /^\s*(\d+)/.exec(String(value))?.[1] : undefined;
      if (version === undefined || Number(version) >= options.minimumNodeVersion) continue;
      report({ entity: settings, path: `/${field}`, messageId: 'old', data: { runs, version, field, minimum: options.minimumNodeVersion } });
    }
  },
});
