import { DocumentOrigins } from '../loaders/document-origins.js';
import type { LoadedInput, RawEntity } from '../model/input.js';
import { joinPointer } from '../model/pointer.js';
import type { Origin, Source, TextRange } from '../model/types.js';
import { convert, type Building, type TraceEntry } from './convert.js';
import { postureSections } from './sections.js';
import { ComputedAttribute, isRecord, Unknown } from './values.js';

/** A place in a file, with the file named (a Terraform entity's parts may sit in several files). */
export type FileRange = TextRange & { readonly file: string };

/** A resource as .tf sources or `terraform show -json` give it: values in Terraform's JSON shape. */
export interface TfResource {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** The file findings about the resource point to. */
  readonly file: string;
  values(): Record<string, unknown>;
  /** Where a value is written (a JSON pointer into values()); with `needle`, narrowed to that text on its line. */
  locate(pointer: string, needle?: string): FileRange | undefined;
}

export interface UnknownValue {
  /** The part that could not be known, as written (`var.domain`). */
  readonly expression: string;
  /** The whole value as a0lint shows it, with unknown parts as `${...}`. */
  readonly text: string;
  readonly why: string;
  readonly origin: Origin;
}

/** Keys of values that are credentials, and of mappings that hold only credentials (email provider, action secrets). */
const SECRET_LIKE = /secret|passw(?:or)?d|private_?key|api_?key|access_?key|token$|_token/i;
const SECRET_CONTAINERS = new Set(['credentials', 'secrets', 'configuration']);
/** Fields whose value is a credential: a0lint keeps only the fact that one is written, never the value. */
const SECRET_FIELDS = new Set(['client_secret', 'signing_secret', 'client_secret_wo', 'smtp_pass', 'api_key']);
/** What an API's scopes read as when no resource of the configuration defines them: unknown to every rule. */
const SCOPES_ELSEWHERE = '${auth0_resource_server_scopes}';
const SECRET_BASED_METHODS = new Set(['none', 'client_secret_post', 'client_secret_basic']);

/**
 * Maps Terraform resources onto the tenant model's collections in the Management API's shape, so the same rules
 * run: entity keys match deploy-cli's (a client's name, a grant's `<client name>|<audience>|<subject>`), so
 * fingerprints and baselines carry across. Unknown values become their written text and are listed.
 */
export function toLoadedInput(resources: readonly TfResource[], display: string, format: 'terraform', domain?: string): LoadedInput {
  const apis: Building[] = [];
  const clients = new Map<string, Building>();
  const grants: Building[] = [];
  const scopeResources: TfResource[] = [];
  const credentials: TfResource[] = [];
  for (const resource of resources) {
    if (resource.mode !== 'managed') continue;
    switch (resource.type) {
      case 'auth0_resource_server':
        apis.push(convert(resource));
        break;
      case 'auth0_client':
        clients.set(resource.address, convert(resource));
        break;
      case 'auth0_client_grant':
        grants.push(convert(resource, { scopes: 'scope' }));
        break;
      case 'auth0_resource_server_scopes':
      case 'auth0_resource_server_scope':
        scopeResources.push(resource);
        break;
      case 'auth0_client_credentials':
        credentials.push(resource);
        break;
    }
  }
  // State and plans know existing clients' ids. The model keys a client by its name, as deploy-cli does, so
  // the id is only used to resolve the grants and credentials that name it.
  const byId = new Map<string, Building>();
  for (const client of clients.values()) {
    if (typeof client.data.client_id === 'string') byId.set(client.data.client_id, client);
    delete client.data.client_id;
  }
  addScopes(apis, scopeResources);
  for (const resource of credentials) addCredentials(resource, clients, byId);
  for (const grant of grants) resolveGrantClient(grant, clients, byId);

  const secrets: LoadedInput['secrets'] = [];
  const unknowns: UnknownValue[] = [];
  const entities = (list: Iterable<Building>): RawEntity[] => [...list].map((building) => finish(building, secrets, unknowns));
  const resourceServers = entities(apis);
  const clientEntities = entities(clients.values());
  const clientGrants = entities(grants);
  // The document in the Management API's names, each entity mounted where its resource block is.
  const origins = new DocumentOrigins({ source: { file: display }, pointer: '' });
  const document: Record<string, unknown> = {};
  for (const [key, list] of [
    ['resource_servers', resourceServers],
    ['clients', clientEntities],
    ['client_grants', clientGrants],
  ] as const) {
    document[key] = list.map((entity) => entity.data);
    list.forEach((entity, index) => origins.mount(joinPointer('', key, index), entity.origin));
  }
  // The tenant's other parts under deploy-cli's section names, as a YAML export holds them.
  for (const [name, parts] of postureSections(resources)) {
    if (!Array.isArray(parts)) {
      const section = finish(parts, secrets, unknowns, joinPointer('', name));
      document[name] = section.data;
      origins.mount(joinPointer('', name), section.origin);
      continue;
    }
    const items = parts.map((part, index) => finish(part, secrets, unknowns, joinPointer('', name, index)));
    document[name] = items.map((item) => item.data);
    items.forEach((item, index) => origins.mount(joinPointer('', name, index), item.origin));
    // A finding about the whole section (no active log stream, say) points at its first resource.
    if (items[0]) origins.mount(joinPointer('', name), items[0].origin);
  }
  return {
    format,
    path: display,
    document,
    originOf: origins.originOf,
    resourceServers,
    clients: clientEntities,
    clientGrants,
    markers: [],
    secrets,
    unknowns,
    ...(domain ? { domain } : {}),
    errors: [],
  };
}

/**
 * Scopes defined by auth0_resource_server_scope(s) join their API's `scopes` (as `value`, the API's name). An API
 * with neither inline v0.x scopes nor a scope resource in the configuration has scopes managed elsewhere, or none:
 * unknown either way, so no grant is judged against an empty list.
 */
function addScopes(apis: readonly Building[], scopeResources: readonly TfResource[]): void {
  const byIdentifier = new Map<string, Building>();
  for (const api of apis) if (typeof api.data.identifier === 'string') byIdentifier.set(api.data.identifier, api);
  const extended = new Set<Building>();
  for (const resource of scopeResources) {
    const values = resource.values();
    const identifier = values.resource_server_identifier;
    const api = typeof identifier === 'string' ? byIdentifier.get(identifier) : undefined;
    if (!api) continue;
    const list = Array.isArray(api.data.scopes) ? (api.data.scopes as unknown[]) : ((api.data.scopes = []) as unknown[]);
    extended.add(api);
    const start = list.length;
    for (const item of scopesOf(resource, values, start, undefined)) list.push(item);
    api.trace.change((entries) => void scopesOf(resource, resource.values(), start, entries));
  }
  for (const api of apis) {
    if (api.data.scopes === undefined && !extended.has(api)) {
      // Documented rather than noted per API: most configurations leave some APIs' scopes to another workspace.
      api.data.scopes = SCOPES_ELSEWHERE;
    }
  }
}

/** The scopes a scope resource adds to its API from position `start`, as the API lists them; with `trace`, their places. */
function scopesOf(resource: TfResource, values: Record<string, unknown>, start: number, trace: Map<string, TraceEntry> | undefined): unknown[] {
  if (resource.type === 'auth0_resource_server_scope') {
    trace?.set(joinPointer('/scopes', start), { resource, pointer: '/scope' });
    trace?.set(joinPointer('/scopes', start, 'value'), { resource, pointer: '/scope' });
    return [{ value: values.scope, ...(values.description !== undefined ? { description: values.description } : {}) }];
  }
  const scopes = values.scopes;
  if (scopes instanceof Unknown) {
    trace?.set(joinPointer('/scopes', start), { resource, pointer: '/scopes' });
    return [{ value: scopes }];
  }
  if (!Array.isArray(scopes)) return [];
  const items: unknown[] = [];
  scopes.forEach((scope, index) => {
    if (!isRecord(scope)) return;
    trace?.set(joinPointer('/scopes', start + items.length), { resource, pointer: joinPointer('/scopes', index) });
    trace?.set(joinPointer('/scopes', start + items.length, 'value'), { resource, pointer: joinPointer('/scopes', index, 'name') });
    items.push({ value: scope.name, ...(scope.description !== undefined ? { description: scope.description } : {}) });
  });
  return items;
}

/** auth0_client_credentials sets how its client authenticates: the API keeps that on the client. */
function addCredentials(resource: TfResource, clients: ReadonlyMap<string, Building>, byId: ReadonlyMap<string, Building>): void {
  const values = resource.values();
  const client = clientOf(values.client_id, clients, byId);
  if (!client) return;
  const method = values.authentication_method;
  client.trace.set('/token_endpoint_auth_method', { resource, pointer: '/authentication_method' });
  if (typeof method === 'string' && !SECRET_BASED_METHODS.has(method)) {
    const block = values[method];
    const credentialList = Array.isArray(block) && isRecord(block[0]) ? block[0].credentials : undefined;
    client.trace.set('/client_authentication_methods', { resource, pointer: `/${method}` });
    client.data.client_authentication_methods = { [method]: { credentials: Array.isArray(credentialList) ? credentialList : [] } };
  } else if (method !== undefined) client.data.token_endpoint_auth_method = method;
  // JAR's settings live on the credentials resource in the provider, on the client in the API.
  const jar = values.signed_request_object;
  if (Array.isArray(jar) && isRecord(jar[0])) {
    const { required, credentials } = jar[0];
    client.trace.set('/signed_request_object', { resource, pointer: '/signed_request_object/0' });
    client.trace.set('/signed_request_object/required', { resource, pointer: '/signed_request_object/0/required' });
    client.trace.set('/signed_request_object/credentials', { resource, pointer: '/signed_request_object/0/credentials' });
    // The keys' PEM is not read by any rule; only how many keys there are.
    client.data.signed_request_object = {
      ...(required !== undefined ? { required } : {}),
      credentials: Array.isArray(credentials) ? credentials.map(() => ({})) : [],
    };
  }
  for (const field of ['client_secret', 'client_secret_wo']) {
    if (values[field] === undefined || values[field] === null) continue;
    client.trace.set(`/${field}`, { resource, pointer: `/${field}` });
    client.data[field] = values[field];
  }
}

/** A grant's client_id naming a client of the configuration becomes that client's name, as deploy-cli writes it. */
function resolveGrantClient(grant: Building, clients: ReadonlyMap<string, Building>, byId: ReadonlyMap<string, Building>): void {
  const client = clientOf(grant.data.client_id, clients, byId);
  if (client && (typeof client.data.name === 'string' || client.data.name instanceof Unknown)) grant.data.client_id = client.data.name;
}

/** The client a `client_id` names: a reference to an auth0_client (sources, plans) or a known id (state). */
function clientOf(reference: unknown, clients: ReadonlyMap<string, Building>, byId: ReadonlyMap<string, Building>): Building | undefined {
  if (typeof reference === 'string') return byId.get(reference);
  if (!(reference instanceof ComputedAttribute) || reference.type !== 'auth0_client') return undefined;
  if (reference.attribute !== 'client_id' && reference.attribute !== 'id') return undefined;
  return clients.get(reference.address);
}

/**
 * The entity as rules see it: unknown values as their written text (rules treat `${...}` as unresolved), secrets
 * noted by field and dropped, each value locatable in the file that wrote it.
 */
function finish(building: Building, secrets: LoadedInput['secrets'], unknowns: UnknownValue[], base = ''): RawEntity {
  const { resource, trace } = building;
  // A posture section part is placed at its document pointer (`/databases/0`); entities at their own root.
  const source: Source = {
    file: resource.file,
    locate(pointer: string, needle?: string): TextRange | undefined {
      for (let at = pointer.startsWith(base) ? pointer.slice(base.length) : pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
        const from = trace.get(at);
        if (from) return from.resource.locate(from.pointer, needle);
        if (at === '') return resource.locate('');
      }
    },
  };
  const visit = (value: unknown, pointer: string, key: string | undefined, inSecret: boolean): unknown => {
    if (value instanceof Unknown) {
      // Credentials come from variables on purpose: that they are unknown here hides nothing a rule reads.
      if (!inSecret && !(key !== undefined && SECRET_LIKE.test(key)))
        unknowns.push({ expression: value.cause, text: value.text, why: value.why, origin: { source, pointer } });
      return value.text;
    }
    if (key !== undefined && SECRET_FIELDS.has(key) && typeof value === 'string' && value !== '') {
      // Always inside an entity, which findings name; the pointer inside it stands for the document's.
      secrets.push({ field: key, origin: { source, pointer }, document: pointer });
      return '[REDACTED]';
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, joinPointer(pointer, index), undefined, inSecret));
    if (isRecord(value)) {
      const result: Record<string, unknown> = {};
      const secret = inSecret || (key !== undefined && SECRET_CONTAINERS.has(key));
      for (const field of Object.keys(value)) result[field] = visit(value[field], joinPointer(pointer, field), field, secret);
      return result;
    }
    return value;
  };
  return { data: visit(building.data, base, undefined, false), origin: { source, pointer: base } };
}
