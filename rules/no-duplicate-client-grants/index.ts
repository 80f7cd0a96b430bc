import { defineRule } from '../../src/engine/rule.js';
import { grantHasMarker } from '../../src/model/grant-client.js';
import { grantClientLabel } from '../../src/model/labels.js';
import { normalizeAudience } from '../../src/model/management-api.js';
import type { ClientGrant } from '../../src/model/types.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'no-duplicate-client-grants',
    description: 'Disallow two client grants for the same application, API and subject type',
    defaultSeverity: 'error',
    category: 'client-grants',
    precision: 'very-high',
    securitySeverity: 3.0,
    tags: ['correctness', 'client-grants'],
    messages: {
      duplicate:
        'Duplicate client grant for "{{client}}" on "{{audience}}". It repeats an earlier grant for the same application, API and subject type ' +
        '({{subject}}){{where}}. Auth0 keeps one grant per combination, so the deploy fails or one grant silently overwrites the other, and reviewers cannot ' +
        'tell which scopes are in force. Merge the two into one grant with the scopes the application needs, and delete the other.',
    },
    docs,
  },
  check({ tenant, report }) {
    const reportRepeats = (grants: readonly ClientGrant[]): void => {
      // An application has a handful of grants: comparing each with the earlier ones beats building keys.
      const earlier: Array<{ audience: string; subjectType: string; first: ClientGrant; count: number }> = [];
      for (const grant of grants) {
        if (grant.audience === undefined || grantHasMarker(grant)) continue;
        const audience = normalizeAudience(grant.audience);
        const entry = earlier.find((seen) => seen.audience === audience && seen.subjectType === grant.subjectType);
        if (!entry) {
          earlier.push({ audience, subjectType: grant.subjectType, first: grant, count: 0 });
          continue;
        }
        entry.count++;
        const firstFile = entry.first.origin.source.file;
        report({
          entity: grant,
          subject: `duplicate-${entry.count}`,
          messageId: 'duplicate',
          data: {
            client: grantClientLabel(grant),
            audience: grant.api?.name ?? grant.audience,
            subject: grant.subjectType,
            where: firstFile !== undefined && firstFile !== grant.origin.source.file ? ` (in ${firstFile})` : '',
          },
        });
      }
    };
    for (const client of tenant.clients) {
      const grants = tenant.grantsOfClient(client);
      if (grants.length > 1) reportRepeats(grants);
    }
    // Grants whose application is not in the data: grouped by the reference as written, else by default_for.
    const unresolved = new Map<string, ClientGrant[]>();
    for (const grant of tenant.clientGrants) {
      if (grant.client) continue;
      const identity = grant.clientRef !== undefined ? `=${grant.clientRef}` : grant.defaultFor !== undefined ? `*${grant.defaultFor}` : undefined;
      if (identity === undefined) continue;
      const group = unresolved.get(identity);
      if (group) group.push(grant);
      else unresolved.set(identity, [grant]);
    }
    for (const grants of unresolved.values()) if (grants.length > 1) reportRepeats(grants);
  },
});
