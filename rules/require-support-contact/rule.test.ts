import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const complete = 'tenant:\n  support_email: support@example.com\n  support_url: https://example.com/help\n';

testRule(rule, {
  valid: [
    complete,
    { name: 'no tenant settings: not run', code: 'clients: []\n' },
    { name: 'keyword markers are not judged', code: 'tenant:\n  support_email: support@##DOMAIN##\n  support_url: https://##DOMAIN##/support\n' },
    { name: 'absent: unknown, not empty', code: 'tenant:\n  friendly_name: x\n' },
    { name: 'both requirements off', code: "tenant:\n  support_email: ''\n  support_url: ''\n", options: { requireEmail: false, requireUrl: false } },
    { name: 'API dump', format: 'api-dump', code: JSON.stringify({ tenant_settings: { support_email: 'a@example.com', support_url: 'https://example.com' } }) },
  ],
  invalid: [
    {
      name: 'empty values are located where written',
      code: 'tenant:\n  support_email: \'\'\n  support_url: ""\n',
      errors: [
        { messageId: 'noEmail', path: '/support_email', line: 2, column: 18 },
        { messageId: 'noUrl', path: '/support_url', line: 3, column: 16 },
      ],
    },
    {
      name: 'values that are no email and no https URL',
      code: 'tenant:\n  support_email: support\n  support_url: freecodecamp.dev/support\n',
      errors: [
        { messageId: 'badEmail', path: '/support_email', data: { email: 'support' }, line: 2, column: 18 },
        { messageId: 'badUrl', path: '/support_url', data: { url: 'freecodecamp.dev/support' }, line: 3, column: 16 },
      ],
    },
    {
      name: 'plain http support URL',
      code: 'tenant:\n  support_email: support@example.com\n  support_url: http://example.com/help\n',
      errors: [{ messageId: 'badUrl', line: 3, column: 16 }],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"tenant_settings": {"support_email": "", "support_url": "https://example.com"}}',
      errors: [{ messageId: 'noEmail', entity: 'tenant', path: '/support_email', line: 1, column: 39 }],
    },
  ],
});
