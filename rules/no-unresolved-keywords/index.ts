import { defineRule } from '../../src/engine/rule.js';
import type { UnresolvedKeyword } from '../../src/model/types.js';
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
        'Keyword marker {{marker}} has no mapping. a0lint cannot check {{what}}, which the marker stands for. At deploy time deploy-cli fills it from its mappings or the environment; ' +
        "with neither, it leaves the field out and the tenant keeps its current value (a new one gets Auth0's default), which a0lint cannot see either. " +
        ADD,
      part:
        'Keyword marker {{marker}} has no mapping. a0lint cannot check {{what}}, which holds the marker. At deploy time deploy-cli fills it from its mappings or the environment; ' +
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
          description:
            'Also report markers in fields no rule reads (secrets, connection options, email credentials, action secrets, code): for teams that lint with their full mappings.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportUnreadFields: false },
    docs,
  },
  check({ tenant, options, report }) {
    // A finding's identity beside its entity is the marker; the same marker again in the same entity (##ENV## in each
    // URL of an application) is numbered in the order of its places, so each finding has its own fingerprint, every
    // export form numbers alike, and reordering a list keeps the set of them. The value is left out: it holds what
    // other markers were mapped to, which differs between environments.
    const reported = tenant.unresolvedKeywords.filter((keyword) => keyword.checks !== undefined || options.reportUnreadFields);
    const holderOf = (keyword: UnresolvedKeyword): string =>
      `${keyword.entity ? `${keyword.entity.kind}\u0000${keyword.entity.key}` : (keyword.origin.source.file ?? '')}\u0000${keyword.marker}`;
    const placeOf = (keyword: UnresolvedKeyword): string => (keyword.entity ? keyword.path : keyword.document);
    const ordinal = new Map<UnresolvedKeyword, number>();
    const counts = new Map<string, number>();
    for (const keyword of [...reported].sort((a, b) => compare(placeOf(a), placeOf(b)))) {
      const count = (counts.get(holderOf(keyword)) ?? 0) + 1;
      counts.set(holderOf(keyword), count);
      ordinal.set(keyword, count);
    }
    for (const keyword of reported) {
      const count = ordinal.get(keyword)!;
      report({
        ...(keyword.entity ? { entity: keyword.entity } : {}),
        path: keyword.path,
        origin: keyword.origin,
        subject: count === 1 ? keyword.marker : `${keyword.marker} #${count}`,
        needle: keyword.marker,
        messageId: keyword.checks === undefined ? 'unread' : keyword.whole ? 'whole' : 'part',
        data: { marker: keyword.marker, key: keyword.marker.slice(2, -2), what: keyword.checks ?? '' },
      });
    }
  },
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
