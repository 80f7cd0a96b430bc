import type { ClientGrant } from './types.js';
export interface ScopeSet {
    has(scope: string): boolean;
}
/**
 * The scopes a grant may name, or undefined when the data cannot tell: the API is not in the data, its scope list
 * is malformed or holds an unresolved keyword marker, or it is a system API whose scopes the export dropped.
 * For the Management API, its public scope vocabulary (plus whatever the data's copy of it defines).
 */
export declare function scopesAvailableTo(grant: ClientGrant): ScopeSet | undefined;
