import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const database = (options: string): string => `databases:\n  - name: users\n    strategy: auth0\n    options:\n${options}`;

testRule(rule, {
  valid: [
    database('      enabledDatabaseCustomization: true\n      import_mode: true\n'),
    { name: 'no custom database', code: database('      enabledDatabaseCustomization: false\n') },
    { name: 'options without customization', code: database('      passwordPolicy: good\n') },
    { name: 'no database section', code: 'tenant: {}\n' },
    {
      name: 'API dump: other strategies are not database connections',
      format: 'api-dump',
      code: JSON.stringify({ connections: [{ name: 'ldap', strategy: 'ad', options: { enabledDatabaseCustomization: true } }] }),
    },
  ],
  invalid: [
    {
      code: database('      enabledDatabaseCustomization: true\n      import_mode: false\n'),
      errors: [{ messageId: 'external', entity: 'users', path: '/options/enabledDatabaseCustomization', line: 5, column: 37 }],
    },
    { name: 'import mode not written', code: database('      enabledDatabaseCustomization: true\n'), errors: [{ messageId: 'external', line: 5, column: 37 }] },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"connections": [{"name": "Legacy Customers", "strategy": "auth0", "options": {"enabledDatabaseCustomization": true}}]}',
      errors: [{ messageId: 'external', entity: 'Legacy Customers', line: 1, column: 112 }],
    },
  ],
});
