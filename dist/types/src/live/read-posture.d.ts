import { type SectionName } from '../model/sections.js';
import type { TokenScopes } from './token.js';
/**
 * A posture endpoint that answered 403 or 404 although the token holds its scope: the feature is not on this
 * tenant's plan, or not set up. The section is then named as not read, never counted as clean, and the rest of the
 * audit goes on (unless the endpoint's 404 has a known meaning: `whenAbsent`).
 */
export declare class SectionUnavailable {
    readonly status: number;
    constructor(status: number);
}
export interface PostureReaders {
    one(name: string, path: string): Promise<unknown>;
    paged(name: string, path: string): Promise<Array<Record<string, unknown>> | SectionUnavailable>;
    checkpoint(name: string, path: string, key: string): Promise<Array<Record<string, unknown>> | SectionUnavailable>;
}
export interface PosturePlan {
    /** The dump keys to read. */
    readonly keys: readonly string[];
    readonly unreadable: ReadonlyMap<SectionName, string>;
}
/** Which sections the token may read; the others are not asked for, only named. */
export declare function posturePlan(token: TokenScopes): PosturePlan;
/** Reads the planned sections concurrently, each into its dump shape; sections the API did not serve are listed apart. */
export declare function readPosture(plan: PosturePlan, readers: PostureReaders): Promise<{
    posture: Record<string, unknown>;
    unavailable: Map<string, number>;
}>;
/** A 403 or 404 from a posture endpoint as SectionUnavailable; anything else fails the read as before. */
export declare function unavailableOn(error: unknown): SectionUnavailable;
/** The endpoint a posture dump key is read from, for messages. */
export declare function endpointOf(key: string): string;
/** The endpoint one item of a section read one answer per name came from (`GET /api/v2/email-templates/verify_email`). */
export declare function itemEndpointOf(key: string, item: unknown): string | undefined;
