import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const tenant = (grants: string, scopes = '    scopes:\n      - value: events:read\n      - name: events:write\n'): string =>
  yaml`
    clients:
      - name: Worker
        app_type: non_interactive
    resourceServers:
      - name: Events
        identifier: https://events.example.com
  ` +
  scopes +
  'clientGrants:\n' +
  grants;

testRule(rule, {
  valid: [
    {
      name: 'scopes by value and by name',
      code: tenant('  - client_id: Worker\n    audience: https://events.example.com\n    scope: [events:read, events:write]\n'),
    },
    {
      name: 'Management API scopes from the vocabulary',
      code: tenant('  - client_id: Worker\n    audience: https://acme.eu.auth0.com/api/v2/\n    scope: [read:users, blacklist:tokens, create:flows_vault]\n'),
    },
    {
      name: 'an API not in the data is left to no-dangling-client-grants',
      code: tenant('  - client_id: Worker\n    audience: https://gone.example.com\n    scope: [anything]\n'),
    },
    { name: 'a marker scope', code: tenant('  - client_id: Worker\n    audience: https://events.example.com\n    scope: ["##EXTRA_SCOPE##"]\n') },
    {
      name: 'an API scope list with a marker',
      code: tenant('  - client_id: Worker\n    audience: https://events.example.com\n    scope: [x]\n', '    scopes: "@@SCOPES@@"\n'),
    },
    {
      name: 'a system API whose scopes the export dropped',
      code: 'resourceServers:\n  - name: Auth0 My Account API\n    identifier: https://acme.eu.auth0.com/me/\n    is_system: true\nclientGrants:\n  - client_id: App\n    audience: https://acme.eu.auth0.com/me/\n    subject_type: user\n    scope: [read:me:authentication_methods]\n',
    },
    {
      name: 'the Management API in a dump defines its own scopes too',
      format: 'api-dump',
      code: '{"resource_servers": [{"identifier": "https://t.eu.auth0.com/api/v2/", "is_system": true, "scopes": [{"value": "read:new_thing"}]}],\n "client_grants": [{"client_id": "x", "audience": "https://t.eu.auth0.com/api/v2/", "scope": ["read:new_thing", "read:users"]}]}',
    },
  ],
  invalid: [
    {
      name: 'a scope the API does not define',
      code: tenant('  - client_id: Worker\n    audience: https://events.example.com\n    scope:\n      - events:read\n      - clientsevents\n'),
      errors: [{ messageId: 'undefinedScope', entity: 'Worker|https://events.example.com|client', path: '/scope/1', line: 15, column: 9, endColumn: 22 }],
    },
    {
      name: 'an API without scopes defines none',
      code: tenant('  - client_id: Worker\n    audience: https://events.example.com\n    scope: [events:read]\n', ''),
      errors: [{ messageId: 'undefinedScope', data: { client: 'Worker', api: 'Events', scope: 'events:read' }, line: 10, column: 13 }],
    },
    {
      name: 'a misspelt Management API scope',
      code: tenant('  - client_id: Worker\n    audience: https://acme.eu.auth0.com/api/v2/\n    scope: [read:users, read:user]\n'),
      errors: [
        {
          messageId: 'unknownManagementScope',
          data: { client: 'Worker', api: 'https://acme.eu.auth0.com/api/v2/', scope: 'read:user' },
          path: '/scope/1',
          line: 13,
          column: 25,
        },
      ],
    },
  ],
});
