import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const code = yaml`
  clients:
    - name: Web
      callbacks:
        - https://##APP_HOST##/callback
  tenant:
    friendly_name: '##TENANT_NAME##'
`;

testRule(rule, {
  valid: [
    { name: 'every marker mapped', code, mappings: { APP_HOST: 'app.example.com', TENANT_NAME: 'Shop' } },
    { name: 'lower-case ##words## are not markers', code: 'clients:\n  - name: "##web##"\n' },
  ],
  invalid: [
    {
      name: 'an unmapped marker inside a value of an entity, located at the marker itself',
      code,
      mappings: { TENANT_NAME: 'Shop' },
      errors: [{ messageId: 'unresolved', entity: 'Web', path: '/callbacks/0', line: 4, column: 17, endLine: 4, endColumn: 29 }],
    },
    {
      name: 'an @@KEY@@ marker outside any entity has no entity',
      code: 'tenant:\n  enabled_locales: @@LOCALES@@\n',
      errors: [{ messageId: 'unresolved', line: 2, column: 20, endLine: 2, endColumn: 31 }],
    },
  ],
});
