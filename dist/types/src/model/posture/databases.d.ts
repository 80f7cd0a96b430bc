import type { Connection, Tenant } from '../types.js';
/** The tenant's database connections that write their options, with those options. */
export declare function databasesWithOptions(tenant: Tenant): Array<{
    readonly connection: Connection;
    readonly options: Readonly<Record<string, unknown>>;
}>;
/** "Use my own database" without "Import Users to Auth0": Auth0 stores none of the connection's users. */
export declare function isExternalUserStore(options: Readonly<Record<string, unknown>>): boolean;
