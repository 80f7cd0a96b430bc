import { describe, expect, it } from 'vitest';
import { diffAccess } from '../../src/access/diff.js';
import { accessOfDump, accessOfYaml, fixture } from './helpers.js';

const shopText = fixture('tenant.yaml');
const shop = accessOfYaml(shopText);

/** The fixture with one edit, as a pull request would make it. */
function edited(from: string, to: string): ReturnType<typeof accessOfYaml> {
  if (!shopText.includes(from)) throw new Error(`fixture lacks ${from}`);
  return accessOfYaml(shopText.replace(from, to));
}

function changesOf(head: ReturnType<typeof accessOfYaml>, base = shop) {
  return diffAccess(base, head).changes.map(({ kind, api, subjectType, client, clientName, addedScopes, removedScopes, summary }) => ({
    kind,
    api,
    subjectType,
    who: clientName ?? client,
    addedScopes,
    removedScopes,
    summary,
  }));
}

describe('access diff', () => {
  it('the same tenant: no change', () => {
    expect(diffAccess(shop, accessOfYaml(shopText)).changes).toEqual([]);
  });

  it('a grant added', () => {
    const head = edited(
      'clientGrants:\n',
      'clientGrants:\n  - client_id: Inventory Sync\n    audience: https://partner.example.com\n    scope:\n      - partner:read\n',
    );
    expect(changesOf(head)).toEqual([
      {
        kind: 'added',
        api: 'https://partner.example.com',
        subjectType: 'client',
        who: 'Inventory Sync',
        addedScopes: ['partner:read'],
        removedScopes: [],
        summary: '"Inventory Sync" can now get machine-to-machine tokens for "Partner API" with partner:read.',
      },
    ]);
  });

  it('a scope added to a grant', () => {
    const head = edited(
      '  - client_id: Inventory Sync\n    audience: https://inventory.example.com\n    scope:\n      - stock:read\n',
      '  - client_id: Inventory Sync\n    audience: https://inventory.example.com\n    scope:\n      - stock:read\n      - stock:write\n',
    );
    expect(changesOf(head)).toEqual([
      expect.objectContaining({
        kind: 'widened',
        who: 'Inventory Sync',
        addedScopes: ['stock:write'],
        summary: '"Inventory Sync" gets machine-to-machine tokens for "Inventory API" with more scopes: stock:write.',
      }),
    ]);
  });

  it('a policy relaxed: require_client_grant to allow_all is one entry for every first-party application', () => {
    const head = edited(
      '    subject_type_authorization:\n      user:\n        policy: require_client_grant\n',
      '    subject_type_authorization:\n      user:\n        policy: allow_all\n',
    );
    const changes = changesOf(head);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'added',
        api: 'https://partner.example.com',
        who: 'every first-party application with a flow that signs users in',
        addedScopes: 'all',
        summary: 'Every first-party application with a flow that signs users in (4) can now get user tokens for "Partner API" with all scopes.',
      }),
    ]);
  });

  it('a policy relaxed: deny_all to require_client_grant makes a grant work', () => {
    const head = edited(
      '      user:\n        policy: deny_all\n      client:\n        policy: deny_all\n',
      '      user:\n        policy: deny_all\n      client:\n        policy: require_client_grant\n',
    );
    expect(changesOf(head)).toEqual([
      expect.objectContaining({
        kind: 'widened',
        who: 'Inventory Sync',
        summary:
          '"Inventory Sync" can now get machine-to-machine tokens for "Ledger API" with no scope; before, it could not ("Ledger API" sets its client policy to deny_all: no application gets machine-to-machine tokens, whatever its grants say).',
      }),
    ]);
  });

  it('a policy tightened: allow_all to require_client_grant narrows each application to its grant', () => {
    const head = edited('      user:\n        policy: allow_all\n', '      user:\n        policy: require_client_grant\n');
    const changes = changesOf(head);
    expect(changes.map((change) => [change.kind, change.who])).toEqual([
      ['removed', 'every first-party application with a flow that signs users in'],
      ['narrowed', 'Storefront'],
    ]);
    expect(changes[1]!.summary).toBe('"Storefront" keeps user tokens for "Orders API" with fewer scopes: now only orders:read.');
  });

  it('an application removed', () => {
    const head = edited('  - name: Back Office\n    app_type: regular_web\n    grant_types:\n      - authorization_code\n      - client_credentials\n', '');
    const changes = changesOf(head);
    expect(changes.map((change) => [change.kind, change.api, change.subjectType, change.who])).toEqual([
      ['narrowed', 'https://acme.eu.auth0.com/api/v2/', 'client', 'Back Office'],
      ['narrowed', 'https://inventory.example.com', 'client', 'Back Office'],
      ['narrowed', 'https://inventory.example.com', 'user', 'every first-party application with a flow that signs users in'],
      ['narrowed', 'https://orders.example.com', 'user', 'every first-party application with a flow that signs users in'],
    ]);
    expect(changes[1]!.summary).toBe(
      '"Back Office" can no longer get machine-to-machine tokens for "Inventory API" (the grant names "Back Office", which is no application in the data).',
    );
    expect(changes[2]!.summary).toBe(
      'Every first-party application with a flow that signs users in (3) keeps user tokens for "Inventory API" with 1 fewer application.',
    );
  });

  it('an export and the live tenant of the same configuration: matched by name, no change', () => {
    const exported = accessOfYaml(
      'resourceServers:\n  - name: Orders\n    identifier: https://orders.example.com\nclients:\n  - name: Worker\n    app_type: non_interactive\n    grant_types: [client_credentials]\nclientGrants:\n  - client_id: Worker\n    audience: https://orders.example.com\n    scope: [orders:read]\n',
    );
    const live = accessOfDump({
      resource_servers: [{ name: 'Orders', identifier: 'https://orders.example.com/' }],
      clients: [{ client_id: 'abc123', name: 'Worker', app_type: 'non_interactive', grant_types: ['client_credentials'] }],
      client_grants: [{ id: 'cgr_1', client_id: 'abc123', audience: 'https://orders.example.com', scope: ['orders:read', 'orders:write'] }],
    });
    expect(changesOf(live, exported)).toEqual([expect.objectContaining({ kind: 'widened', who: 'Worker', addedScopes: ['orders:write'] })]);
  });
});
