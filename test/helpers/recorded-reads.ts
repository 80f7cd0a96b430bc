import { joinPointer } from '../../src/model/pointer.js';
import type { Tenant } from '../../src/model/types.js';

/**
 * Watches what rules read of the tenant's data: every entity's `data` (and the tenant settings' `flags`) is replaced,
 * in place, by a view that records the document pointer of each value read (a string, a number, a boolean, an
 * absent key) and of each list whose length is read. The pointer is the entity's origin pointer and the path inside
 * it, which is the document pointer for a single-file export.
 */
export function recordReads(tenant: Tenant): Set<string> {
  const reads = new Set<string>();
  const watch = (target: { data: unknown; origin: { pointer: string } }): void => {
    target.data = recording(target.data as object, target.origin.pointer, reads);
  };
  const { posture } = tenant;
  const entities = [
    ...tenant.resourceServers,
    ...tenant.clients,
    ...tenant.clientGrants,
    ...[posture.settings, posture.guardianPolicies, posture.emailProvider].filter((entity) => entity !== undefined),
    ...posture.attackProtection,
    ...posture.guardianFactors,
    ...posture.connections,
    ...posture.emailTemplates,
    ...posture.actions,
    ...posture.rules,
    ...posture.hooks,
    ...posture.pages,
    ...posture.logStreams,
    ...posture.eventStreams,
    ...posture.customDomains,
    ...posture.networkAcls,
  ] as unknown as Array<{ data: unknown; origin: { pointer: string } }>;
  for (const entity of entities) watch(entity);
  if (posture.settings) {
    const settings = posture.settings as unknown as { flags: object; origin: { pointer: string } };
    settings.flags = recording(settings.flags, joinPointer(settings.origin.pointer, 'flags'), reads);
  }
  return reads;
}

function recording<T extends object>(value: T, pointer: string, reads: Set<string>): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      const result = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string') return result;
      if (Array.isArray(target)) {
        if (key === 'length') reads.add(pointer);
        if (!/^\d+$/.test(key)) return result;
      } else if (!Object.hasOwn(target, key) && key in Object.prototype) return result;
      const at = joinPointer(pointer, key);
      if (result !== null && typeof result === 'object') return recording(result, at, reads);
      reads.add(at);
      return result;
    },
    has(target, key) {
      if (typeof key === 'string') reads.add(joinPointer(pointer, key));
      return Reflect.has(target, key);
    },
  });
}
