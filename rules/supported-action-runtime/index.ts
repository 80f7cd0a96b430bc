import { defineRule } from '../../src/engine/rule.js';
import { asString, label } from '../../src/model/posture/values.js';
import docs from './README.md';

export interface Options {
  /** The oldest Node.js major version an Action may run on. */
  readonly minimumNodeVersion: number;
}

type MessageIds = 'old';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'supported-action-runtime',
    description: 'Run Actions on a Node.js runtime Auth0 still supports',
    defaultSeverity: 'warning',
    category: 'code',
    precision: 'very-high',
    securitySeverity: 4.5,
    tags: ['security', 'actions', 'maintenance'],
    requires: ['actions'],
    messages: {
      old:
        'Action "{{name}}" runs on {{runtime}} (Node.js {{version}}), older than Node.js {{minimum}}. That Node.js line gets no security fixes, Auth0 marks the ' +
        'runtime as outdated and retires such runtimes, after which the Action must be upgraded in a hurry. Set runtime to node{{minimum}} or newer, test it, ' +
        'and deploy it.',
    },
    schema: {
      type: 'object',
      properties: {
        minimumNodeVersion: { type: 'integer', minimum: 1, default: 22, description: 'The oldest Node.js major version an Action may run on.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minimumNodeVersion: 22 },
    docs,
  },
  check({ tenant, options, report }) {
    for (const action of tenant.posture.actions) {
      const runtime = asString(action.data.runtime);
      const version = runtime === undefined ? undefined : /^node(\d+)/.exec(runtime)?.[1];
      if (version === undefined || Number(version) >= options.minimumNodeVersion) continue;
      report({
        entity: action,
        path: '/runtime',
        messageId: 'old',
        data: { name: label(action), runtime: runtime!, version, minimum: options.minimumNodeVersion },
      });
    }
  },
});
