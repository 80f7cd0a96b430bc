import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const database = (options: string): string => `databases:\n  - name: users\n    strategy: auth0\n    options:\n${options}`;
const methods = (password: boolean, passkey: boolean): string =>
  `      authentication_methods:\n        password:\n          enabled: ${password}\n        passkey:\n          enabled: ${passkey}\n`;

testRule(rule, {
  valid: [
    database(methods(true, true)),
    { name: 'passwords off', code: database(methods(false, false)) },
    { name: 'methods not written', code: database('      passwordPolicy: good\n') },
    { name: 'custom database without import', code: database(`      enabledDatabaseCustomization: true\n${methods(true, false)}`) },
    { name: 'no database section', code: 'tenant: {}\n' },
  ],
  invalid: [
    {
      code: database(methods(true, false)),
      errors: [{ messageId: 'passwordOnly', entity: 'users', path: '/options/authentication_methods/passkey/enabled', line: 9, column: 20 }],
    },
    {
      name: 'passkey not written',
      code: database('      authentication_methods:\n        password:\n          enabled: true\n'),
      errors: [{ messageId: 'passwordOnly', path: '/options/authentication_methods', line: 5, column: 7 }],
    },
    {
      name: 'custom database in import mode',
      code: database(`      enabledDatabaseCustomization: true\n      import_mode: true\n${methods(true, false)}`),
      errors: [{ messageId: 'passwordOnly', line: 11, column: 20 }],
    },
  ],
});
