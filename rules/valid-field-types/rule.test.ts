import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_TYPES, GRANT_SUBJECT_TYPES, SIGNING_ALGORITHMS, TOKEN_ENDPOINT_AUTH_METHODS } from '../../src/data/management-api-fields.js';
import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    {
      name: 'a realistic export with every checked field well typed',
      code: yaml`
        clients:
          - name: Storefront
            app_type: spa
            grant_types: [authorization_code, refresh_token]
            token_endpoint_auth_method: none
            is_first_party: true
            callbacks: [https://shop.example.com/callback]
            refresh_token: {rotation_type: rotating}
        resourceServers:
          - name: Orders API
            identifier: https://orders.example.com
            signing_alg: RS256
            token_lifetime: 3600
            scopes: [{value: read:orders}]
        clientGrants:
          - client_id: Storefront
            audience: https://orders.example.com
            scope: [read:orders]
            subject_type: user
      `,
    },
    { name: 'markers are left to no-unresolved-keywords', code: "clients:\n  - name: A\n    app_type: '##APP_TYPE##'\n    grant_types: '@@GRANTS@@'\n" },
    { name: 'a null refresh_token is what the API returns for apps without one', code: 'clients:\n  - name: A\n    refresh_token: null\n' },
  ],
  invalid: [
    {
      name: 'grant_types written as a string, and a misspelled app_type',
      code: 'clients:\n  - name: Storefront\n    app_type: spaa\n    grant_types: implicit\n',
      errors: [
        {
          messageId: 'value',
          entity: 'Storefront',
          path: '/app_type',
          line: 3,
          column: 15,
          data: {
            owner: 'Application',
            name: 'Storefront',
            field: 'app_type',
            value: 'spaa',
            allowed: 'native, spa, regular_web, non_interactive, resource_server, express_configuration, rms, box, ...',
          },
        },
        {
          messageId: 'type',
          entity: 'Storefront',
          path: '/grant_types',
          line: 4,
          column: 18,
          data: { owner: 'Application', name: 'Storefront', field: 'grant_types', actual: 'the text "implicit"', expected: 'a list of strings' },
        },
      ],
    },
    {
      name: 'a policy holder of the wrong type, a lifetime as text and a grant scope item that is no string',
      code: yaml`
        resourceServers:
          - identifier: https://orders.example.com
            subject_type_authorization: require_client_grant
            token_lifetime: '3600'
        clientGrants:
          - client_id: Worker
            audience: https://orders.example.com
            scope: [read:orders, 42]
            subject_type: machine
      `,
      errors: [
        { messageId: 'type', path: '/subject_type_authorization', line: 3, column: 33 },
        { messageId: 'type', path: '/token_lifetime', line: 4, column: 21 },
        { messageId: 'type', path: '/scope/1', line: 8, column: 26 },
        { messageId: 'value', path: '/subject_type', line: 9, column: 19 },
      ],
    },
  ],
});

describe('the allowed values', () => {
  it("are the Management API schema's, as the auth0 SDK generated from it states them", () => {
    const sdk = createRequire(import.meta.url)('auth0-deploy-cli/node_modules/auth0') as { Management: Record<string, Record<string, string>> };
    const values = (name: string): string[] => Object.values(sdk.Management[name]!).sort();
    expect([...APP_TYPES].sort()).toEqual(values('ClientAppTypeEnum'));
    expect([...TOKEN_ENDPOINT_AUTH_METHODS].sort()).toEqual(values('ClientTokenEndpointAuthMethodEnum'));
    expect([...SIGNING_ALGORITHMS].sort()).toEqual(values('SigningAlgorithmEnum'));
    expect([...GRANT_SUBJECT_TYPES].sort()).toEqual(values('ClientGrantSubjectTypeEnum'));
  });
});
