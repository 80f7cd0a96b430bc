/**
 * Turns recorded Management API traffic (deploy-cli's nock recordings, go-vcr cassettes of go-auth0 and the
 * Terraform provider) into the API dump format, so the corpus test can lint real response bodies. Only responses
 * of the top-level clients, resource-servers and client-grants endpoints count; the last version of each entity
 * wins, and deletions are ignored, so every entity the recording ever showed is linted once.
 */
import { parse } from 'yaml';

export type Collection = 'clients' | 'resource_servers' | 'client_grants';

export interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly body: unknown;
}

/** No `domain`: recorded hosts can be rewritten for replay, so the model finds the tenant from the data itself. */
export interface ApiDump {
  readonly clients: unknown[];
  readonly resource_servers: unknown[];
  readonly client_grants: unknown[];
}

const ENDPOINT = /^https?:\/\/[^/:]+(?::\d+)?\/api\/v2\/(clients|resource-servers|client-grants)(?:\/[^/?]+)?(?:\?.*)?$/;
const COLLECTION_OF: Readonly<Record<string, Collection>> = { clients: 'clients', 'resource-servers': 'resource_servers', 'client-grants': 'client_grants' };

/** deploy-cli's e2e recordings: a JSON array of nock definitions. */
export function nockExchanges(text: string): Exchange[] {
  const definitions = JSON.parse(text) as Array<{ scope: string; method: string; path: string; status: number; response: unknown }>;
  return definitions.map((entry) => ({ method: entry.method, url: entry.scope + entry.path, status: entry.status, body: entry.response }));
}

/** go-vcr cassettes: YAML with `interactions[].request.{method,url}` and `response.{code,body}` (JSON text). */
export function cassetteExchanges(text: string): Exchange[] {
  const cassette = parse(text) as { interactions?: Array<{ request: { method: string; url: string }; response: { code: number; body: string } }> };
  return (cassette.interactions ?? []).map(({ request, response }) => ({
    method: request.method,
    url: request.url,
    status: response.code,
    body: parseBody(response.body),
  }));
}

export function toApiDump(exchanges: readonly Exchange[]): ApiDump {
  const entities: Record<Collection, Map<string, unknown>> = { clients: new Map(), resource_servers: new Map(), client_grants: new Map() };
  for (const exchange of exchanges) {
    const match = ENDPOINT.exec(exchange.url);
    if (!match || exchange.method === 'DELETE' || exchange.status < 200 || exchange.status >= 300) continue;
    const collection = COLLECTION_OF[match[1]!]!;
    for (const entity of entitiesIn(exchange.body, collection)) entities[collection].set(idOf(entity, collection), entity);
  }
  return {
    clients: [...entities.clients.values()],
    resource_servers: [...entities.resource_servers.values()],
    client_grants: [...entities.client_grants.values()],
  };
}

function entitiesIn(body: unknown, collection: Collection): Record<string, unknown>[] {
  const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body[collection]) ? (body[collection] as unknown[]) : isRecord(body) ? [body] : [];
  return list.filter((entity): entity is Record<string, unknown> => isRecord(entity) && idOf(entity, collection) !== '');
}

/** What identifies an entity within its collection, or '' when it has nothing to go by. */
export function idOf(entity: Record<string, unknown>, collection: Collection): string {
  // An API's identifier is unique in a tenant, while tests recreate APIs under new ids.
  const id = collection === 'clients' ? entity.client_id : collection === 'resource_servers' ? (entity.identifier ?? entity.id) : entity.id;
  return typeof id === 'string' ? id : '';
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
