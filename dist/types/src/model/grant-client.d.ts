import type { ClientGrant } from './types.js';
/** Whether a grant's application is named in a list of client names or ids (rule options). */
export declare function grantClientListed(grant: ClientGrant, refs: readonly string[]): boolean;
/** A grant whose client or audience is an unresolved keyword marker: what it points at is unknown. */
export declare function grantHasMarker(grant: ClientGrant): boolean;
