import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'clients:\n  - name: SPA\n    app_type: spa\n    grant_types: [authorization_code, refresh_token]\n    refresh_token:\n      rotation_type: rotating\n',
    { name: 'no refresh_token grant', code: 'clients:\n  - name: SPA\n    app_type: spa\n    grant_types: [authorization_code]\n' },
    { name: 'grant_types absent: unknown whether refresh tokens are used', code: 'clients:\n  - name: SPA\n    app_type: native\n' },
    {
      name: 'confidential apps are left alone',
      code: 'clients:\n  - name: Web\n    app_type: regular_web\n    grant_types: [refresh_token]\n    refresh_token:\n      rotation_type: non-rotating\n',
    },
    { name: 'app_type absent is left alone', code: 'clients:\n  - name: X\n    grant_types: [refresh_token]\n' },
  ],
  invalid: [
    {
      name: 'explicit non-rotating points at the value',
      code: yaml`
        clients:
          - name: Mobile
            app_type: native
            grant_types: [authorization_code, refresh_token]
            refresh_token:
              rotation_type: non-rotating
      `,
      errors: [{ messageId: 'nonRotating', entity: 'Mobile', path: '/refresh_token/rotation_type', line: 6, column: 22, endColumn: 34 }],
    },
    {
      name: 'refresh_token block without rotation_type: points at the block',
      code: yaml`
        clients:
          - name: SPA
            app_type: spa
            grant_types: [refresh_token]
            refresh_token:
              leeway: 0
      `,
      errors: [{ messageId: 'unset', line: 5, column: 5 }],
    },
    {
      name: 'no refresh_token settings at all: points at the client',
      code: 'clients:\n  - name: SPA\n    app_type: spa\n    grant_types: [refresh_token]\n',
      errors: [{ messageId: 'unset', path: '/refresh_token/rotation_type', line: 2, column: 5 }],
    },
  ],
});
