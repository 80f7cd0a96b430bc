import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const acl = (fields: string): string => `networkACLs:\n  - description: mgmt\n    active: true\n    priority: 1\n    rule:\n${fields}`;

testRule(rule, {
  valid: [
    acl('      scope: management\n      action:\n        block: true\n      not_match:\n        ipv4_cidrs: [203.0.113.0/24]\n'),
    {
      name: 'an allow list with a block for everything else',
      code:
        acl('      scope: tenant\n      action:\n        allow: true\n      match:\n        ipv6_cidrs: ["2001:db8::/32"]\n') +
        '  - description: rest\n    active: true\n    priority: 2\n    rule:\n      scope: tenant\n      action:\n        block: true\n',
    },
    { name: 'no section', code: 'tenant: {}\n' },
  ],
  invalid: [
    { code: 'networkACLs: []\n', errors: [{ messageId: 'none', line: 1, column: 14 }] },
    {
      name: 'an allow alone restricts nothing',
      code: acl('      scope: management\n      action:\n        allow: true\n      match:\n        ipv4_cidrs: [203.0.113.0/24]\n'),
      errors: [{ messageId: 'managementOpen', line: 1, column: 1 }],
    },
    {
      name: 'an inactive block',
      code: acl('      scope: management\n      action:\n        block: true\n      not_match:\n        ipv4_cidrs: [203.0.113.0/24]\n').replace(
        'active: true',
        'active: false',
      ),
      errors: [
        { messageId: 'managementOpen', line: 1, column: 1 },
        { messageId: 'inactive', entity: 'mgmt', path: '/active', line: 3, column: 13 },
      ],
    },
    {
      name: 'authentication scope does not cover the Management API',
      code: acl('      scope: authentication\n      action:\n        block: true\n      not_match:\n        ipv4_cidrs: [203.0.113.0/24]\n'),
      errors: [{ messageId: 'managementOpen', line: 1, column: 1 }],
    },
  ],
});
