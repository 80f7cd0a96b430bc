import { expect, it } from 'vitest';
import { CRITICAL_MANAGEMENT_SCOPES } from '../../src/data/critical-management-scopes.js';
import { MANAGEMENT_API_SCOPES } from '../../src/data/management-api-scopes.js';
import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const grant = (body: string, client = 'Sync'): string =>
  `clients:\n  - name: Sync\n    app_type: non_interactive\nclientGrants:\n  - client_id: ${client}\n    audience: https://acme.eu.auth0.com/api/v2/\n${body}`;

testRule(rule, {
  valid: [
    { name: 'read and user scopes only', code: grant('    scope: [read:users, update:users, read:client_grants]\n') },
    { name: 'is_system grants belong to Auth0', code: grant('    is_system: true\n    scope: [update:clients]\n') },
    { name: 'allowedClients by name', options: { allowedClients: ['Sync'] }, code: grant('    scope: [update:client_grants]\n') },
    { name: 'allowedClients by the reference as written', options: { allowedClients: ['deployer'] }, code: grant('    allow_all_scopes: true\n', 'deployer') },
    {
      name: 'an ordinary API with Management-like scope names',
      code: 'resourceServers:\n  - name: management api TEST\n    identifier: https://api.example.com/\n    scopes: [{value: update:clients}]\nclientGrants:\n  - client_id: Sync\n    audience: https://api.example.com/\n    scope: [update:clients]\n',
    },
    { name: 'an API at /api/v2/ on a host other than the tenant', tenantDomain: 'acme.eu.auth0.com', code: grant('    scope: [update:clients]\n').replace('acme.eu.auth0.com/api', 'api.my-company.com/api') },
  ],
  invalid: [
    {
      name: 'critical scopes: one finding at the first, naming all',
      code: grant('    scope:\n      - read:users\n      - update:clients\n      - create:client_grants\n'),
      errors: [{ messageId: 'criticalScopes', message: '2 critical scope(s): create:client_grants, update:clients.', entity: 'Sync|https://acme.eu.auth0.com/api/v2/|client', path: '/scope/1', line: 9, column: 9 }],
    },
    {
      name: 'allow_all_scopes',
      code: grant('    allow_all_scopes: true\n'),
      errors: [{ messageId: 'allowAllScopes', path: '/allow_all_scopes', line: 7, column: 23 }],
    },
    {
      name: 'long lists are shortened',
      code: grant(`    scope: [${[...CRITICAL_MANAGEMENT_SCOPES].join(', ')}]\n`),
      errors: [{ messageId: 'criticalScopes', message: `and ${CRITICAL_MANAGEMENT_SCOPES.size - 8} more`, line: 7, column: 13 }],
    },
    {
      name: 'a Management API audience written with a keyword for the domain',
      code: grant('    scope: [update:tenant_settings]\n').replace('acme.eu.auth0.com', '##AUTH0_DOMAIN##'),
      errors: [{ messageId: 'criticalScopes', line: 7, column: 13 }],
    },
  ],
});

it('critical scopes are Management API scopes, and the docs list each of them', () => {
  for (const scope of CRITICAL_MANAGEMENT_SCOPES) {
    expect(MANAGEMENT_API_SCOPES.has(scope), scope).toBe(true);
    expect(rule.meta.docs, scope).toContain(`\`${scope}\``);
  }
});
