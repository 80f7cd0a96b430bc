import type { Client } from './types.js';
/** Client fields that hold URLs a browser is sent to or accepts requests from. */
declare const URL_FIELDS: readonly ["callbacks", "allowed_logout_urls", "web_origins", "allowed_origins", "initiate_login_uri"];
export type UrlField = (typeof URL_FIELDS)[number];
export interface ClientUrl {
    readonly field: UrlField;
    /** JSON pointer inside the client: `/callbacks/2`, `/initiate_login_uri`. */
    readonly path: string;
    readonly value: string;
    /** Scheme and host as written, lower-cased; undefined when the value is no `scheme://host` URL. */
    readonly scheme: string | undefined;
    readonly host: string | undefined;
    /** True when scheme or host holds a keyword marker, so neither can be judged (no-unresolved-keywords reports it). */
    readonly unresolved: boolean;
}
/** Every string URL entry of a client's URL fields, with scheme and host split out. */
export declare function clientUrls(client: Client): readonly ClientUrl[];
/** Scheme and host of a URL as written (lower-cased), and whether a keyword marker stands in either. */
export declare function urlParts(value: string): Pick<ClientUrl, 'scheme' | 'host' | 'unresolved'>;
/** `localhost`, `127.0.0.0/8` and `[::1]`: hosts that never leave the user's machine. */
export declare function isLoopbackHost(host: string): boolean;
/** Loopback IP literals, which RFC 8252 (section 7.3) recommends for the redirects of native desktop apps. */
export declare function isLoopbackIp(host: string): boolean;
export {};
