import type { DomainMismatch, DomainSource } from './types.js';

const SOURCE_LABELS: Readonly<Record<DomainSource, string>> = {
  option: "--tenant-domain or the configuration's tenantDomain",
  live: "the live audit's domain",
  dump: "the dump's domain field",
  'system-api': 'an is_system API',
  'grant-audience': "the grants' Management API audience",
};

/**
 * What a run says, once per input, when the tenant domain names none of the Management APIs the data holds: the
 * rules still guard the is_system one, but a domain that is not the tenant's canonical one checks grants to the
 * Management API against the wrong host, so the user must hear of it.
 */
export function domainMismatchNote(mismatch: DomainMismatch, target: string): string {
  const apis = mismatch.managementApis.join(', ');
  return (
    `${target}: the tenant domain ${mismatch.domain} (from ${SOURCE_LABELS[mismatch.domainSource]}) names none of the Management APIs in the data (${apis}); ` +
    "a0lint checks the is_system one as the Management API. Give the tenant's canonical domain (the host of that API, not a custom domain) as the tenant domain."
  );
}
