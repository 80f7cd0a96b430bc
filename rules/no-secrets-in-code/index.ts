import { defineRule } from '../../src/engine/rule.js';
import { KIND_LABEL } from '../../src/model/labels.js';
import type { CodeText, Entity, Tenant } from '../../src/model/types.js';
import { findCodeSecrets } from '../../src/model/posture/code-secrets.js';
import { label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-secrets-in-code',
    description: 'Keep literal secrets out of Actions, Rules, Hooks and custom database scripts (use Action secrets)',
    defaultSeverity: 'error',
    category: 'code',
    precision: 'medium',
    securitySeverity: 8.0,
    tags: ['security', 'secrets', 'actions'],
    requires: ['actions', 'rules', 'hooks', 'databases'],
    messages: {
      secret:
        '{{owner}} "{{name}}" has a literal {{what}} in {{where}} (line {{line}}). Everyone who can read the export, the repository or the tenant\'s code has ' +
        'it, and changing it means changing code. Rotate it, store it as a secret ({{fix}}) and read it from there.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    const scan = (entity: Entity, code: CodeText | undefined, where: string, fix: string): void => {
      if (!code) return;
      for (const found of findCodeSecrets(code.text)) {
        // A private key inside the export's own file is already reported there by no-secrets-in-config.
        if (found.what === 'private key' && reportedInConfig(tenant, code)) continue;
        report({
          entity,
          origin: code.origin,
          needle: found.literal.split('\n')[0],
          subject: `${where}:${found.what}:${found.line}`,
          messageId: 'secret',
          data: { owner: KIND_LABEL[entity.kind], name: label(entity), what: describe(found.what), where, line: found.line, fix },
        });
      }
    };
    for (const action of posture.actions) scan(action, action.code, 'its code', 'an Action secret, read as event.secrets.NAME');
    for (const rule of posture.rules) scan(rule, rule.code, 'its script', 'the rules configuration, read as configuration.NAME');
    for (const hook of posture.hooks) scan(hook, hook.code, 'its script', 'a Hook secret, read as context.webtask.secrets.NAME');
    for (const connection of posture.connections) {
      for (const [name, script] of connection.scripts) scan(connection, script, `its ${name} script`, 'a connection setting, read as configuration.NAME');
    }
  },
});

function describe(what: string): string {
  // A format names itself; otherwise the name the literal is assigned to says what it is.
  return /^[A-Z]|^private key$/.test(what) && what.includes(' ') ? what : `secret assigned to ${what}`;
}

function reportedInConfig(tenant: Tenant, code: CodeText): boolean {
  return tenant.secrets.some((secret) => secret.origin.source === code.origin.source && secret.origin.pointer === code.origin.pointer);
}
