import { hasUnresolvedMarker } from './management-api.js';
import type { Client } from './types.js';

/** Application types that run on a user's device and cannot keep a client secret. */
export const PUBLIC_APP_TYPES: readonly string[] = ['spa', 'native'];

export const CLIENT_CREDENTIALS = 'client_credentials';

/** Why a client is public (cannot keep a secret), or undefined when the data does not say so. */
export function publicClientReason(client: Client): 'app_type' | 'token_endpoint_auth_method' | undefined {
  if (client.appType !== undefined && PUBLIC_APP_TYPES.includes(client.appType)) return 'app_type';
  // Private-key JWT and mTLS live in client_authentication_methods, beside the secret-based method field.
  const keyMethods = client.data.client_authentication_methods;
  const authenticatesWithKeys = typeof keyMethods === 'object' && keyMethods !== null && Object.keys(keyMethods).length > 0;
  if (client.data.token_endpoint_auth_method === 'none' && !authenticatesWithKeys) return 'token_endpoint_auth_method';
  return undefined;
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
