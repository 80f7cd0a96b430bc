import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: Web\n    grant_types: [authorization_code, refresh_token]\n',
    { name: 'absent grant_types is left alone', code: 'clients:\n  - name: Web\n    app_type: spa\n' },
    { name: 'implicit elsewhere is not a grant type', code: 'clients:\n  - name: implicit\n    description: implicit\n    grant_types: []\n' },
  ],
  invalid: [
    {
      name: 'implicit points at its list item',
      code: yaml`
        clients:
          - name: Storefront
            app_type: spa
            grant_types:
              - authorization_code
              - implicit
      `,
      errors: [{ messageId: 'implicit', entity: 'Storefront', path: '/grant_types/1', line: 6, column: 9, endLine: 6, endColumn: 17 }],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"clients": [\n  {"client_id": "abc", "grant_types": ["implicit"]}\n]}',
      errors: [{ messageId: 'implicit', entity: 'abc', path: '/grant_types/0', line: 2, column: 40 }],
    },
  ],
});
