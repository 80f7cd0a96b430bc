/**
 * The Management API's public scope vocabulary: every scope a grant to `https://{tenant}/api/v2/` can name.
 *
 * Sources (union; Auth0 adds and retires scopes, so older tenants hold scopes newer lists lack):
 * - the `OauthScope` list of Auth0's Node.js SDK (auth0/node-auth0, `src/management/api/types/types.ts`, every
 *   version from v5 to v6.1.0 @ 74170bb);
 * - the `scopes` of the Auth0 Management API resource server as real tenants return it
 *   (auth0/auth0-deploy-cli @ a00a055 `test/e2e/recordings/should-dump-without-throwing-an-error.json`, 273 scopes;
 *   auth0/go-auth0 @ dfca9f5 `test/data/recordings/TestResourceServer_ExpressConfiguration.yaml`, 232 scopes);
 * - SEEN_IN_REAL_GRANTS below.
 */
export declare const MANAGEMENT_API_SCOPES_CURRENT: readonly string[];
/**
 * Scopes that grants of real tenants hold, which Auth0 accepted then, though the lists above lack them: retired or
 * renamed (CesarRobledoOkta/Auth0CliPoc @ 57c3292 and Tekalo/common-app-api @ 77185c6, `tenant.yaml`), or early
 * access (auth0/go-auth0 @ dfca9f5 `test/data/recordings/TestClientGrant_IsSystem.yaml`). Not reported: a grant
 * holding one is stale at worst, not misspelt.
 */
export declare const SEEN_IN_REAL_GRANTS: readonly string[];
export declare const MANAGEMENT_API_SCOPES: ReadonlySet<string>;
