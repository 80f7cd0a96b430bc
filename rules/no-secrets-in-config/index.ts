import { defineRule } from '../../src/engine/rule.js';
import { KIND_LABEL } from '../../src/model/labels.js';
import docs from './README.md';

const WHY = 'Anyone who can read the repository, its history, a fork or a CI log has it. ';
const FIX =
  'Rotate it now (it is already in the history), then replace the value with a deploy-cli keyword marker such as ##KEY## whose value comes from a secret store, or drop the field from the export.';

export default defineRule({
  meta: {
    id: 'no-secrets-in-config',
    description: 'Keep literal secrets (client secrets, API signing secrets, private keys) out of configuration files',
    defaultSeverity: 'error',
    category: 'hygiene',
    precision: 'high',
    securitySeverity: 9.0,
    tags: ['security', 'secrets'],
    messages: {
      entity: `{{owner}} "{{name}}" has a literal {{field}} in the file. ${WHY}${FIX}`,
      file: `The file holds a literal {{field}} at {{path}}. ${WHY}${FIX}`,
    },
    docs,
  },
  check({ tenant, report }) {
    for (const secret of tenant.secrets) {
      const { entity } = secret;
      if (entity) {
        report({
          entity,
          path: secret.path,
          origin: secret.origin,
          messageId: 'entity',
          data: { owner: KIND_LABEL[entity.kind], name: entity.name ?? entity.key, field: secret.field },
        });
      } else {
        report({ path: secret.path, origin: secret.origin, messageId: 'file', data: { field: secret.field, path: secret.path } });
      }
    }
  },
});
