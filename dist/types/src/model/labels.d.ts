import type { ClientGrant, EntityKind, ResourceServer } from './types.js';
/** How messages name a grant's application: its name when resolved, else the reference as written. */
export declare function grantClientLabel(grant: ClientGrant): string;
/** How messages name an API: its name, else its identifier. */
export declare function apiLabel(api: ResourceServer): string;
/** How messages name each kind of entity. */
export declare const KIND_LABEL: Readonly<Record<EntityKind, string>>;
