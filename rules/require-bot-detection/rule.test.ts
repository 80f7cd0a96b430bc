import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const bot = (fields: string): string => `attackProtection:\n  botDetection:\n    bot_detection_level: medium\n${fields}`;
const whenRisky = '    challenge_password_policy: when_risky\n    challenge_password_reset_policy: when_risky\n    challenge_passwordless_policy: when_risky\n';

testRule(rule, {
  valid: [
    bot(`${whenRisky}    monitoring_mode_enabled: false\n`),
    { name: 'not entitled: no bot detection in the export', code: 'attackProtection:\n  bruteForceProtection:\n    enabled: true\n' },
    { name: 'no attack protection section', code: 'tenant: {}\n' },
    {
      name: 'flows the tenant is known not to offer',
      code: `${bot('    challenge_password_policy: never\n    challenge_password_reset_policy: never\n    challenge_passwordless_policy: never\n')}databases: []\nconnections:\n  - name: google\n    strategy: google-oauth2\n`,
    },
  ],
  invalid: [
    {
      name: 'never and monitoring only',
      code: bot(
        '    challenge_password_policy: never\n    challenge_password_reset_policy: when_risky\n    challenge_passwordless_policy: never\n    monitoring_mode_enabled: true\n',
      ),
      errors: [
        { messageId: 'never', path: '/challenge_password_policy', data: { flow: 'password logins', field: 'challenge_password_policy' }, line: 4, column: 32 },
        {
          messageId: 'never',
          path: '/challenge_passwordless_policy',
          data: { flow: 'passwordless logins', field: 'challenge_passwordless_policy' },
          line: 6,
          column: 36,
        },
        { messageId: 'monitoring', path: '/monitoring_mode_enabled', line: 7, column: 30 },
      ],
    },
    {
      name: 'passwordless offered by an email connection, passwords by a database',
      code: `${bot('    challenge_password_reset_policy: never\n    challenge_passwordless_policy: never\n')}databases:\n  - name: users\n    strategy: auth0\nconnections:\n  - name: email\n    strategy: email\n`,
      errors: [
        { messageId: 'never', path: '/challenge_password_reset_policy', line: 4, column: 38 },
        { messageId: 'never', path: '/challenge_passwordless_policy', line: 5, column: 36 },
      ],
    },
    {
      name: 'API dump',
      format: 'api-dump',
      code: '{"attack_protection": {"bot_detection": {"challenge_password_policy": "never"}}}',
      errors: [{ messageId: 'never', entity: 'botDetection', line: 1, column: 71 }],
    },
  ],
});
