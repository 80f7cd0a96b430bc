import { isUnresolved } from './markers.js';
import type { ClientGrant } from './types.js';

/** Whether a grant's application is named in a list of client names or ids (rule options). */
export function grantClientListed(grant: ClientGrant, refs: readonly string[]): boolean {
  if (refs.length === 0) return false;
  const candidates = [grant.clientRef, grant.client?.name, grant.client?.clientId];
  return candidates.some((candidate) => candidate !== undefined && refs.includes(candidate));
}

/** A grant whose client or audience is an unresolved keyword marker: what it points at is unknown. */
export function grantHasMarker(grant: ClientGrant): boolean {
  return isUnresolved(grant.clientRef) || isUnresolved(grant.audience);
}
