import type { Client, ClientGrant, ResourceServer, Tenant } from '../model/types.js';
export type Collection = 'resourceServers' | 'clients' | 'clientGrants';
export declare const COLLECTIONS: readonly Collection[];
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
export declare function entitiesOf(tenant: Tenant, collection: Collection): ReadonlyArray<ResourceServer | Client | ClientGrant>;
export declare function viewOf(entity: ResourceServer | Client | ClientGrant): View;
/** Placeholders a message may use, per collection: names and keys only, so a message can never print a secret. */
export declare const MESSAGE_FIELDS: Readonly<Record<Collection, readonly string[]>>;
export declare function messageData(entity: ResourceServer | Client | ClientGrant): Record<string, string>;
