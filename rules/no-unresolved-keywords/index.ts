import { defineRule } from '../../src/engine/rule.js';
import docs from './README.md';

export interface Options {
  /** Also report markers in fields no rule reads (secrets, connection options, ...): for teams that lint with their full mappings. */
  readonly reportUnreadFields: boolean;
}

const ADD = 'Add {{key}} to the keyword mappings (--mappings, --deploy-config or `mappings` in .a0lint.yml), or write the value in place of the marker.';

type MessageIds = 'whole' | 'part' | 'unread';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'no-unresolved-keywords',
    description: 'Require a mapping for every deploy-cli keyword marker (##KEY## or @@KEY@@) in a field that rules check',
    defaultSeverity: 'error',
    category: 'hygiene',
    precision: 'very-high',
    securitySeverity: 3.0,
    tags: ['correctness', 'deploy-cli', 'keywords'],
    messages: {
      whole:
        'Keyword marker {{marker}} has no mapping, so a0lint cannot check {{what}} it stands for. At deploy time deploy-cli fills it from its mappings or the environment; ' +
        'with neither, it leaves the field out and the tenant keeps its current value (a new one gets Auth0\'s default), which a0lint cannot see either. ' +
        ADD,
      part:
        'Keyword marker {{marker}} has no mapping, so a0lint cannot check {{what}} it is part of. At deploy time deploy-cli fills it from its mappings or the environment; ' +
        'with neither, it deploys the text with the marker in it. ' +
        ADD,
      unread:
        'Keyword marker {{marker}} has no mapping in the mappings a0lint was given. No rule reads this field, but deploy-cli needs the value at deploy time, from its mappings ' +
        'or the environment (a field that is only a marker is left out without one; a marker inside a longer value is deployed as text). ' +
        'Add {{key}} to the mappings, or turn reportUnreadFields off if the environment provides it.',
    },
    schema: {
      type: 'object',
      properties: {
        reportUnreadFields: {
          type: 'boolean',
          default: false,
          description: 'Also report markers in fields no rule reads (secrets, connection options, email credentials, action secrets, code): for teams that lint with their full mappings.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportUnreadFields: false },
    docs,
  },
  check({ tenant, options, report }) {
    for (const keyword of tenant.unresolvedKeywords) {
      if (keyword.checks === undefined && !options.reportUnreadFields) continue;
      report({
        ...(keyword.entity ? { entity: keyword.entity } : {}),
        path: keyword.path,
        origin: keyword.origin,
        subject: keyword.marker,
        needle: keyword.marker,
        messageId: keyword.checks === undefined ? 'unread' : keyword.whole ? 'whole' : 'part',
        data: { marker: keyword.marker, key: keyword.marker.slice(2, -2), what: keyword.checks ?? '' },
      });
    }
  },
});
