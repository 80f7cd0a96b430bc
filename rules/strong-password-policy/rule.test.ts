import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const strong = yaml`
  databases:
    - name: db
      strategy: auth0
      options:
        passwordPolicy: good
        password_history: { enable: true, size: 5 }
        password_dictionary: { enable: true }
        password_no_personal_info: { enable: true }
`;

testRule(rule, {
  valid: [
    strong,
    { name: 'no databases section', code: 'connections:\n  - name: google\n    strategy: google-oauth2\n' },
    { name: 'a database without options is not guessed', code: 'databases:\n  - name: db\n    strategy: auth0\n' },
    { name: 'other connections are not databases', format: 'api-dump', code: '{"connections": [{"name": "g", "strategy": "google-oauth2", "options": {}}]}' },
    {
      name: 'checks turned off by options',
      code: 'databases:\n  - name: db\n    options:\n      passwordPolicy: low\n',
      options: { minimumPolicy: 'low', requireHistory: false, requireDictionary: false, requireNoPersonalInfo: false },
    },
  ],
  invalid: [
    {
      code: yaml`
        databases:
          - name: Username-Password-Authentication
            strategy: auth0
            options:
              passwordPolicy: fair
              password_complexity_options:
                min_length: 6
              password_history:
                enable: false
      `,
      errors: [
        {
          messageId: 'missing',
          entity: 'Username-Password-Authentication',
          path: '/options',
          data: {
            name: 'Username-Password-Authentication',
            options: 'password_dictionary, password_no_personal_info',
            effects: 'common passwords such as "Password1!" are accepted; passwords may contain the user\'s name or email',
          },
          line: 4,
          column: 5,
        },
        { messageId: 'weakPolicy', entity: 'Username-Password-Authentication', path: '/options/passwordPolicy', line: 5, column: 23 },
        { messageId: 'shortLength', path: '/options/password_complexity_options/min_length', line: 7, column: 21 },
        { messageId: 'noHistory', path: '/options/password_history/enable', line: 9, column: 17 },
      ],
    },
    {
      name: 'passwordPolicy null is the level none, as exported from a connection set to None',
      code: yaml`
        databases:
          - name: Customers
            strategy: auth0
            options:
              passwordPolicy: null
              password_complexity_options:
                min_length: 12
              password_history: { enable: true, size: 5 }
              password_dictionary: { enable: true }
              password_no_personal_info: { enable: true }
      `,
      errors: [
        {
          messageId: 'weakPolicy',
          entity: 'Customers',
          path: '/options/passwordPolicy',
          data: { name: 'Customers', policy: 'none', minimum: 'good' },
          line: 5,
          column: 23,
        },
      ],
    },
    {
      name: 'dictionary and personal-info checks written but turned off',
      code: strong
        .replace('name: db', 'name: Username-Password-Authentication')
        .replace('password_dictionary: { enable: true }', 'password_dictionary: { enable: false }')
        .replace('info: { enable: true }', 'info: { enable: false }'),
      errors: [
        { messageId: 'noDictionary', entity: 'Username-Password-Authentication', path: '/options/password_dictionary/enable', line: 7, column: 38 },
        { messageId: 'personalInfo', entity: 'Username-Password-Authentication', path: '/options/password_no_personal_info/enable', line: 8, column: 44 },
      ],
    },
    {
      name: 'API dump: databases are connections of strategy auth0',
      format: 'api-dump',
      code: '{"connections": [{"name": "db", "strategy": "auth0", "options": {"passwordPolicy": "none", "password_history": {"enable": true}, "password_dictionary": {"enable": true}, "password_no_personal_info": {"enable": true}}}]}',
      errors: [{ messageId: 'weakPolicy', line: 1, column: 84 }],
    },
  ],
});
