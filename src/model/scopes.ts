import { MANAGEMENT_API_SCOPES } from '../data/management-api-scopes.js';
import { hasUnresolvedMarker } from './management-api.js';
import type { ClientGrant, ResourceServer } from './types.js';

export interface ScopeSet {
  has(scope: string): boolean;
}

const NONE: ScopeSet = new Set<string>();

/**
 * The scopes a grant may name, or undefined when the data cannot tell: the API is not in the data, its scope list
 * is malformed or holds an unresolved keyword marker, or it is a system API whose scopes the export dropped.
 * For the Management API, its public scope vocabulary (plus whatever the data's copy of it defines).
 */
export function scopesAvailableTo(grant: ClientGrant): ScopeSet | undefined {
  const own = grant.api && statedScopes(grant.api);
  if (grant.toManagementApi) return { has: (scope) => MANAGEMENT_API_SCOPES.has(scope) || (own?.has(scope) ?? false) };
  return own;
}

/** Computed once per API: many grants point at the same API. */
const stated = new WeakMap<ResourceServer, ScopeSet | undefined>();

function statedScopes(api: ResourceServer): ScopeSet | undefined {
  if (stated.has(api)) return stated.get(api);
  const list = api.data.scopes;
  let result: ScopeSet | undefined;
  // The Management API omits an empty list; deploy-cli drops the field for system APIs, so there it means unknown.
  if (list === undefined || list === null) result = api.isSystem ? undefined : NONE;
  else if (!Array.isArray(list) || hasUnresolvedMarker(JSON.stringify(list))) result = undefined;
  else result = api.scopes;
  stated.set(api, result);
  return result;
}
