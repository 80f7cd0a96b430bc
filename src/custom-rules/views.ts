import type { Client, ClientGrant, ResourceServer, Tenant } from '../model/types.js';

export type Collection = 'resourceServers' | 'clients' | 'clientGrants';
export const COLLECTIONS: readonly Collection[] = ['resourceServers', 'clients', 'clientGrants'];

/**
 * What a custom rule's predicates see: the entity's fields as written (snake_case, as in the Management API),
 * plus derived facts under names Auth0 does not use, so a predicate never has to re-implement defaults or joins.
 * Derived fields are left out, not null, when unknown, so `required` means "known".
 */
export interface View {
  readonly value: Record<string, unknown>;
  /** Maps a pointer into a derived field back to the entity's own data, for locating a failed assertion. */
  readonly dataPointer: (pointer: string) => string;
}

/** Derived API fields and where each comes from in the data. */
const API_DERIVED: Readonly<Record<string, string>> = {
  '/policy/user': '/subject_type_authorization/user/policy',
  '/policy/client': '/subject_type_authorization/client/policy',
  '/policy': '/subject_type_authorization',
  '/scope_values': '/scopes',
  '/is_management_api': '',
};

function apiValue(api: ResourceServer): Record<string, unknown> {
  const policy: Record<string, string> = {};
  if (api.policy.user.policy) policy.user = api.policy.user.policy;
  if (api.policy.client.policy) policy.client = api.policy.client.policy;
  return { ...api.data, policy, scope_values: [...api.scopes], is_management_api: api.isManagementApi };
}

function clientValue(client: Client): Record<string, unknown> {
  return { ...client.data };
}

function grantValue(grant: ClientGrant): Record<string, unknown> {
  return {
    ...grant.data,
    subject_type: grant.subjectType,
    scope: [...grant.scopes],
    ...(grant.client ? { client: clientValue(grant.client) } : {}),
    ...(grant.api ? { api: apiValue(grant.api) } : {}),
    to_management_api: grant.toManagementApi,
  };
}

export function entitiesOf(tenant: Tenant, collection: Collection): ReadonlyArray<ResourceServer | Client | ClientGrant> {
  return tenant[collection];
}

export function viewOf(entity: ResourceServer | Client | ClientGrant): View {
  switch (entity.kind) {
    case 'resourceServer':
      return { value: apiValue(entity), dataPointer: (pointer) => mapDerived(pointer, API_DERIVED) };
    case 'client':
      return { value: clientValue(entity), dataPointer: (pointer) => pointer };
    case 'clientGrant':
      // A failure inside the joined client or API is reported on the grant itself.
      return { value: grantValue(entity), dataPointer: (pointer) => (/^\/(client|api)(\/|$)/.test(pointer) ? '' : pointer) };
  }
}

function mapDerived(pointer: string, derived: Readonly<Record<string, string>>): string {
  for (const [prefix, target] of Object.entries(derived)) {
    if (pointer === prefix || pointer.startsWith(`${prefix}/`)) return target;
  }
  return pointer;
}

/** Placeholders a message may use, per collection: names and keys only, so a message can never print a secret. */
export const MESSAGE_FIELDS: Readonly<Record<Collection, readonly string[]>> = {
  resourceServers: ['kind', 'key', 'name', 'identifier'],
  clients: ['kind', 'key', 'name', 'app_type'],
  clientGrants: ['kind', 'key', 'name', 'client', 'api', 'audience', 'subject_type'],
};

export function messageData(entity: ResourceServer | Client | ClientGrant): Record<string, string> {
  const common = { kind: entity.kind, key: entity.key, name: entity.name ?? entity.key };
  switch (entity.kind) {
    case 'resourceServer':
      return { ...common, identifier: entity.identifier ?? '' };
    case 'client':
      return { ...common, app_type: entity.appType ?? '' };
    case 'clientGrant':
      return {
        ...common,
        client: entity.client?.name ?? entity.clientRef ?? '',
        api: entity.api?.name ?? entity.audience ?? '',
        audience: entity.audience ?? '',
        subject_type: entity.subjectType,
      };
  }
}
