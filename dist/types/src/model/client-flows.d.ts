import type { Client, ClientData, PublicBecause } from './types.js';
/** Application types that run on a user's device and cannot keep a client secret. */
export declare const PUBLIC_APP_TYPES: readonly string[];
export declare const CLIENT_CREDENTIALS = "client_credentials";
/** The key-based methods a client registers in `client_authentication_methods` (an entry set to null is none). */
export declare function keyAuthMethods(data: ClientData): string[];
/**
 * Why a client is public, from its app type and its token endpoint authentication together (the model computes it
 * once; rules read `client.publicBecause`). Auth0 flags an application public with token_endpoint_auth_method
 * none and treats one without the field as confidential ("Auth0 Grant Types Mapping"); single-page and native apps
 * run on users' devices, so even a secret they were given is readable there. A client that authenticates with a key
 * or certificate (client_authentication_methods) is confidential whatever token_endpoint_auth_method says.
 */
export declare function publicBecause(data: ClientData): PublicBecause | undefined;
/** How messages say why a client is public. */
export declare function publicLabel(client: Client): string;
/**
 * The client's `grant_types` when the data states them: undefined when the field is absent (Auth0 then applies
 * app-type defaults) or when an unresolved keyword marker stands in for an entry, so nobody guesses the list.
 */
export declare function statedGrantTypes(client: Client): readonly string[] | undefined;
/** Every grant type except client credentials mints tokens tied to an end user. */
export declare function hasUserFlow(grantTypes: readonly string[]): boolean;
