import { describe, expect, it } from 'vitest';
import type { Origin } from '../../src/model/types.js';
import { toLoadedInput, type FileRange, type TfResource } from '../../src/terraform/to-tenant.js';

/** A resource whose values are counted each time they are made, and which says where it was asked to point. */
function resource(type: string, name: string, values: Record<string, unknown>): TfResource & { made: number } {
  const made = {
    address: `${type}.${name}`,
    mode: 'managed' as const,
    type,
    name,
    file: 'main.tf',
    made: 0,
    values() {
      made.made++;
      return structuredClone(values);
    },
    locate(pointer: string): FileRange {
      // The pointer comes back as the range's end column, the resource's address as the file.
      return { file: `${type}.${name}${pointer}`, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    },
  };
  return made;
}

const where = (origin: Origin): string | undefined => origin.source.locate?.(origin.pointer)?.file;

describe('where model values came from in Terraform', () => {
  const web = resource('auth0_client', 'web', {
    name: 'Web',
    callbacks: ['https://a.example.com', 'https://b.example.com'],
    jwt_configuration: [{ alg: 'RS256', lifetime_in_seconds: 36_000 }],
  });
  const worker = resource('auth0_client', 'worker', { name: 'Worker', grant_types: ['client_credentials'] });
  const api = resource('auth0_resource_server', 'orders', { identifier: 'https://orders.example.com', name: 'Orders' });
  const scopes = resource('auth0_resource_server_scopes', 'orders', {
    resource_server_identifier: 'https://orders.example.com',
    scopes: [
      { name: 'read:orders', description: 'Read' },
      { name: 'write:orders', description: 'Write' },
    ],
  });
  const database = resource('auth0_connection', 'users', { name: 'Users', strategy: 'auth0', options: [{ password_policy: 'good' }] });
  const all = [web, worker, api, scopes, database];
  const input = toLoadedInput(all, 'main.tf', 'terraform');

  it('evaluates each resource once to build the model, and again only for the entities asked where a value is', () => {
    expect(all.map((one) => one.made)).toEqual([1, 1, 1, 1, 1]);
    const client = input.clients.find((entity) => (entity.data as { name: string }).name === 'Web')!;
    expect(where({ source: client.origin.source, pointer: '/jwt_configuration/alg' })).toBe('auth0_client.web/jwt_configuration/0/alg');
    expect(where({ source: client.origin.source, pointer: '/callbacks/1' })).toBe('auth0_client.web/callbacks/1');
    expect(where({ source: client.origin.source, pointer: '/refresh_token/leeway' })).toBe('auth0_client.web');
    expect(all.map((one) => one.made)).toEqual([2, 1, 1, 1, 1]);
  });

  it("points an API's scopes at the scope resource that adds them", () => {
    const source = input.resourceServers[0]!.origin.source;
    expect(where({ source, pointer: '/scopes/1/value' })).toBe('auth0_resource_server_scopes.orders/scopes/1/name');
    expect(where({ source, pointer: '/scopes/0' })).toBe('auth0_resource_server_scopes.orders/scopes/0');
    expect(where({ source, pointer: '/identifier' })).toBe('auth0_resource_server.orders/identifier');
  });

  it('points renamed fields at what the configuration wrote', () => {
    expect(where(input.originOf('/databases/0/options/passwordPolicy'))).toBe('auth0_connection.users/options/0/password_policy');
    expect(where(input.originOf('/databases/0/options'))).toBe('auth0_connection.users/options/0');
  });
});
