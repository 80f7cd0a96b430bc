import type { Connection, Tenant } from '../types.js';
import { isRecord } from './values.js';

/** The tenant's database connections that write their options, with those options. */
export function databasesWithOptions(tenant: Tenant): Array<{ readonly connection: Connection; readonly options: Readonly<Record<string, unknown>> }> {
  const found = [];
  for (const connection of tenant.posture.connections) {
    const options = connection.data.options;
    if (connection.isDatabase && isRecord(options)) found.push({ connection, options });
  }
  return found;
}

/** "Use my own database" without "Import Users to Auth0": Auth0 stores none of the connection's users. */
export function isExternalUserStore(options: Readonly<Record<string, unknown>>): boolean {
  return options.enabledDatabaseCustomization === true && options.import_mode !== true;
}
