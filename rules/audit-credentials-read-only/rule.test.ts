import { describe, expect, it } from 'vitest';
import { lintInput } from '../../src/app/lint-input.js';
import type { TokenScopes } from '../../src/live/token.js';
import { snapshotToInput } from '../../src/live/to-input.js';
import { SECTIONS, SECTION_NAMES } from '../../src/model/sections.js';
import { testRule } from '../../test/helpers/rule-tester.js';
import rule from './index.js';

/** A live read of an empty tenant with the given token scopes, through the real model and engine. */
const live = (token: TokenScopes) => snapshotToInput({ domain: 'example.eu.auth0.com', resource_servers: [], clients: [], client_grants: [], token });

const READ_ONLY = ['read:client_grants', 'read:clients', 'read:resource_servers'];
const ENDPOINT = 'POST /oauth/token';
/** The fix names every read scope a live audit uses: the three core ones, then each posture section's. */
const readScopes = [
  ...new Set(['read:resource_servers', 'read:client_grants', 'read:clients', ...SECTION_NAMES.map((section) => SECTIONS[section].scope)]),
].join(', ');

testRule(rule, {
  valid: [
    { name: 'exactly the three read scopes', input: live({ scopes: READ_ONLY, from: 'token-response' }) },
    { name: 'other read scopes that reveal no secrets', input: live({ scopes: [...READ_ONLY, 'read:users'], from: 'token-claims' }) },
    { name: 'a token that does not state its scopes', input: live({ scopes: undefined, from: 'unknown' }) },
    { name: 'files, which carry no token', format: 'api-dump', code: '{"resource_servers": [], "clients": [], "client_grants": []}' },
  ],
  invalid: [
    {
      name: 'write scopes, once, naming them, at the token endpoint',
      input: live({ scopes: [...READ_ONLY, 'create:client_grants', 'update:clients'], from: 'token-response' }),
      errors: [
        {
          messageId: 'write',
          data: { count: 2, scopes: 'create:client_grants, update:clients', readScopes },
          severity: 'warning',
          path: '',
          endpoint: ENDPOINT,
        },
      ],
    },
    {
      name: 'scopes that are neither read nor create/update/delete are writes',
      input: live({ scopes: [...READ_ONLY, 'blacklist:tokens'], from: 'token-response' }),
      errors: [{ messageId: 'write', data: { count: 1, scopes: 'blacklist:tokens', readScopes }, endpoint: ENDPOINT }],
    },
    {
      name: 'a long scope list is shortened',
      input: live({ scopes: Array.from({ length: 9 }, (_, index) => `update:thing_${index}`), from: 'token-response' }),
      errors: [
        {
          messageId: 'write',
          data: { count: 9, scopes: 'update:thing_0, update:thing_1, update:thing_2, update:thing_3, update:thing_4, update:thing_5 and 3 more', readScopes },
          endpoint: ENDPOINT,
        },
      ],
    },
    {
      name: 'scopes that read secrets, separately',
      input: live({ scopes: [...READ_ONLY, 'read:client_keys'], from: 'token-response' }),
      errors: [{ messageId: 'secrets', data: { scopes: 'read:client_keys' }, endpoint: ENDPOINT }],
    },
  ],
});

describe('audit-credentials-read-only fingerprints', () => {
  it('keep a finding when the scope list changes', () => {
    const fingerprintOf = (scopes: string[]) => lintInput(live({ scopes, from: 'token-response' }), { rules: [rule] }).findings[0]!.fingerprint;
    expect(fingerprintOf(['create:clients'])).toBe(fingerprintOf(['create:clients', 'delete:clients']));
  });
});
