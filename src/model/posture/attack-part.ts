import type { AttackProtectionPart, Tenant } from '../types.js';

/** One part of the tenant's attack protection, when the input holds it. */
export function attackPart(tenant: Tenant, part: AttackProtectionPart['part']): AttackProtectionPart | undefined {
  return tenant.posture.attackProtection.find((entity) => entity.part === part);
}

/** Whether a part's `shields` list holds a shield; undefined when the list is not written. */
export function hasShield(entity: AttackProtectionPart, shield: string): boolean | undefined {
  const shields = entity.data.shields;
  return Array.isArray(shields) ? shields.includes(shield) : undefined;
}
