import type { Client } from './types.js';
/**
 * The grant types a client may use: its `grant_types`, or the app type's defaults when the list is absent; an empty
 * list when neither says (the rules that ask do not decide on such a client).
 */
export declare function grantTypesInUse(client: Client): readonly string[];
/** Where a finding about one of a client's grant types points: the list item, or the client when the list is absent. */
export declare function grantTypePath(client: Client, grantType: string): string;
/**
 * `compliance_level` profiles (FAPI) and what Auth0 enforces under each (Auth0 docs, *Configure FAPI Compliance*:
 * both FAPI 1 Advanced levels require PAR, JAR and PKCE whatever the client's own flags say; the FAPI 2 levels
 * require PAR and PKCE and name mTLS-bound tokens). A client on such a profile already has that hardening.
 */
type Hardening = 'par' | 'jar' | 'sender-constraining' | 'pkce';
export declare function profileEnforces(client: Client, what: Hardening): boolean;
/**
 * Applications whose settings the tenant's administrators write: not the global *All Applications* client of an
 * API dump, and not a CIMD client, whose settings come from the metadata document its owner publishes.
 */
export declare function settingsOwnedByTenant(client: Client): boolean;
/**
 * A client that signs users in over SAML or WS-Federation: an SSO integration's app type, or a SAML / WS-Fed addon.
 * Its logins go to /samlp or /wsfed and end in an assertion, so OAuth hardening of the authorization request (PAR,
 * JAR) or of tokens (DPoP, mTLS) does not apply to them.
 */
export declare function signsInByFederation(client: Client): boolean;
/** Which of the SAML and WS-Fed addons a client's `addons` sets (an addon's settings are an object when it is on). */
export declare function federationAddons(addons: unknown): string[];
/**
 * A client whose OAuth authorization requests the tenant can harden (PAR, JAR): its settings are the tenant's, it
 * is known to be confidential (both need client authentication) and it signs users in over OAuth, not SAML or WS-Fed.
 */
export declare function hardensAuthorizationRequests(client: Client): boolean;
export {};
