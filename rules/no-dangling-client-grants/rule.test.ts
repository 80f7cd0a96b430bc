import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const tenant = (grants: string): string =>
  yaml`
  clients:
    - name: Worker
      client_id: abc123
  resourceServers:
    - name: Orders
      identifier: https://orders.example.com
  clientGrants:
` + grants;

testRule(rule, {
  valid: [
    { name: 'by name', code: tenant('  - client_id: Worker\n    audience: https://orders.example.com\n') },
    { name: 'by id, audience without trailing slash difference', code: tenant('  - client_id: abc123\n    audience: https://orders.example.com/\n') },
    { name: 'grant to the Management API of the tenant', code: tenant('  - client_id: Worker\n    audience: https://acme.eu.auth0.com/api/v2/\n') },
    {
      name: 'a default_for grant written as the API returns it, without client_id',
      format: 'api-dump',
      code:
        '{"clients": [{"client_id": "abc123", "name": "Worker"}], "resource_servers": [{"identifier": "https://orders.example.com"}],\n' +
        ' "client_grants": [{"id": "cgr_1", "default_for": "third_party_clients", "audience": "https://orders.example.com", "scope": ["read:orders"]}]}',
    },
    {
      name: "one tenant's Management API, granted twice",
      code: tenant(
        '  - client_id: Worker\n    audience: https://acme.eu.auth0.com/api/v2/\n  - client_id: abc123\n    subject_type: user\n    audience: https://acme.eu.auth0.com/api/v2\n',
      ),
    },
    {
      name: 'default_for grants skip the client check',
      code: tenant('  - client_id: undefined_clientId\n    default_for: third_party_clients\n    audience: https://orders.example.com\n'),
    },
    {
      name: 'ignoreClients',
      options: { ignoreClients: ['Excluded Job'] },
      code: tenant('  - client_id: Excluded Job\n    audience: https://orders.example.com\n'),
    },
    {
      name: 'grants only: clients and APIs were left out of the data',
      code: 'clientGrants:\n  - client_id: Worker\n    audience: https://orders.example.com\n',
    },
    { name: 'unresolved markers', code: tenant('  - client_id: "##APP##"\n    audience: https://##ENV##.example.com\n') },
    {
      name: 'a /api/v2/ audience of a custom host while the tenant domain is unknown',
      code: tenant(
        '  - client_id: Worker\n    audience: https://login.example.com/api/v2/\n  - client_id: Worker\n    audience: https://id.example.org/api/v2/\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'an unknown client name',
      code: tenant('  - client_id: Workr\n    audience: https://orders.example.com\n'),
      errors: [{ messageId: 'danglingClient', entity: 'Workr|https://orders.example.com|client', path: '/client_id', line: 8, column: 16, endColumn: 21 }],
    },
    {
      name: 'an unknown audience',
      code: tenant('  - client_id: Worker\n    subject_type: user\n    audience: https://gone.example.com\n'),
      errors: [
        {
          messageId: 'danglingApi',
          data: { client: 'Worker', audience: 'https://gone.example.com', managementApi: 'tenant domain unknown' },
          path: '/audience',
          line: 10,
          column: 15,
        },
      ],
    },
    {
      name: "another tenant's Management API, when the domain is known",
      tenantDomain: 'acme.eu.auth0.com',
      code: tenant('  - client_id: Worker\n    audience: https://other.eu.auth0.com/api/v2/\n'),
      errors: [
        {
          messageId: 'danglingApi',
          data: { client: 'Worker', audience: 'https://other.eu.auth0.com/api/v2/', managementApi: 'https://acme.eu.auth0.com/api/v2/' },
          line: 9,
          column: 15,
        },
      ],
    },
    {
      name: "two tenants' Management APIs while the domain is unknown: the first grant to each host, without guessing which is dangling",
      code: tenant(
        '  - client_id: Worker\n    audience: https://acme-dev.eu.auth0.com/api/v2/\n' +
          '  - client_id: Worker\n    subject_type: user\n    audience: https://acme-dev.eu.auth0.com/api/v2/\n' +
          '  - client_id: abc123\n    audience: https://acme-prod.eu.auth0.com/api/v2/\n',
      ),
      errors: [
        {
          messageId: 'severalManagementApis',
          data: { client: 'Worker', host: 'acme-dev.eu.auth0.com', count: 2, hosts: 'acme-dev.eu.auth0.com, acme-prod.eu.auth0.com' },
          entity: 'Worker|https://acme-dev.eu.auth0.com/api/v2/|client',
          line: 9,
          column: 15,
        },
        {
          messageId: 'severalManagementApis',
          data: { client: 'Worker', host: 'acme-prod.eu.auth0.com', count: 2, hosts: 'acme-dev.eu.auth0.com, acme-prod.eu.auth0.com' },
          entity: 'abc123|https://acme-prod.eu.auth0.com/api/v2/|client',
          line: 14,
          column: 15,
        },
      ],
    },
    {
      name: "two tenants' Management APIs with the domain given: the other one is dangling",
      tenantDomain: 'acme-prod.eu.auth0.com',
      code: tenant(
        '  - client_id: Worker\n    audience: https://acme-dev.eu.auth0.com/api/v2/\n  - client_id: abc123\n    audience: https://acme-prod.eu.auth0.com/api/v2/\n',
      ),
      errors: [{ messageId: 'danglingApi', entity: 'Worker|https://acme-dev.eu.auth0.com/api/v2/|client', line: 9, column: 15 }],
    },
    {
      name: 'ignoreClients does not cover other names',
      options: { ignoreClients: ['Excluded Job'] },
      code: tenant('  - client_id: Other Job\n    audience: https://orders.example.com\n'),
      errors: [{ messageId: 'danglingClient', line: 8, column: 16 }],
    },
  ],
});
