import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'tenant:\n  default_redirection_uri: https://app.example.com/login\n  allowed_logout_urls: [https://app.example.com]\n',
    { name: 'nothing set', code: 'tenant:\n  friendly_name: x\n' },
    { name: 'keyword markers are not judged', code: 'tenant:\n  default_redirection_uri: "##LOGIN_URI##"\n  allowed_logout_urls: ["@@LOGOUT_URLS@@"]\n' },
    { name: 'no tenant settings', code: 'clients: []\n' },
  ],
  invalid: [
    {
      code: 'tenant:\n  default_redirection_uri: http://app.example.com/login\n  allowed_logout_urls:\n    - https://app.example.com\n    - http://127.0.0.1:3000\n',
      errors: [
        {
          messageId: 'plainHttp',
          path: '/default_redirection_uri',
          data: { label: 'login URI (default_redirection_uri)', url: 'http://app.example.com/login' },
          line: 2,
          column: 28,
        },
        { messageId: 'loopback', path: '/allowed_logout_urls/1', severity: 'note', line: 5, column: 7 },
      ],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"tenant_settings": {"allowed_logout_urls": ["http://example.com"]}}',
      errors: [{ messageId: 'plainHttp', path: '/allowed_logout_urls/0', line: 1, column: 46 }],
    },
  ],
});
