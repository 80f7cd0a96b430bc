import { joinPointer } from './pointer.js';
import type { Client } from './types.js';

/** OAuth grant type values as Auth0 spells them in a client's `grant_types`. */
export const GRANT_TYPES = {
  password: 'password',
  passwordRealm: 'http://auth0.com/oauth/grant-type/password-realm',
  implicit: 'implicit',
  refreshToken: 'refresh_token',
  /** Token Vault: exchanging a refresh token for an external provider's access token. */
  tokenVault: 'urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token',
} as const;

export interface GrantTypeEntry {
  readonly value: string;
  /** JSON pointer inside the client, `/grant_types/<index>`, so a finding marks the list item itself. */
  readonly path: string;
}

/** The entries of a client's `grant_types` that are among `wanted`, each with its place in the list. */
export function grantTypeEntries(client: Client, wanted: readonly string[]): GrantTypeEntry[] {
  const list = client.data.grant_types;
  if (!Array.isArray(list)) return [];
  const entries: GrantTypeEntry[] = [];
  for (let index = 0; index < list.length; index++) {
    const value: unknown = list[index];
    if (typeof value === 'string' && wanted.includes(value)) entries.push({ value, path: joinPointer('', 'grant_types', index) });
  }
  return entries;
}
