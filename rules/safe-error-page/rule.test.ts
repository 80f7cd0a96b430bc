import { testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    'pages:\n  - name: error_page\n    html: "<p>{{ error_description | escape }} {{ \'a|b\' }} {{ tracking | upcase | escape }}</p>"\n',
    { name: 'other pages are not Liquid', code: 'pages:\n  - name: login\n    html: "<p>{{ x }}</p>"\n' },
    { name: 'raw blocks', code: 'pages:\n  - name: error_page\n    html: "{% raw %}{{ x }}{% endraw %}"\n' },
    { name: 'no pages section', code: 'tenant: {}\n' },
  ],
  invalid: [
    {
      code: yaml`
        pages:
          - name: error_page
            html: |
              <html>
                <p>{{ error_description }}</p>
                <p>{{- error | upcase -}}</p>
              </html>
      `,
      errors: [
        {
          messageId: 'unescaped',
          entity: 'error_page',
          data: { value: 'error_description', fixed: '{{ error_description | escape }}' },
          line: 5,
          column: 12,
          endColumn: 35,
        },
        { messageId: 'unescaped', data: { value: 'error (through upcase)', fixed: '{{ error | upcase | escape }}' }, line: 6, column: 12 },
      ],
    },
    {
      name: 'API dump: the error page is in the tenant settings',
      format: 'api-dump',
      code: '{"tenant_settings": {"error_page": {"html": "<p>{{error_description}}</p>", "show_log_link": false}}}',
      errors: [{ messageId: 'unescaped', entity: 'error_page', line: 1, column: 49 }],
    },
  ],
});
