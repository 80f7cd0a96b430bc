import type { DomainMismatch } from './types.js';
/**
 * What a run says, once per input, when the tenant domain names none of the Management APIs the data holds: the
 * rules still guard the is_system one, but a domain that is not the tenant's canonical one checks grants to the
 * Management API against the wrong host, so the user must hear of it.
 */
export declare function domainMismatchNote(mismatch: DomainMismatch, target: string): string;
