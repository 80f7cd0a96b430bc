import { defineRule } from '../../src/engine/rule.js';
import { AUDIT_READ_SCOPES } from '../../src/model/sections.js';
import docs from './README.md';

/** Scopes that read client secrets and keys: more than an audit needs, though they change nothing. */
const SECRET_READS = new Set(['read:client_keys', 'read:client_credentials']);

const SHOWN = 6;

function list(scopes: readonly string[]): string {
  const shown = scopes.slice(0, SHOWN).join(', ');
  return scopes.length > SHOWN ? `${shown} and ${scopes.length - SHOWN} more` : shown;
}

export default defineRule({
  meta: {
    id: 'audit-credentials-read-only',
    description: 'Run live audits with credentials that can only read the tenant',
    defaultSeverity: 'warning',
    category: 'audit',
    precision: 'very-high',
    securitySeverity: 6.5,
    tags: ['security', 'least-privilege', 'live-audit'],
    messages: {
      write:
        'The token this live audit used can change the tenant. It holds {{count}} scope(s) that are not read-only ({{scopes}}). Anyone who gets these audit ' +
        'credentials (a CI secret, a log) can change the tenant. Give the audit its own machine-to-machine application whose grant to the Management API holds ' +
        'only the read scopes a live audit uses: {{readScopes}}.',
      secrets:
        'The token this live audit used can read application secrets and keys ({{scopes}}). a0lint never asks for them; ' +
        "remove these scopes from the audit application's grant to the Management API.",
    },
    docs,
  },
  check({ tenant, report }) {
    const audit = tenant.audit;
    if (!audit?.scopes) return;
    const origin = { source: { endpoint: audit.endpoint }, pointer: '/scope' };
    const writes = audit.scopes.filter((scope) => !scope.startsWith('read:'));
    if (writes.length > 0) {
      report({ origin, subject: 'write', messageId: 'write', data: { count: writes.length, scopes: list(writes), readScopes: AUDIT_READ_SCOPES.join(', ') } });
    }
    const secrets = audit.scopes.filter((scope) => SECRET_READS.has(scope));
    if (secrets.length > 0) report({ origin, subject: 'secrets', messageId: 'secrets', data: { scopes: list(secrets) } });
  },
});
