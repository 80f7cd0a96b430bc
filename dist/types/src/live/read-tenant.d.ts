import { InputError } from '../shared/errors.js';
import type { HttpClient } from './http.js';
import { type Credentials, type TokenScopes } from './token.js';
import type { SectionName } from '../model/sections.js';
export type CollectionName = 'resource_servers' | 'clients' | 'client_grants';
/** Any collection read: a CollectionName, or a posture section named by its dump key ("token" for the token request). */
export type ReadName = string;
export declare const ENDPOINTS: Readonly<Record<CollectionName, string>>;
/** The largest page the Management API serves; a smaller `limit` in the answer is followed. */
export declare const PAGE_SIZE = 100;
export interface TenantSnapshot {
    /** The canonical tenant domain (host[:port]). */
    readonly domain: string;
    readonly resource_servers: Array<Record<string, unknown>>;
    readonly clients: Array<Record<string, unknown>>;
    readonly client_grants: Array<Record<string, unknown>>;
    readonly token: TokenScopes;
    /** The posture sections read, under their dump keys (secrets are dropped when the model is built). */
    readonly posture?: Record<string, unknown>;
    /** Posture sections not read, and why (the token lacks the scope). */
    readonly unreadable?: ReadonlyMap<SectionName, string>;
}
export interface ReadProgress {
    (event: {
        collection: ReadName;
        page: number;
        items: number;
        total?: number;
        done: boolean;
    }): void;
}
export interface ReadOptions {
    readonly http: HttpClient;
    readonly canonicalHost: string;
    /** Requests go here (a custom domain) when given; the audience stays canonical. */
    readonly requestHost?: string;
    readonly credentials: Credentials;
    readonly maxConcurrency?: number;
    /** The most items read from one collection: MAX_ITEMS unless told (tests of the bound lower it). */
    readonly maxItems?: number;
    readonly progress?: ReadProgress;
    /** Called with each Management API token received (the Action masks it in the job log). */
    readonly onToken?: (token: string) => void;
}
/** Why a live read did not produce complete data: always names the collection (or the token) and the cause. */
export declare class LiveReadError extends InputError {
    readonly collection: ReadName;
    readonly detail: string;
    name: string;
    constructor(collection: ReadName, detail: string);
}
/** Reads the three collections concurrently, all or nothing: any incomplete collection throws LiveReadError. */
export declare function readTenant(options: ReadOptions): Promise<TenantSnapshot>;
