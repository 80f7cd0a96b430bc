import { defineRule } from '../../src/engine/rule.js';
import { label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-legacy-rules-and-hooks',
    description: 'Move enabled Rules and Hooks to Actions (Auth0 deprecated them)',
    defaultSeverity: 'warning',
    category: 'code',
    precision: 'very-high',
    securitySeverity: 4.0,
    tags: ['actions', 'legacy', 'maintenance'],
    requires: ['rules', 'hooks'],
    messages: {
      rule:
        'Legacy Rule "{{name}}" is still enabled. Auth0 deprecated Rules (end of life November 18, 2024) and no longer runs them on tenants past that date, so ' +
        'the logic may already be skipped at login, and Rules run on a runtime without security updates. Rewrite it as a post-login Action, then disable and ' +
        'delete the Rule.',
      hook:
        'Legacy Hook "{{name}}" is still enabled. Auth0 deprecated Hooks (end of life November 18, 2024) in favour of Actions. Rewrite it as an Action on the ' +
        'matching trigger, then disable and delete the Hook.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    // Rules are enabled unless they say otherwise (the API's default); Hooks are created disabled.
    for (const rule of tenant.posture.rules) {
      if (rule.data.enabled !== false)
        report({ entity: rule, path: rule.data.enabled === true ? '/enabled' : '', messageId: 'rule', data: { name: label(rule) } });
    }
    for (const hook of tenant.posture.hooks) {
      if (hook.data.enabled === true) report({ entity: hook, path: '/enabled', messageId: 'hook', data: { name: label(hook) } });
    }
  },
});
