import { hasUnresolvedMarker } from './management-api.js';
import type { Client, ClientData, PublicBecause } from './types.js';

/** Application types that run on a user's device and cannot keep a client secret. */
export const PUBLIC_APP_TYPES: readonly string[] = ['spa', 'native'];

export const CLIENT_CREDENTIALS = 'client_credentials';

/**
 * Client authentication methods that need no secret: keys and certificates registered in
 * `client_authentication_methods` (private-key JWT, mTLS with a CA-issued or self-signed certificate).
 */
const KEY_AUTH_METHODS: readonly string[] = ['private_key_jwt', 'tls_client_auth', 'self_signed_tls_client_auth'];

/** The key-based methods a client registers in `client_authentication_methods` (an entry set to null is none). */
export function keyAuthMethods(data: ClientData): string[] {
  const methods = data.client_authentication_methods;
  if (typeof methods !== 'object' || methods === null || Array.isArray(methods)) return [];
  return KEY_AUTH_METHODS.filter((method) => {
    const entry = (methods as Record<string, unknown>)[method];
    return entry !== undefined && entry !== null;
  });
}

/**
 * Why a client is public, from its app type and its token endpoint authentication together (the model computes it
 * once; rules read `client.publicBecause`). Auth0 flags an application public with token_endpoint_auth_method
 * none and treats one without the field as confidential ("Auth0 Grant Types Mapping"); single-page and native apps
 * run on users' devices, so even a secret they were given is readable there. A client that authenticates with a key
 * or certificate (client_authentication_methods) is confidential whatever token_endpoint_auth_method says.
 */
export function publicBecause(data: ClientData): PublicBecause | undefined {
  if (typeof data.app_type === 'string' && PUBLIC_APP_TYPES.includes(data.app_type)) return 'app_type';
  if (data.token_endpoint_auth_method === 'none' && keyAuthMethods(data).length === 0) return 'token_endpoint_auth_method';
  return undefined;
}

/** How messages say why a client is public. */
export function publicLabel(client: Client): string {
  return client.publicBecause === 'app_type' ? `app_type ${client.appType}` : 'token_endpoint_auth_method none';
}

/**
 * The client's `grant_types` when the data states them: undefined when the field is absent (Auth0 then applies
 * app-type defaults) or when an unresolved keyword marker stands in for an entry, so nobody guesses the list.
 */
export function statedGrantTypes(client: Client): readonly string[] | undefined {
  // Asked once per grant of the client by some rules: answered once per client.
  if (stated.has(client)) return stated.get(client);
  const types = readGrantTypes(client);
  stated.set(client, types);
  return types;
}

const stated = new WeakMap<Client, readonly string[] | undefined>();

function readGrantTypes(client: Client): readonly string[] | undefined {
  const types = client.grantTypes;
  if (types === undefined || !Array.isArray(client.data.grant_types)) return undefined;
  if (types.length !== client.data.grant_types.length || types.some(hasUnresolvedMarker)) return undefined;
  return types;
}

/** Every grant type except client credentials mints tokens tied to an end user. */
export function hasUserFlow(grantTypes: readonly string[]): boolean {
  return grantTypes.some((type) => type !== CLIENT_CREDENTIALS);
}
