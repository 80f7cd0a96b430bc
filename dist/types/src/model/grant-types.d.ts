import type { Client } from './types.js';
/** OAuth grant type values as Auth0 spells them in a client's `grant_types`. */
export declare const GRANT_TYPES: {
    readonly password: "password";
    readonly passwordRealm: "http://auth0.com/oauth/grant-type/password-realm";
    readonly implicit: "implicit";
    readonly refreshToken: "refresh_token";
    /** Token Vault: exchanging a refresh token for an external provider's access token. */
    readonly tokenVault: "urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token";
};
export interface GrantTypeEntry {
    readonly value: string;
    /** JSON pointer inside the client, `/grant_types/<index>`, so a finding marks the list item itself. */
    readonly path: string;
}
/** The entries of a client's `grant_types` that are among `wanted`, each with its place in the list. */
export declare function grantTypeEntries(client: Client, wanted: readonly string[]): GrantTypeEntry[];
