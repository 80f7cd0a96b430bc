import { defineRule } from '../../src/engine/rule.js';
import { apiLabel } from '../../src/model/labels.js';
import { isUnresolved } from '../../src/model/markers.js';
import { joinPointer } from '../../src/model/pointer.js';
import { isPolicyFor, isSubjectType, POLICIES } from '../../src/model/policy.js';
import docs from './README.md';

/** `anonymous_user` belongs to the Anonymous Sessions beta; its policies are not documented, so only its key is accepted. */
const SUBJECT_KEYS: readonly string[] = ['user', 'client', 'anonymous_user'];
const FIELD = '/subject_type_authorization';

type MessageIds = 'notObject' | 'unknownSubject' | 'missingPolicy' | 'invalidPolicy' | 'clientAllowAll';

export default defineRule<object, MessageIds>({
  meta: {
    id: 'valid-access-policy',
    description: 'Require subject_type_authorization to hold only valid access policies',
    defaultSeverity: 'error',
    category: 'access-policy',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['correctness', 'access-policy'],
    messages: {
      notObject:
        'API "{{api}}" has a subject_type_authorization that is not an object. Auth0 rejects the API on deploy and nobody can tell which applications may get ' +
        'tokens for it. Write it as an object: subject_type_authorization: { user: { policy: require_client_grant }, client: { policy: require_client_grant } ' +
        '}.',
      unknownSubject:
        'API "{{api}}" has an access policy for "{{subject}}", a subject type Auth0 does not know. Auth0 knows user, client and anonymous_user, so it ' +
        'rejects or ignores it and the policy you meant to set is not in force. Rename the key to user or client, or remove it.',
      missingPolicy:
        'API "{{api}}" has a {{subject}} access policy entry without a policy value. Auth0 rejects the API on deploy or applies a default you did not choose. ' +
        'Set subject_type_authorization.{{subject}}.policy to one of: {{allowed}}.',
      invalidPolicy:
        'API "{{api}}" sets its {{subject}} access policy to "{{policy}}", which Auth0 rejects. Auth0 takes {{allowed}}, so the deploy fails or the API ' +
        'keeps a policy you did not choose. Use one of: {{allowed}}.',
      clientAllowAll:
        'API "{{api}}" sets its client access policy to allow_all, which Auth0 rejects. Machine-to-machine access always needs a client grant ' +
        '(allow_all exists only for user access). Set subject_type_authorization.client.policy to require_client_grant and grant each machine-to-machine ' +
        'application the scopes it needs, or to deny_all.',
    },
    docs,
  },
  check({ tenant, report }) {
    for (const api of tenant.resourceServers) {
      const value = api.data.subject_type_authorization;
      if (value === undefined || value === null || isUnresolved(value)) continue;
      const at = (path: string, messageId: MessageIds, data: Record<string, string> = {}): void => {
        report({ entity: api, path, messageId, data: { api: apiLabel(api), ...data } });
      };
      if (typeof value !== 'object' || Array.isArray(value)) {
        at(FIELD, 'notObject');
        continue;
      }
      for (const [subject, entry] of Object.entries(value)) {
        const path = joinPointer(FIELD, subject);
        if (!SUBJECT_KEYS.includes(subject)) at(path, 'unknownSubject', { subject });
        if (!isSubjectType(subject) || isUnresolved(entry)) continue;
        const allowed = POLICIES[subject].join(', ');
        const policy: unknown = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as { policy?: unknown }).policy : undefined;
        if (policy === undefined || policy === null) at(path, 'missingPolicy', { subject, allowed });
        else if (isUnresolved(policy) || isPolicyFor(subject, policy)) continue;
        else if (subject === 'client' && policy === 'allow_all') at(`${path}/policy`, 'clientAllowAll');
        else at(`${path}/policy`, 'invalidPolicy', { subject, policy: typeof policy === 'string' ? policy : JSON.stringify(policy), allowed });
      }
    }
  },
});
