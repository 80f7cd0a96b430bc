import type { Client } from './types.js';

/** Grant types Auth0 gives a new application of each type when `grant_types` is not set. */
const DEFAULT_GRANT_TYPES: Readonly<Record<string, readonly string[]>> = {
  regular_web: ['implicit', 'authorization_code', 'refresh_token', 'client_credentials'],
  spa: ['implicit', 'authorization_code', 'refresh_token'],
  native: ['implicit', 'authorization_code', 'refresh_token'],
  non_interactive: ['client_credentials'],
};

/**
 * The grant types a client may use: its `grant_types`, or the app type's defaults when the list is absent; an empty
 * list when neither says (the rules that ask do not decide on such a client).
 */
export function grantTypesInUse(client: Client): readonly string[] {
  if (client.grantTypes !== undefined) return client.grantTypes;
  return (client.appType !== undefined && DEFAULT_GRANT_TYPES[client.appType]) || [];
}

/** Where a finding about one of a client's grant types points: the list item, or the client when the list is absent. */
export function grantTypePath(client: Client, grantType: string): string {
  const list = client.data.grant_types;
  const index = Array.isArray(list) ? list.indexOf(grantType) : -1;
  return index === -1 ? '' : `/grant_types/${index}`;
}

/**
 * `compliance_level` profiles (FAPI) and what Auth0 enforces under each (Auth0 docs, *Configure FAPI Compliance*:
 * both FAPI 1 Advanced levels require PAR, JAR and PKCE whatever the client's own flags say; the FAPI 2 levels
 * require PAR and PKCE and name mTLS-bound tokens). A client on such a profile already has that hardening.
 */
type Hardening = 'par' | 'jar' | 'sender-constraining' | 'pkce';
const PROFILE_ENFORCES: Readonly<Record<string, ReadonlySet<Hardening>>> = {
  fapi1_adv_pkj_par: new Set(['par', 'jar', 'pkce']),
  fapi1_adv_mtls_par: new Set(['par', 'jar', 'pkce']),
  fapi2_sp_pkj_mtls: new Set(['par', 'sender-constraining', 'pkce']),
  fapi2_sp_mtls_mtls: new Set(['par', 'sender-constraining', 'pkce']),
};

export function profileEnforces(client: Client, what: Hardening): boolean {
  const level = client.data.compliance_level;
  return typeof level === 'string' && (PROFILE_ENFORCES[level]?.has(what) ?? false);
}

/**
 * Applications whose settings the tenant's administrators write: not the global *All Applications* client of an
 * API dump, and not a CIMD client, whose settings come from the metadata document its owner publishes.
 */
export function settingsOwnedByTenant(client: Client): boolean {
  return client.data.global !== true && typeof client.data.external_client_id !== 'string';
}
