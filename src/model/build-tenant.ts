import type { LoadedInput, RawEntity } from './input.js';
import { checkedAt } from './checked-fields.js';
import { isDeployCliPlaceholder } from './deploy-cli-placeholders.js';
import { hasUnresolvedMarker, managementAudienceHost, managementAudience, normalizeAudience, tenantSystemAudience } from './management-api.js';
import { publicBecause } from './client-flows.js';
import { effectivePolicies, SELF_SERVICE_API_DEFAULTS, UNKNOWN_POLICIES } from './policy.js';
import { buildPosture } from './posture.js';
import type {
  Client,
  ClientData,
  ClientGrant,
  ClientGrantData,
  DomainMismatch,
  DomainSource,
  Entity,
  Origin,
  ResourceServer,
  ResourceServerData,
  SecretField,
  SystemApiKind,
  Source,
  Tenant,
  UnknownValue,
  UnresolvedKeyword,
} from './types.js';

export interface BuildOptions {
  /** `--tenant-domain`: wins over anything the data suggests. */
  readonly tenantDomain?: string;
  /** The domain a live audit read the tenant from. */
  readonly liveDomain?: string;
}

/** Normalizes loaded data into the tenant model: keys, resolved references, effective policies. Pure. */
export function buildTenant(input: LoadedInput, options: BuildOptions = {}): Tenant {
  const domain = findDomain(input, options);
  const mgmtAudience = domain.value ? managementAudience(domain.value) : undefined;
  // An is_system API at https://<host>/api/v2/ is the Management API whatever domain was given or derived: a typo
  // in the option or a custom domain must not switch off the rules that guard it.
  const systemManagement = systemManagementIdentifiers(input);
  const isManagementApiAudience = (audience: string): boolean => {
    const normalized = normalizeAudience(audience);
    if (systemManagement.has(normalized)) return true;
    if (mgmtAudience) return normalized === mgmtAudience;
    const host = managementAudienceHost(audience);
    return host !== undefined && (host.endsWith('.auth0.com') || hasUnresolvedMarker(host));
  };
  const domainMismatch: DomainMismatch | undefined =
    domain.value && domain.source && mgmtAudience && systemManagement.size > 0 && !systemManagement.has(mgmtAudience)
      ? { domain: domain.value, domainSource: domain.source, managementApis: [...systemManagement] }
      : undefined;

  // Exports may carry a system API without is_system (deploy-cli's own examples do): its audience still tells.
  const managementHosts = new Set([...systemManagement].map((identifier) => managementAudienceHost(identifier)));
  const isTenantHost = (host: string): boolean =>
    managementHosts.has(host) || (domain.value ? host === domain.value : host.endsWith('.auth0.com') || hasUnresolvedMarker(host));

  const resourceServers = input.resourceServers.map((raw, index) => toResourceServer(raw, index, isManagementApiAudience, isTenantHost));
  const apis = new Map<string, ResourceServer>();
  for (const api of resourceServers) {
    if (api.identifier !== undefined && !apis.has(normalizeAudience(api.identifier))) apis.set(normalizeAudience(api.identifier), api);
  }
  const apiByAudience = (audience: string): ResourceServer | undefined => apis.get(normalizeAudience(audience));

  const clients = input.clients.map(toClient);
  const clientsById = new Map<string, Client>();
  const clientsByName = new Map<string, Client>();
  for (const client of clients) {
    if (client.clientId !== undefined && !clientsById.has(client.clientId)) clientsById.set(client.clientId, client);
    if (client.name !== undefined && !clientsByName.has(client.name)) clientsByName.set(client.name, client);
  }
  const clientByRef = (ref: string): Client | undefined => clientsById.get(ref) ?? clientsByName.get(ref);

  const systemApiOfAudience = (audience: string): SystemApiKind | undefined => {
    if (isManagementApiAudience(audience)) return 'management';
    const selfService = tenantSystemAudience(audience);
    return selfService && isTenantHost(selfService.host) ? selfService.kind : undefined;
  };
  const clientGrants = input.clientGrants.map((raw) => toClientGrant(raw, clientByRef, apiByAudience, systemApiOfAudience));
  const grantsOfApi = groupBy(clientGrants, (grant) => grant.api);
  const grantsOfClient = groupBy(clientGrants, (grant) => grant.client);
  const unknowns = input.unknowns ?? [];
  const entityAt = entityFinder([resourceServers, clients, clientGrants], [...input.markers, ...input.secrets, ...unknowns]);

  return {
    form: input.format === 'api-dump' ? 'api' : 'export',
    domain: domain.value,
    domainSource: domain.source,
    ...(domainMismatch ? { domainMismatch } : {}),
    resourceServers,
    clients,
    clientGrants,
    unresolvedKeywords: input.markers
      .filter(({ marker, document }) => !isDeployCliPlaceholder(marker, document))
      .map(({ marker, origin, document, whole }): UnresolvedKeyword => ({
        marker,
        origin,
        document,
        whole,
        checks: checkedAt(document),
        ...entityAt(origin, document),
      })),
    unknownValues: unknowns.map((value): UnknownValue => ({ ...value, ...entityAt(value.origin, value.origin.pointer) })),
    secrets: input.secrets.map(({ field, origin, document }): SecretField => ({ field, origin, document, ...entityAt(origin, document) })),
    ...(input.audit ? { audit: input.audit } : {}),
    posture: buildPosture(input),
    apiByAudience,
    clientByRef,
    grantsOfApi: (api) => grantsOfApi.get(api) ?? [],
    grantsOfClient: (client) => grantsOfClient.get(client) ?? [],
    isManagementApiAudience,
  };
}

function findDomain(input: LoadedInput, options: BuildOptions): { value?: string; source?: DomainSource } {
  if (options.tenantDomain) return { value: options.tenantDomain.toLowerCase(), source: 'option' };
  if (options.liveDomain) return { value: options.liveDomain.toLowerCase(), source: 'live' };
  if (input.domain) return { value: input.domain.toLowerCase(), source: 'dump' };
  for (const { data } of input.resourceServers) {
    const api = data as ResourceServerData;
    const host = api.is_system === true && typeof api.identifier === 'string' ? managementAudienceHost(api.identifier) : undefined;
    if (host && !hasUnresolvedMarker(host)) return { value: host, source: 'system-api' };
  }
  // Exports omit the Management API itself, but grants to it keep its audience. One such host that is no API in
  // the data names the tenant; several leave the domain unknown rather than guessing.
  const identifiers = new Set(
    input.resourceServers
      .map(({ data }) => (data as ResourceServerData).identifier)
      .filter((id): id is string => typeof id === 'string')
      .map(normalizeAudience),
  );
  const hosts = new Set<string>();
  for (const { data } of input.clientGrants) {
    const audience = (data as ClientGrantData).audience;
    // Most audiences are no Management API audience; the substring says so before any lookup.
    if (typeof audience !== 'string' || !/\/api\/v2\/?\s*$/i.test(audience) || identifiers.has(normalizeAudience(audience))) continue;
    const host = managementAudienceHost(audience);
    if (host && !hasUnresolvedMarker(host)) hosts.add(host);
  }
  const auth0Hosts = [...hosts].filter((host) => host.endsWith('.auth0.com'));
  const candidates = auth0Hosts.length > 0 ? auth0Hosts : [...hosts];
  return candidates.length === 1 ? { value: candidates[0], source: 'grant-audience' } : {};
}

/** Normalized identifiers of the `is_system` APIs shaped like a Management API audience. */
function systemManagementIdentifiers(input: LoadedInput): ReadonlySet<string> {
  const identifiers = new Set<string>();
  for (const { data } of input.resourceServers) {
    const api = data as ResourceServerData;
    if (api.is_system !== true || typeof api.identifier !== 'string') continue;
    const host = managementAudienceHost(api.identifier);
    if (host !== undefined && !hasUnresolvedMarker(host)) identifiers.add(normalizeAudience(api.identifier));
  }
  return identifiers;
}

/**
 * Identifiers of Auth0's own APIs that are the same in every tenant, so a configuration that declares one (Terraform
 * does not hold `is_system`) still names a system API: Okta's Express Configuration API (is_system in the
 * Management API's answers, go-auth0's recording TestResourceServer_ExpressConfiguration).
 */
const AUTH0_SYSTEM_IDENTIFIERS: ReadonlySet<string> = new Set(['urn:auth0:express-configure']);

function toResourceServer(
  raw: RawEntity,
  index: number,
  isManagementApiAudience: (audience: string) => boolean,
  isTenantHost: (host: string) => boolean,
): ResourceServer {
  const data = raw.data as ResourceServerData;
  const identifier = asString(data.identifier);
  const name = asString(data.name);
  const isManagementApi = identifier !== undefined && isManagementApiAudience(identifier);
  const selfService = identifier !== undefined ? tenantSystemAudience(identifier) : undefined;
  const selfServiceKind = selfService && (data.is_system === true || isTenantHost(selfService.host)) ? selfService.kind : undefined;
  const systemApi: SystemApiKind | undefined = isManagementApi ? 'management' : selfServiceKind;
  const isSystem = data.is_system === true || systemApi !== undefined || (identifier !== undefined && AUTH0_SYSTEM_IDENTIFIERS.has(identifier));
  const scopes = new Set<string>();
  if (Array.isArray(data.scopes)) {
    for (const scope of data.scopes) {
      // deploy-cli's schema and Terraform call the scope field `name`; the API calls it `value`.
      const value = asString((scope as { value?: unknown })?.value) ?? asString((scope as { name?: unknown })?.name);
      if (value !== undefined) scopes.add(value);
    }
  }
  // The Management API takes the ordinary defaults and the self-service APIs their documented ones; for other
  // system APIs Auth0 documents none, so an absent policy is unknown.
  const policy =
    systemApi === 'management' || !isSystem
      ? effectivePolicies(data.subject_type_authorization)
      : systemApi !== undefined
        ? effectivePolicies(data.subject_type_authorization, SELF_SERVICE_API_DEFAULTS)
        : data.subject_type_authorization === undefined
          ? UNKNOWN_POLICIES
          : effectivePolicies(data.subject_type_authorization);
  return {
    kind: 'resourceServer',
    key: identifier ?? name ?? `#${index}`,
    name,
    data,
    origin: raw.origin,
    identifier,
    isSystem,
    isManagementApi,
    systemApi,
    scopes,
    policy,
  };
}

function toClient(raw: RawEntity, index: number): Client {
  const data = raw.data as ClientData;
  const clientId = asString(data.client_id);
  const name = asString(data.name);
  return {
    kind: 'client',
    key: clientId ?? name ?? `#${index}`,
    name,
    data,
    origin: raw.origin,
    clientId,
    appType: asString(data.app_type),
    grantTypes: Array.isArray(data.grant_types) ? onlyStrings(data.grant_types) : undefined,
    publicBecause: publicBecause(data),
    thirdParty: data.is_first_party === false,
  };
}

function toClientGrant(
  raw: RawEntity,
  clientByRef: (ref: string) => Client | undefined,
  apiByAudience: (audience: string) => ResourceServer | undefined,
  systemApiOfAudience: (audience: string) => SystemApiKind | undefined,
): ClientGrant {
  const data = raw.data as ClientGrantData;
  const clientRef = asString(data.client_id);
  const audience = asString(data.audience);
  const subjectType = asString(data.subject_type) ?? 'client';
  const defaultFor = asString(data.default_for);
  const client = clientRef !== undefined ? clientByRef(clientRef) : undefined;
  const api = audience !== undefined ? apiByAudience(audience) : undefined;
  const toSystemApi = api ? api.systemApi : audience !== undefined ? systemApiOfAudience(audience) : undefined;
  return {
    kind: 'clientGrant',
    key: `${clientRef ?? defaultFor ?? ''}|${audience ?? ''}|${subjectType}`,
    name: client?.name,
    data,
    origin: raw.origin,
    clientRef,
    audience,
    subjectType,
    scopes: Array.isArray(data.scope) ? onlyStrings(data.scope) : [],
    allowAllScopes: data.allow_all_scopes === true,
    defaultFor,
    client,
    api,
    toManagementApi: toSystemApi === 'management',
    toSystemApi,
  };
}

/**
 * Finds the entity that holds a place in a source: the one whose pointer is the longest prefix of it. Only the
 * sources of the places asked about are indexed (most inputs have few markers and secrets, and many entities).
 */
function entityFinder(
  collections: ReadonlyArray<readonly Entity[]>,
  places: ReadonlyArray<{ readonly origin: Origin }>,
): (origin: Origin, document: string) => { entity?: Entity; path: string } {
  // Every pointer an entity may stand at: the places' pointers and their prefixes.
  const prefixes = new Set<string>();
  for (const { origin } of places) {
    for (let prefix = origin.pointer; !prefixes.has(prefix); prefix = prefix.slice(0, Math.max(0, prefix.lastIndexOf('/')))) {
      prefixes.add(prefix);
      if (prefix === '') break;
    }
  }
  const bySource = new Map<Source, Map<string, Entity>>(places.map(({ origin }) => [origin.source, new Map()]));
  if (bySource.size > 0) {
    for (const entities of collections) {
      for (const entity of entities) {
        if (prefixes.has(entity.origin.pointer)) bySource.get(entity.origin.source)?.set(entity.origin.pointer, entity);
      }
    }
  }
  return (origin, document) => {
    const byPointer = bySource.get(origin.source);
    if (byPointer) {
      for (let prefix = origin.pointer; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
        const entity = byPointer.get(prefix);
        if (entity) return { entity, path: origin.pointer.slice(prefix.length) };
        if (prefix === '') break;
      }
    }
    return { path: document };
  };
}

function groupBy<K, V>(values: readonly V[], keyOf: (value: V) => K | undefined): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** The list's strings; the list itself when it holds nothing else (the usual case: no copy per entity). */
function onlyStrings(list: readonly unknown[]): readonly string[] {
  for (const item of list) if (typeof item !== 'string') return list.filter((entry): entry is string => typeof entry === 'string');
  return list as readonly string[];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
