import type { LoadedInput, RawEntity } from '../model/input.js';
import type { Source } from '../model/types.js';
import { ENDPOINTS, type CollectionName, type TenantSnapshot } from './read-tenant.js';
import { endpointOf, itemEndpointOf } from './read-posture.js';
import { withoutSecrets } from '../model/without-secrets.js';
import { isRecord } from '../shared/values.js';

/**
 * A live read as the loaders' output, so the normal pipeline lints it: one Source per endpoint (no file), each
 * entity at `/{index}` in its collection. `path` is the tenant domain, which names the target in reports.
 */
export function snapshotToInput(snapshot: TenantSnapshot): LoadedInput {
  const sources = new Map<string, Source>(Object.entries(ENDPOINTS).map(([collection, endpoint]) => [collection, { endpoint }]));
  for (const key of Object.keys(snapshot.posture ?? {})) sources.set(key, { endpoint: endpointOf(key) });
  const entities = (collection: CollectionName): RawEntity[] => {
    const source = sources.get(collection)!;
    return snapshot[collection].map((data, index) => ({ data, origin: { source, pointer: `/${index}` } }));
  };
  const collections = { resource_servers: snapshot.resource_servers, clients: snapshot.clients, client_grants: snapshot.client_grants };
  return {
    format: 'api-dump',
    path: snapshot.domain,
    document: { ...collections, ...snapshot.posture },
    ...(snapshot.unreadable ? { unreadable: snapshot.unreadable } : {}),
    // `/clients/3` was item 3 of GET /api/v2/clients; `/email_templates/0/body` the body of the first template's own answer.
    originOf: (pointer) => {
      const [, collection = '', ...rest] = pointer.split('/');
      const items = snapshot.posture?.[collection];
      const endpoint = rest.length > 0 && Array.isArray(items) ? itemEndpointOf(collection, items[Number(rest[0])]) : undefined;
      if (endpoint) return { source: { endpoint }, pointer: rest.length > 1 ? `/${rest.slice(1).join('/')}` : '' };
      const source = sources.get(collection);
      return source ? { source, pointer: rest.length > 0 ? `/${rest.join('/')}` : '' } : { source: { endpoint: 'GET /api/v2' }, pointer };
    },
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
    // Secret values (connection secrets, SMTP passwords) never reach a file.
    ...Object.fromEntries(Object.entries(snapshot.posture ?? {}).map(([key, value]) => [key, secretFree(value)])),
  };
  return `${JSON.stringify(dump, null, 2)}\n`;
}

function secretFree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(secretFree);
  return isRecord(value) ? withoutSecrets(value).data : value;
}
