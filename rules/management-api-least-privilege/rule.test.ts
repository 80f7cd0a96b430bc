import { expect, it } from 'vitest';
import { ACCOUNT_TAKEOVER_SCOPES, CRITICAL_MANAGEMENT_SCOPES } from '../../src/data/critical-management-scopes.js';
import { MANAGEMENT_API_SCOPES } from '../../src/data/management-api-scopes.js';
import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const grant = (body: string, client = 'API Explorer Application', app = '    app_type: non_interactive\n'): string =>
  `clients:\n  - name: API Explorer Application\n${app}clientGrants:\n  - client_id: ${client}\n    audience: https://acme.eu.auth0.com/api/v2/\n${body}`;

testRule(rule, {
  valid: [
    { name: 'read scopes only', code: grant('    scope: [read:users, read:client_grants, read:roles]\n') },
    {
      name: 'allowedClients covers the account-takeover tier too',
      options: { allowedClients: ['API Explorer Application'] },
      code: grant('    scope: [update:users]\n'),
    },
    { name: 'is_system grants belong to Auth0', code: grant('    is_system: true\n    scope: [update:clients]\n') },
    { name: 'allowedClients by name', options: { allowedClients: ['API Explorer Application'] }, code: grant('    scope: [update:client_grants]\n') },
    { name: 'allowedClients by the reference as written', options: { allowedClients: ['deployer'] }, code: grant('    allow_all_scopes: true\n', 'deployer') },
    {
      name: 'an ordinary API with Management-like scope names',
      code: 'resourceServers:\n  - name: management api TEST\n    identifier: https://api.example.com/\n    scopes: [{value: update:clients}]\nclientGrants:\n  - client_id: API Explorer Application\n    audience: https://api.example.com/\n    scope: [update:clients]\n',
    },
    {
      name: 'an API at /api/v2/ on a host other than the tenant',
      tenantDomain: 'acme.eu.auth0.com',
      code: grant('    scope: [update:clients]\n').replace('acme.eu.auth0.com/api', 'api.my-company.com/api'),
    },
  ],
  invalid: [
    {
      name: 'critical scopes: one finding at the first, naming all',
      code: grant('    scope:\n      - read:users\n      - update:clients\n      - create:client_grants\n'),
      errors: [
        {
          messageId: 'criticalScopes',
          data: { client: 'API Explorer Application', count: 2, scopes: 'create:client_grants, update:clients' },
          entity: 'API Explorer Application|https://acme.eu.auth0.com/api/v2/|client',
          path: '/scope/1',
          line: 9,
          column: 9,
        },
      ],
    },
    {
      name: 'account-takeover scopes on a confidential first-party backend: a warning, at the first of them, naming all',
      code: grant('    scope:\n      - read:users\n      - update:users\n      - create:user_tickets\n      - update:users\n'),
      errors: [
        {
          messageId: 'takeoverScopes',
          severity: 'warning',
          data: {
            client: 'API Explorer Application',
            count: 2,
            scopes: 'create:user_tickets, update:users',
            what: "create password-change tickets for any user and set their password; change any user's email, password or linked identities, or the app_metadata that often decides roles and entitlements",
            exposure: '',
          },
          path: '/scope/1',
          line: 9,
          column: 9,
        },
      ],
    },
    {
      name: 'account-takeover scopes on a public application: an error',
      code: grant('    scope: [read:user_idp_tokens]\n', 'API Explorer Application', '    app_type: spa\n'),
      errors: [
        {
          messageId: 'takeoverScopes',
          severity: 'error',
          data: {
            client: 'API Explorer Application',
            count: 1,
            scopes: 'read:user_idp_tokens',
            what: 'read the access tokens users hold at their social and enterprise identity providers',
            exposure: " The application is public (app_type spa): whatever credential it holds is readable on users' devices.",
          },
          line: 7,
          column: 13,
        },
      ],
    },
    {
      name: 'account-takeover scopes on an application that does not authenticate: an error',
      code: grant('    scope: [delete:users]\n', 'API Explorer Application', '    token_endpoint_auth_method: none\n'),
      errors: [
        {
          messageId: 'takeoverScopes',
          severity: 'error',
          data: {
            client: 'API Explorer Application',
            count: 1,
            scopes: 'delete:users',
            what: 'delete any user',
            exposure: " The application is public (token_endpoint_auth_method none): whatever credential it holds is readable on users' devices.",
          },
          line: 7,
          column: 13,
        },
      ],
    },
    {
      name: 'account-takeover scopes on a third-party application: an error',
      code: grant('    scope: [create:role_members]\n', 'API Explorer Application', '    app_type: regular_web\n    is_first_party: false\n'),
      errors: [
        {
          messageId: 'takeoverScopes',
          severity: 'error',
          data: {
            client: 'API Explorer Application',
            count: 1,
            scopes: 'create:role_members',
            what: "give any user any role, and with it the role's permissions in every access token",
            exposure:
              ' The application is a third-party application (is_first_party: false): someone outside your organisation runs it and holds its credentials.',
          },
          line: 8,
          column: 13,
        },
      ],
    },
    {
      name: 'critical and account-takeover scopes: one finding per tier',
      code: grant('    scope: [update:users, update:clients]\n'),
      errors: [
        { messageId: 'takeoverScopes', severity: 'warning', path: '/scope/0', line: 7, column: 13 },
        { messageId: 'criticalScopes', severity: 'error', path: '/scope/1', line: 7, column: 27 },
      ],
    },
    {
      name: 'allow_all_scopes',
      code: grant('    allow_all_scopes: true\n'),
      errors: [{ messageId: 'allowAllScopes', path: '/allow_all_scopes', line: 7, column: 23 }],
    },
    {
      name: 'long lists are shortened',
      code: grant(`    scope: [${[...CRITICAL_MANAGEMENT_SCOPES].join(', ')}]\n`),
      errors: [
        {
          messageId: 'criticalScopes',
          data: {
            client: 'API Explorer Application',
            count: 36,
            scopes:
              'create:actions, create:client_credentials, create:client_grants, create:clients, create:connections, create:custom_domains, create:custom_signing_keys, create:hooks and 28 more',
          },
          line: 7,
          column: 13,
        },
      ],
    },
    {
      name: 'a Management API audience written with a keyword for the domain',
      code: grant('    scope: [update:tenant_settings]\n').replace('acme.eu.auth0.com', '##AUTH0_DOMAIN##'),
      errors: [{ messageId: 'criticalScopes', line: 7, column: 13 }],
    },
  ],
});

it('critical and account-takeover scopes are Management API scopes, the docs list each of them, and no scope is in both tiers', () => {
  for (const scope of ACCOUNT_TAKEOVER_SCOPES) expect(CRITICAL_MANAGEMENT_SCOPES.has(scope), scope).toBe(false);
  for (const scope of [...CRITICAL_MANAGEMENT_SCOPES, ...ACCOUNT_TAKEOVER_SCOPES]) {
    expect(MANAGEMENT_API_SCOPES.has(scope), scope).toBe(true);
    expect(rule.meta.docs, scope).toContain(`\`${scope}\``);
  }
});
