import { defineRule } from '../../src/engine/rule.js';
import { grantHasMarker } from '../../src/model/grant-client.js';
import { grantClientLabel } from '../../src/model/labels.js';
import { normalizeAudience } from '../../src/model/management-api.js';
import type { Client, ClientGrant } from '../../src/model/types.js';
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
        'Client grant for "{{client}}" on "{{audience}}" (subject type {{subject}}) repeats an earlier grant for the same application, API and subject type{{where}}. ' +
        'Auth0 keeps one grant per combination, so the deploy fails or one grant silently overwrites the other, and reviewers cannot tell which scopes are in force. ' +
        'Merge the two into one grant with the scopes the application needs, and delete the other.',
    },
    docs,
  },
  check({ tenant, report }) {
    const clientNumber = new Map<Client, number>(tenant.clients.map((client, index) => [client, index]));
    const seen = new Map<string, { first: ClientGrant; count: number }>();
    for (const grant of tenant.clientGrants) {
      if (grant.audience === undefined || grantHasMarker(grant)) continue;
      // One application may be written by name in one grant and by id in another: compare resolved clients.
      const client = clientIdentity(grant, clientNumber);
      if (client === undefined) continue;
      const key = `${client}\u0000${normalizeAudience(grant.audience)}\u0000${grant.subjectType}`;
      const entry = seen.get(key);
      if (!entry) {
        seen.set(key, { first: grant, count: 0 });
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
  },
});

/** Who a grant is for: the resolved application, else the reference as written, else its default_for group. */
function clientIdentity(grant: ClientGrant, clientNumber: ReadonlyMap<Client, number>): string | undefined {
  if (grant.client) return `#${clientNumber.get(grant.client)}`;
  if (grant.clientRef !== undefined) return `=${grant.clientRef}`;
  return grant.defaultFor !== undefined ? `*${grant.defaultFor}` : undefined;
}
