import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    "tenant:\n  sandbox_version: '18'\n  legacy_sandbox_version: '22'\n",
    { name: 'not written', code: 'tenant:\n  friendly_name: x\n' },
    { name: 'no tenant settings', code: 'clients: []\n' },
    { name: 'a lower minimum', code: "tenant:\n  sandbox_version: '16'\n", options: { minimumNodeVersion: 16 } },
  ],
  invalid: [
    {
      code: "tenant:\n  sandbox_version: '12'\n  legacy_sandbox_version: 16\n",
      errors: [
        {
          messageId: 'old',
          path: '/sandbox_version',
          data: { runs: 'custom database and custom social connection scripts', version: '12', field: 'sandbox_version', minimum: 18 },
          line: 2,
          column: 20,
        },
        {
          messageId: 'old',
          path: '/legacy_sandbox_version',
          data: { runs: 'Rules and Hooks', version: '16', field: 'legacy_sandbox_version', minimum: 18 },
          line: 3,
          column: 27,
        },
      ],
    },
    {
      name: 'a higher minimum',
      code: "tenant:\n  sandbox_version: '18'\n",
      options: { minimumNodeVersion: 22 },
      errors: [{ messageId: 'old', line: 2, column: 20 }],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"tenant_settings": {"sandbox_version": "16"}}',
      errors: [{ messageId: 'old', path: '/sandbox_version', line: 1, column: 41 }],
    },
  ],
});
