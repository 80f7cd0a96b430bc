import { describe, expect, it } from 'vitest';
import { accessChanges } from '../../src/access/changes.js';
import { loadText } from '../../src/loaders/load-text.js';
import { buildTenant } from '../../src/model/build-tenant.js';
import { fixture } from './helpers.js';

const tenantOf = (text: string) => buildTenant(loadText('tenant.yaml', text, 'yaml'));
const base = tenantOf(fixture('tenant.yaml'));
const head = tenantOf(
  fixture('tenant.yaml')
    .replace('      user:\n        policy: require_client_grant\n', '      user:\n        policy: allow_all\n')
    .replace('  - client_id: Back Office\n    audience: https://acme.eu.auth0.com/api/v2/\n    scope:\n      - read:users\n', ''),
);

describe('access changes for the Action', () => {
  it('counts widenings and narrowings, and says them in plain words, widenings first', () => {
    const changes = accessChanges([{ path: 'tenant.yaml', base, head }]);
    expect([changes.widened, changes.narrowed]).toEqual([1, 1]);
    expect(changes.markdown).toBe(
      '### Access changes\n\n' +
        '**1 widening** (1 added, 0 widened), 1 narrowing (0 narrowed, 1 removed).\n\n' +
        '#### \u26a0\ufe0f Access granted or widened\n\n' +
        '- **added**: Every first-party application with a flow that signs users in (4) can now get user tokens for &quot;Partner API&quot; with all scopes.\n' +
        '\n#### Access revoked or narrowed\n\n' +
        '- **removed**: &quot;Back Office&quot; can no longer get machine-to-machine tokens for &quot;Auth0 Management API&quot;.\n',
    );
  });

  it('one section per input when there are several; an input new in the head adds all its access', () => {
    const changes = accessChanges([
      { path: 'prod/tenant.yaml', base, head: base },
      { path: 'dev/tenant.yaml', head },
    ]);
    expect(changes.narrowed).toBe(0);
    expect(changes.diffs[1]!.diff.counts.added).toBeGreaterThan(0);
    expect(changes.widened).toBe(changes.diffs[1]!.diff.counts.added);
    expect(changes.markdown).toContain('#### <code>prod/tenant.yaml</code>\n\nNo change in who can get tokens.\n');
    expect(changes.markdown).toContain('#### <code>dev/tenant.yaml</code>\n\n**');
  });
});
