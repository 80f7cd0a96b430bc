import { describe, expect, it } from 'vitest';
import { lintInput } from '../../src/app/lint-input.js';
import type { TokenScopes } from '../../src/live/token.js';
import { snapshotToInput } from '../../src/live/to-input.js';
import { loadText } from '../../src/loaders/load-text.js';
import rule from './index.js';

/** A live read of an empty tenant with the given token scopes, through the real model and engine. */
function findings(token: TokenScopes) {
  const input = snapshotToInput({ domain: 'example.eu.auth0.com', resource_servers: [], clients: [], client_grants: [], token });
  return lintInput(input, { rules: [rule] }).findings;
}

const READ_ONLY = ['read:client_grants', 'read:clients', 'read:resource_servers'];

describe('audit-credentials-read-only', () => {
  it('accepts exactly the three read scopes', () => {
    expect(findings({ scopes: READ_ONLY, from: 'token-response' })).toEqual([]);
  });

  it('accepts other read scopes that reveal no secrets', () => {
    expect(findings({ scopes: [...READ_ONLY, 'read:users'], from: 'token-claims' })).toEqual([]);
  });

  it('says nothing when the token does not state its scopes', () => {
    expect(findings({ scopes: undefined, from: 'unknown' })).toEqual([]);
  });

  it('reports write scopes once, naming them, at the token endpoint', () => {
    const [finding, ...rest] = findings({ scopes: [...READ_ONLY, 'create:client_grants', 'update:clients'], from: 'token-response' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'audit-credentials-read-only', severity: 'warning', endpoint: 'POST /oauth/token', path: '' });
    expect(finding!.message).toContain('2 scope(s) that are not read-only (create:client_grants, update:clients)');
    expect(finding!.location).toBeUndefined();
  });

  it('counts scopes that are neither read nor create/update/delete as writes', () => {
    expect(findings({ scopes: [...READ_ONLY, 'blacklist:tokens'], from: 'token-response' })[0]!.message).toContain('(blacklist:tokens)');
  });

  it('shortens a long scope list', () => {
    const writes = Array.from({ length: 9 }, (_, index) => `update:thing_${index}`);
    expect(findings({ scopes: writes, from: 'token-response' })[0]!.message).toContain('update:thing_5 and 3 more');
  });

  it('reports scopes that read secrets separately', () => {
    const result = findings({ scopes: [...READ_ONLY, 'read:client_keys'], from: 'token-response' });
    expect(result.map((finding) => finding.message)).toEqual([expect.stringContaining('can read application secrets and keys (read:client_keys)')]);
  });

  it('keeps its fingerprint when the scope list changes', () => {
    const a = findings({ scopes: ['create:clients'], from: 'token-response' })[0]!;
    const b = findings({ scopes: ['create:clients', 'delete:clients'], from: 'token-response' })[0]!;
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('never runs on files, which carry no token', () => {
    const input = loadText('dump.json', '{"resource_servers": [], "clients": [], "client_grants": []}', 'api-dump');
    expect(lintInput(input, { rules: [rule] }).findings).toEqual([]);
  });
});
