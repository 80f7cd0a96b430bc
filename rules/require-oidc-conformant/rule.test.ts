import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: a\n    oidc_conformant: true\n',
    'clients:\n  - name: a\n',
    { name: 'the global client of a dump', format: 'api-dump', code: '{"clients": [{"name": "All Applications", "global": true, "oidc_conformant": false}]}' },
  ],
  invalid: [
    {
      code: 'clients:\n  - name: a\n    oidc_conformant: false\n',
      errors: [{ messageId: 'legacy', entity: 'a', path: '/oidc_conformant', line: 3, column: 22 }],
    },
  ],
});
