import { type SectionName } from '../model/sections.js';
import type { TokenScopes } from './token.js';
export interface PostureReaders {
    one(name: string, path: string): Promise<unknown>;
    paged(name: string, path: string): Promise<Array<Record<string, unknown>>>;
}
export interface PosturePlan {
    /** The dump keys to read. */
    readonly keys: readonly string[];
    readonly unreadable: ReadonlyMap<SectionName, string>;
}
/** Which sections the token may read; the others are not asked for, only named. */
export declare function posturePlan(token: TokenScopes): PosturePlan;
/** Reads the planned sections concurrently, each into its dump shape. */
export declare function readPosture(plan: PosturePlan, readers: PostureReaders): Promise<Record<string, unknown>>;
/** The endpoint a posture dump key is read from, for messages. */
export declare function endpointOf(key: string): string;
