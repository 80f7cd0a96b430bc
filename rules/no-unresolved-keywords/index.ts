import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-unresolved-keywords',
    description: 'Require a mapping for every deploy-cli keyword marker (##KEY## or @@KEY@@)',
    defaultSeverity: 'error',
    category: 'hygiene',
    precision: 'very-high',
    securitySeverity: 3.0,
    tags: ['correctness', 'deploy-cli', 'keywords'],
    messages: {
      unresolved:
        'Keyword marker {{marker}} has no mapping, so a0lint cannot check the value it stands for and deploy-cli would deploy the marker text as it is. ' +
        'Add {{key}} to the keyword mappings (--mappings, --deploy-config or `mappings` in .a0lint.yml), or write the value in place of the marker.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const keyword of tenant.unresolvedKeywords) {
      report({
        ...(keyword.entity ? { entity: keyword.entity } : {}),
        path: keyword.path,
        origin: keyword.origin,
        subject: keyword.marker,
        needle: keyword.marker,
        messageId: 'unresolved',
        data: { marker: keyword.marker, key: keyword.marker.slice(2, -2) },
      });
    }
  },
});
