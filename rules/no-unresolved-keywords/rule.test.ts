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

// What deploy-cli 8.x writes into an export made without secrets: its own placeholders in the CAPTCHA section and
// the email provider's credentials, and markers in connection secrets.
const freshExport = yaml`
  connections:
    - name: github
      strategy: github
      options:
        client_id: Iv1.abc
        client_secret: '##CONNECTIONS_GITHUB_SECRET##'
  emailProvider:
    name: smtp
    credentials:
      smtp_host: smtp.example.com
      smtp_user: '##SMTP_USER##'
      smtp_pass: '##SMTP_PASS##'
  attackProtection:
    captcha:
      active_provider_id: recaptcha_v2
      recaptcha_v2:
        site_key: 6Lc-site-key
        secret: '##CAPTCHA_RECAPTCHA_V2_SECRET##'
      hcaptcha:
        site_key: ''
        secret: '##CAPTCHA_HCAPTCHA_SECRET##'
  logStreams:
    - name: Datadog
      type: datadog
      sink:
        datadogApiKey: '##LOGSTREAMS_DATADOG_SECRET##'
`;

testRule(rule, {
  valid: [
    { name: 'every marker mapped', code, mappings: { APP_HOST: 'app.example.com', TENANT_NAME: 'Shop' } },
    { name: 'lower-case ##words## are not markers', code: 'clients:\n  - name: "##web##"\n' },
    { name: "a fresh export: markers only in fields no rule reads (secrets, credentials) and deploy-cli's own CAPTCHA placeholders", code: freshExport },
    { name: 'an unmapped marker in tenant settings, which no rule reads', code: "tenant:\n  friendly_name: '##TENANT_NAME##'\n" },
    {
      name: "deploy-cli's CAPTCHA placeholders are never reported, even with reportUnreadFields",
      code: "attackProtection:\n  captcha:\n    arkose:\n      site_key: ''\n      secret: '##CAPTCHA_ARKOSE_SECRET##'\n",
      options: { reportUnreadFields: true },
    },
  ],
  invalid: [
    {
      name: 'a marker inside a URL: error, naming what could not be checked, located at the marker itself',
      code,
      mappings: { TENANT_NAME: 'Shop' },
      errors: [
        {
          messageId: 'part',
          entity: 'Web',
          path: '/callbacks/0',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 29,
          data: { marker: '##APP_HOST##', key: 'APP_HOST', what: 'a callback URL' },
        },
      ],
    },
    {
      name: 'a whole-value marker in a grant audience: deploy-cli would leave the field out',
      code: "clientGrants:\n  - client_id: Web\n    audience: '##API_AUDIENCE##'\n    scope: []\n",
      errors: [
        {
          messageId: 'whole',
          path: '/audience',
          line: 3,
          column: 16,
          data: { marker: '##API_AUDIENCE##', key: 'API_AUDIENCE', what: 'the API the grant is for' },
        },
      ],
    },
    {
      name: 'a marker for a whole list of grant types',
      code: 'clients:\n  - name: Web\n    grant_types: @@WEB_GRANT_TYPES@@\n',
      errors: [
        {
          messageId: 'whole',
          entity: 'Web',
          path: '/grant_types',
          line: 3,
          column: 18,
          data: { marker: '@@WEB_GRANT_TYPES@@', key: 'WEB_GRANT_TYPES', what: "the application's grant types" },
        },
      ],
    },
    {
      name: 'a marker in an access policy',
      code: "resourceServers:\n  - identifier: https://api.example.com\n    subject_type_authorization:\n      client:\n        policy: '##M2M_POLICY##'\n",
      errors: [
        {
          messageId: 'whole',
          path: '/subject_type_authorization/client/policy',
          line: 5,
          column: 18,
          data: { marker: '##M2M_POLICY##', key: 'M2M_POLICY', what: "the API's access policy" },
        },
      ],
    },
    {
      name: 'markers in posture fields the posture rules read: errors naming what could not be checked',
      code: "tenant:\n  session_lifetime: '@@SESSION_HOURS@@'\nattackProtection:\n  bruteForceProtection:\n    enabled: '##BRUTE_FORCE_ON##'\nguardianPolicies: @@MFA_POLICY@@\n",
      errors: [
        { messageId: 'whole', line: 2, column: 22, data: { marker: '@@SESSION_HOURS@@', key: 'SESSION_HOURS', what: 'a session lifetime' } },
        {
          messageId: 'whole',
          line: 5,
          column: 15,
          data: { marker: '##BRUTE_FORCE_ON##', key: 'BRUTE_FORCE_ON', what: 'whether brute-force protection is on' },
        },
        { messageId: 'whole', line: 6, column: 19, data: { marker: '@@MFA_POLICY@@', key: 'MFA_POLICY', what: 'the MFA policy' } },
      ],
    },
    {
      name: 'with reportUnreadFields, markers in unread fields are reported too, the CAPTCHA placeholders still not',
      code: freshExport,
      options: { reportUnreadFields: true },
      errors: [
        { messageId: 'unread', path: '/connections/0/options/client_secret', line: 6, column: 23 },
        { messageId: 'unread', path: '/emailProvider/credentials/smtp_user', line: 11, column: 17 },
        { messageId: 'unread', path: '/emailProvider/credentials/smtp_pass', line: 12, column: 17 },
        { messageId: 'unread', path: '/logStreams/0/sink/datadogApiKey', line: 26, column: 23 },
      ],
    },
    {
      name: 'an @@KEY@@ marker outside any entity has no entity (reported when unread fields are asked for)',
      code: 'tenant:\n  enabled_locales: @@LOCALES@@\n',
      options: { reportUnreadFields: true },
      errors: [{ messageId: 'unread', line: 2, column: 20, endLine: 2, endColumn: 31 }],
    },
  ],
});
