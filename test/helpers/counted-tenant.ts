import type { Tenant } from '../../src/model/types.js';

/**
 * The tenant with its entity lists watched: `reads()` says how many list elements were read since. Linearity tests
 * count this instead of timing (timing is flaky on shared machines).
 */
export function countedTenant(tenant: Tenant): { tenant: Tenant; reads: () => number } {
  let reads = 0;
  const counted = <T extends object>(list: readonly T[]): readonly T[] =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const watched: Tenant = {
    ...tenant,
    resourceServers: counted(tenant.resourceServers),
    clients: counted(tenant.clients),
    clientGrants: counted(tenant.clientGrants),
    grantsOfApi: (api) => counted(tenant.grantsOfApi(api)),
    grantsOfClient: (client) => counted(tenant.grantsOfClient(client)),
  };
  return { tenant: watched, reads: () => reads };
}
