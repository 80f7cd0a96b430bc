import type { Authorizer, HttpClient } from './http.js';
export type Credentials = {
    readonly kind: 'client-credentials';
    readonly clientId: string;
    readonly clientSecret: string;
} | {
    readonly kind: 'access-token';
    readonly accessToken: string;
};
/** What the audit's own credentials may do, as far as the token tells. */
export interface TokenScopes {
    /** undefined when neither the token response nor the token itself states its scopes (an opaque token). */
    readonly scopes: readonly string[] | undefined;
    readonly from: 'token-response' | 'token-claims' | 'unknown';
}
export interface TokenSourceOptions {
    readonly http: HttpClient;
    /** Where `/oauth/token` is: the custom domain when one is given. */
    readonly requestHost: string;
    /** The canonical tenant domain: the audience is always `https://{canonical}/api/v2/`. */
    readonly canonicalHost: string;
    readonly credentials: Credentials;
    readonly signal?: AbortSignal;
    /** Called with each token received, before it is used (the Action masks it in the job log). */
    readonly onToken?: (token: string) => void;
}
/** Gets (and once, after a 401, renews) the Management API token. The token never leaves this object but as a header. */
export declare class TokenSource implements Authorizer {
    private readonly options;
    private current;
    private refreshed;
    private scopeInfo;
    private readonly secrets;
    tokenRequests: number;
    constructor(options: TokenSourceOptions);
    /** Removes every secret this source knows (client secret, tokens) from a text about to be shown. */
    scrub(text: string): string;
    get scopes(): TokenScopes;
    header(): Promise<string>;
    refresh(rejected: string): Promise<boolean>;
    private fetch;
}
