import { describe, expect, it } from 'vitest';
import { findingsOf, testRule, yaml } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

const FAKE = 'c2VjcmV0LWZvci10ZXN0cy1vbmx5';

testRule(rule, {
  valid: [
    "clients:\n  - name: Worker\n    client_secret: '##WORKER_SECRET##'\n",
    {
      name: 'a mapped marker: the file holds only the marker',
      code: "clients:\n  - name: Worker\n    client_secret: '##WORKER_SECRET##'\n",
      mappings: { WORKER_SECRET: FAKE },
    },
    {
      name: 'redactions and empty values',
      code: "clients:\n  - name: A\n    client_secret: '[REDACTED]'\n  - name: B\n    client_secret: ''\n  - name: C\n    client_secret: '****'\n",
    },
    { name: 'a marker inside a longer value', code: "resourceServers:\n  - identifier: https://a.example.com\n    signing_secret: 'prefix-##SECRET##'\n" },
    {
      name: "deploy-cli's own stand-ins: an obfuscated secret, an old email provider placeholder, its CAPTCHA and SMTP markers",
      code: yaml`
        connections:
          - name: google-oauth2
            options:
              client_secret: _VALUE_NOT_SHOWN_
        emailProvider:
          name: sendgrid
          credentials:
            api_key: YOUR_SENDGRID_API_KEY
        attackProtection:
          captcha:
            hcaptcha:
              site_key: ''
              secret: '##CAPTCHA_HCAPTCHA_SECRET##'
      `,
    },
    { name: 'public JWKs are not secrets', code: 'clients:\n  - name: A\n    jwks: {keys: [{kty: RSA, n: 0vx7, e: AQAB}]}\n' },
    {
      name: 'public certificates are not secrets',
      code: 'clients:\n  - name: A\n    signing_keys:\n      - cert: "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----"\n',
    },
  ],
  invalid: [
    {
      name: 'an API signing secret, without showing the value',
      code: yaml`
        resourceServers:
          - name: Legacy
            identifier: https://legacy.example.com
            signing_secret: ${FAKE}
      `,
      errors: [
        {
          messageId: 'entity',
          entity: 'https://legacy.example.com',
          path: '/signing_secret',
          data: { owner: 'API', name: 'Legacy', field: 'signing_secret' },
          line: 4,
          column: 21,
        },
      ],
    },
    {
      name: 'a client secret in an API dump',
      format: 'api-dump',
      code: `{"clients": [\n  {"client_id": "abc", "name": "Worker", "client_secret": "${FAKE}"}\n]}`,
      errors: [
        {
          messageId: 'entity',
          entity: 'abc',
          path: '/client_secret',
          data: { owner: 'Application', name: 'Worker', field: 'client_secret' },
          line: 2,
          column: 59,
        },
      ],
    },
    {
      name: 'a secret outside clients and APIs is reported by file position',
      code: yaml`
        connections:
          - name: google-oauth2
            options:
              client_secret: ${FAKE}
      `,
      errors: [{ messageId: 'file', path: '/connections/0/options/client_secret', line: 4, column: 22 }],
    },
    {
      name: 'email provider credentials',
      code: yaml`
        emailProvider:
          name: smtp
          credentials:
            smtp_pass: ${FAKE}
            api_key: ${FAKE}
      `,
      errors: [
        { messageId: 'file', data: { field: 'smtp_pass', path: '/emailProvider/credentials/smtp_pass' }, line: 4, column: 16 },
        { messageId: 'file', data: { field: 'api_key', path: '/emailProvider/credentials/api_key' }, line: 5, column: 14 },
      ],
    },
    {
      name: 'a private JWK: points at its private part',
      format: 'api-dump',
      code: `{"clients": [{"client_id": "abc", "jwks": {"keys": [{"kty": "RSA", "n": "0vx7", "e": "AQAB", "d": "${FAKE}"}]}}]}`,
      errors: [{ messageId: 'entity', path: '/jwks/keys/0/d', data: { owner: 'Application', name: 'abc', field: 'private key (JWK)' }, line: 1, column: 99 }],
    },
    {
      name: 'a PEM private key anywhere',
      code: 'clients:\n  - name: A\n    description: "-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----"\n',
      errors: [{ messageId: 'entity', data: { owner: 'Application', name: 'A', field: 'private key' }, path: '/description', line: 3, column: 18 }],
    },
  ],
});

describe('no-secrets-in-config output', () => {
  it('never contains the secret value', () => {
    const findings = findingsOf(rule, { code: `clients:\n  - name: ${FAKE}x\n    client_secret: ${FAKE}\n` });
    expect(findings).toHaveLength(1);
    expect(
      JSON.stringify(findings.map(({ message, path, fingerprint }) => ({ message: message.replace(`${FAKE}x`, 'NAME'), path, fingerprint }))),
    ).not.toContain(FAKE);
  });
});
