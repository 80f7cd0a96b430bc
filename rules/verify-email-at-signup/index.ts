import { defineRule } from '../../src/engine/rule.js';
import { databasesWithOptions } from '../../src/model/posture/databases.js';
import { dig, label } from '../../src/model/posture/values.js';
import docs from './README.md';

export default defineRule({
  meta: {
    id: 'verify-email-at-signup',
    description: 'Verify email addresses with a one-time code during signup, not with a link after the account exists',
    defaultSeverity: 'note',
    category: 'authentication',
    precision: 'high',
    securitySeverity: 3.0,
    tags: ['security', 'connections', 'email'],
    requires: ['databases'],
    preset: 'strict',
    messages: {
      link:
        'Database connection "{{name}}" verifies email addresses by link, not by code. Its attributes.email.verification_method is link: the account exists ' +
        'before its owner proves the address, so anyone can sign up with an address that is not theirs. Set verification_method to otp.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    for (const { connection, options } of databasesWithOptions(tenant)) {
      if (dig(options, 'attributes', 'email', 'verification_method') !== 'link') continue;
      report({ entity: connection, path: '/options/attributes/email/verification_method', messageId: 'link', data: { name: label(connection) } });
    }
  },
});
