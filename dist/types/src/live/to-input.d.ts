import type { LoadedInput } from '../model/input.js';
import { type TenantSnapshot } from './read-tenant.js';
/**
 * A live read as the loaders' output, so the normal pipeline lints it: one Source per endpoint (no file), each
 * entity at `/{index}` in its collection. `path` is the tenant domain, which names the target in reports.
 */
export declare function snapshotToInput(snapshot: TenantSnapshot): LoadedInput;
/** The API dump format the api-dump loader reads back (`a0lint pull --live --out tenant-dump.json`). */
export declare function snapshotToDump(snapshot: TenantSnapshot): string;
