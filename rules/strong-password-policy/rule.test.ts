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
          - name: db
            strategy: auth0
            options:
              passwordPolicy: fair
              password_complexity_options:
                min_length: 6
              password_history:
                enable: false
      `,
      errors: [
        { messageId: 'missing', entity: 'db', path: '/options', message: 'sets none of password_dictionary, password_no_personal_info', line: 4, column: 5 },
        { messageId: 'weakPolicy', entity: 'db', path: '/options/passwordPolicy', line: 5, column: 23 },
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
      errors: [{ messageId: 'weakPolicy', entity: 'Customers', path: '/options/passwordPolicy', message: 'uses the password strength "none"', line: 5, column: 23 }],
    },
    {
      name: 'API dump: databases are connections of strategy auth0',
      format: 'api-dump',
      code: '{"connections": [{"name": "db", "strategy": "auth0", "options": {"passwordPolicy": "none", "password_history": {"enable": true}, "password_dictionary": {"enable": true}, "password_no_personal_info": {"enable": true}}}]}',
      errors: [{ messageId: 'weakPolicy', line: 1, column: 84 }],
    },
  ],
});
