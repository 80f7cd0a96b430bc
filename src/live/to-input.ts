import type { LoadedInput, RawEntity } from '../loaders/load.js';
import type { Source } from '../model/types.js';
import { ENDPOINTS, type CollectionName, type TenantSnapshot } from './read-tenant.js';

/**
 * A live read as the loaders' output, so the normal pipeline lints it: one Source per endpoint (no file), each
 * entity at `/{index}` in its collection. `path` is the tenant domain, which names the target in reports.
 */
export function snapshotToInput(snapshot: TenantSnapshot): LoadedInput {
  const entities = (collection: CollectionName): RawEntity[] => {
    const source: Source = { endpoint: ENDPOINTS[collection] };
    return snapshot[collection].map((data, index) => ({ data, origin: { source, pointer: `/${index}` } }));
  };
  return {
    format: 'api-dump',
    path: snapshot.domain,
    domain: snapshot.domain,
    resourceServers: entities('resource_servers'),
    clients: entities('clients'),
    clientGrants: entities('client_grants'),
    markers: [],
    secrets: [],
    errors: [],
    audit: { scopes: snapshot.token.scopes, from: snapshot.token.from, endpoint: 'POST /oauth/token' },
  };
}

/** The API dump format the api-dump loader reads back (`a0lint pull --live --out tenant-dump.json`). */
export function snapshotToDump(snapshot: TenantSnapshot): string {
  const dump = {
    domain: snapshot.domain,
    resource_servers: snapshot.resource_servers,
    clients: snapshot.clients,
    client_grants: snapshot.client_grants,
  };
  return `${JSON.stringify(dump, null, 2)}\n`;
}
