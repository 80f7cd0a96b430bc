import type { LoadedInput } from './input.js';
import type { Tenant } from './types.js';
export interface BuildOptions {
    /** `--tenant-domain`: wins over anything the data suggests. */
    readonly tenantDomain?: string;
    /** The domain a live audit read the tenant from. */
    readonly liveDomain?: string;
}
/** Normalizes loaded data into the tenant model: keys, resolved references, effective policies. Pure. */
export declare function buildTenant(input: LoadedInput, options?: BuildOptions): Tenant;
