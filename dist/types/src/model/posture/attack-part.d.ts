import type { AttackProtectionPart, Tenant } from '../types.js';
/** One part of the tenant's attack protection, when the input holds it. */
export declare function attackPart(tenant: Tenant, part: AttackProtectionPart['part']): AttackProtectionPart | undefined;
/** Whether a part's `shields` list holds a shield; undefined when the list is not written. */
export declare function hasShield(entity: AttackProtectionPart, shield: string): boolean | undefined;
