import { SSO_INTEGRATION_APP_TYPES } from '../data/management-api-fields.js';
import { isUnresolved } from './markers.js';
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
  // A list that is one unresolved value (a Terraform variable, a keyword marker) is unknown, not absent: no defaults.
  if (client.data.grant_types !== undefined && client.data.grant_types !== null) return [];
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

/**
 * A client known to be confidential: neither public nor depending on a value a0lint cannot know (an app type or a
 * token endpoint authentication method from a Terraform expression or an unmapped marker), which could make it public.
 */
function knownConfidential(client: Client): boolean {
  return client.publicBecause === undefined && !isUnresolved(client.data.app_type) && !isUnresolved(client.data.token_endpoint_auth_method);
}

/** The SSO integrations' app types (Management API `app_type` enum; Auth0 docs, *Single Sign-On Integrations*). */
const SSO_INTEGRATION_TYPES: ReadonlySet<string> = new Set(SSO_INTEGRATION_APP_TYPES);

/** Addons that make Auth0 a SAML or WS-Federation identity provider for the client (Auth0 docs, *Configure WS-Fed Applications*). */
const FEDERATION_ADDONS = ['samlp', 'wsfed'];

/**
 * A client that signs users in over SAML or WS-Federation: an SSO integration's app type, or a SAML / WS-Fed addon.
 * Its logins go to /samlp or /wsfed and end in an assertion, so OAuth hardening of the authorization request (PAR,
 * JAR) or of tokens (DPoP, mTLS) does not apply to them.
 */
export function signsInByFederation(client: Client): boolean {
  return (client.appType !== undefined && SSO_INTEGRATION_TYPES.has(client.appType)) || federationAddons(client.data.addons).length > 0;
}

/** Which of the SAML and WS-Fed addons a client's `addons` sets (an addon's settings are an object when it is on). */
export function federationAddons(addons: unknown): string[] {
  if (typeof addons !== 'object' || addons === null || Array.isArray(addons)) return [];
  return FEDERATION_ADDONS.filter((addon) => {
    const settings = (addons as Record<string, unknown>)[addon];
    return typeof settings === 'object' && settings !== null;
  });
}

/**
 * A client whose OAuth authorization requests the tenant can harden (PAR, JAR): its settings are the tenant's, it
 * is known to be confidential (both need client authentication) and it signs users in over OAuth, not SAML or WS-Fed.
 */
export function hardensAuthorizationRequests(client: Client): boolean {
  return settingsOwnedByTenant(client) && knownConfidential(client) && !signsInByFederation(client);
}
