import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'terraform-unknown-values',
    description: 'Say which Terraform values a0lint could not know before apply, so no check passes on them unseen',
    defaultSeverity: 'note',
    category: 'hygiene',
    precision: 'very-high',
    securitySeverity: 1.0,
    tags: ['terraform', 'coverage'],
    messages: {
      unknown:
        'a0lint cannot know {{text}} before terraform apply. {{expression}} is {{why}}. Rules that need this value did not decide on it, so a problem in it ' +
        'would go unreported. Give the variable a default or a terraform.tfvars value, write the value in place, or lint the plan (terraform show -json) where ' +
        'Terraform has resolved it.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const value of tenant.unknownValues) {
      report({
        ...(value.entity ? { entity: value.entity } : {}),
        path: value.path,
        origin: value.origin,
        subject: value.text,
        messageId: 'unknown',
        data: { text: value.text, expression: value.expression, why: value.why },
      });
    }
  },
});
