import type { ClientGrant, ResourceServer } from './types.js';

/** How messages name a grant's application: its name when resolved, else the reference as written. */
export function grantClientLabel(grant: ClientGrant): string {
  return grant.client?.name ?? grant.clientRef ?? (grant.defaultFor ? `default grant for ${grant.defaultFor}` : '(no client)');
}

/** How messages name an API: its name, else its identifier. */
export function apiLabel(api: ResourceServer): string {
  return api.name ?? api.key;
}
