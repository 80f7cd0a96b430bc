import { defineRule } from '../../src/engine/rule.js';
import { actionsOnTrigger } from '../../src/model/posture/action-triggers.js';
import { codeSatisfies } from '../../src/model/posture/code-calls.js';
import type { CodeEntity } from '../../src/model/types.js';
import { dig, label } from '../../src/model/posture/values.js';
import docs from './README.md';

const TRIGGER = 'password-reset-post-challenge';
const CHALLENGES = ['api.authentication.challengeWith', 'api.authentication.challengeWithAny'];

export default defineRule({
  meta: {
    id: 'require-password-reset-mfa',
    description: 'Ask for a second factor before a password reset completes (password-reset-post-challenge Action)',
    defaultSeverity: 'note',
    category: 'authentication',
    precision: 'medium',
    securitySeverity: 4.0,
    tags: ['security', 'mfa', 'actions', 'databases'],
    requires: ['databases', 'actions'],
    preset: 'strict',
    messages: {
      noAction:
        'Password resets on database "{{name}}" ask for no second factor. Whoever controls a user\'s mailbox can set a new password. ' +
        'Add a password-reset-post-challenge Action that calls api.authentication.challengeWith.',
      noChallenge:
        'Password reset Action "{{name}}" never asks for a second factor. Whoever controls a user\'s mailbox can still set a new password. ' +
        'Call api.authentication.challengeWith (or challengeWithAny) in it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const { posture } = tenant;
    // Both sections decide: the databases say whether passwords exist, the Actions whether resets are challenged.
    if (!posture.known.has('databases') || !posture.known.has('actions')) return;
    const databases = posture.connections.filter(
      (connection) => connection.isDatabase && dig(connection.data, 'options', 'authentication_methods', 'password', 'enabled') !== false,
    );
    if (databases.length === 0) return;
    const actions = actionsOnTrigger(posture.actions, TRIGGER);
    if (actions.length === 0) {
      for (const database of databases) report({ entity: database, subject: 'password-reset-mfa', messageId: 'noAction', data: { name: label(database) } });
      return;
    }
    if (actions.some(challenges)) return;
    for (const action of actions)
      report({
        entity: action,
        ...(action.code ? { origin: action.code.origin } : {}),
        subject: 'password-reset-mfa',
        messageId: 'noChallenge',
        data: { name: label(action) },
      });
  },
});

function challenges(action: CodeEntity<'action'>): boolean {
  return codeSatisfies(action.code, (facts) => CHALLENGES.some((call) => facts.calls.has(call)), ['challengeWith']);
}
