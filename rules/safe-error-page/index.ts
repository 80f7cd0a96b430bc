import { defineRule } from '../../src/engine/rule.js';
import { liquidOutputs } from '../../src/model/posture/liquid-outputs.js';
import docs from './README.md';

/** Filters after which a value is safe in HTML: they escape <, >, & and quotes. */
const ESCAPING = new Set(['escape', 'escape_once', 'url_encode', 'url_escape', 'uri_escape', 'cgi_escape', 'h']);
/** Literals and numbers print nothing from the request. */
const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|nil|null|empty|blank)$/;

export default defineRule({
  meta: {
    id: 'safe-error-page',
    description: 'Escape every value the custom error page prints (Liquid `| escape`)',
    defaultSeverity: 'warning',
    category: 'tenant',
    precision: 'high',
    securitySeverity: 6.1,
    tags: ['security', 'xss', 'pages'],
    requires: ['pages'],
    messages: {
      unescaped:
        'The custom error page prints {{value}} without escaping. Auth0 fills error page values such as error_description from the request, so a crafted link ' +
        'can put HTML and script into your login domain (cross-site scripting). Add the escape filter as the last filter: {{fixed}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const page of tenant.posture.pages) {
      if (page.key !== 'error_page' || !page.code) continue;
      for (const output of liquidOutputs(page.code.text)) {
        if (LITERAL.test(output.value) || output.filters.some((filter) => ESCAPING.has(filter))) continue;
        const firstLine = output.text.split('\n')[0]!;
        report({
          entity: page,
          origin: page.code.origin,
          needle: firstLine,
          subject: `${output.value}|${output.filters.join('|')}`,
          messageId: 'unescaped',
          data: {
            value: output.filters.length > 0 ? `${output.value} (through ${output.filters.join(', ')})` : output.value,
            fixed: `{{ ${[output.value, ...output.filters, 'escape'].join(' | ')} }}`,
          },
        });
      }
    }
  },
});
