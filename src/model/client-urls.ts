import { hasUnresolvedMarker } from './management-api.js';
import { joinPointer } from './pointer.js';
import type { Client } from './types.js';

/** Client fields that hold URLs a browser is sent to or accepts requests from. */
const URL_FIELDS = ['callbacks', 'allowed_logout_urls', 'web_origins', 'allowed_origins', 'initiate_login_uri'] as const;
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

/** Several rules look at every client's URLs: they are split once per client. */
const known = new WeakMap<Client, readonly ClientUrl[]>();

/** Every string URL entry of a client's URL fields, with scheme and host split out. */
export function clientUrls(client: Client): readonly ClientUrl[] {
  let urls = known.get(client);
  if (!urls) known.set(client, (urls = splitUrls(client)));
  return urls;
}

function splitUrls(client: Client): ClientUrl[] {
  const urls: ClientUrl[] = [];
  for (const field of URL_FIELDS) {
    const value = client.data[field];
    if (typeof value === 'string') urls.push(toClientUrl(field, joinPointer('', field), value));
    else if (Array.isArray(value)) {
      value.forEach((entry, index) => {
        if (typeof entry === 'string') urls.push(toClientUrl(field, joinPointer('', field, index), entry));
      });
    }
  }
  return urls;
}

// A marker may stand in the host (`https://##APP_HOST##/cb`), whose `#` would otherwise end the authority.
const SCHEME_AND_AUTHORITY = /^([a-z][a-z0-9+.-]*):\/\/((?:[^/?#]|##\w+##|@@\w+@@)*)/i;

function toClientUrl(field: UrlField, path: string, value: string): ClientUrl {
  return { field, path, value, ...urlParts(value) };
}

/** Scheme and host of a URL as written (lower-cased), and whether a keyword marker stands in either. */
export function urlParts(value: string): Pick<ClientUrl, 'scheme' | 'host' | 'unresolved'> {
  const match = SCHEME_AND_AUTHORITY.exec(value.trim());
  if (!match) return { scheme: undefined, host: undefined, unresolved: hasUnresolvedMarker(value) };
  const authority = match[2]!.slice(match[2]!.lastIndexOf('@') + 1);
  const host = authority.startsWith('[') ? authority.slice(0, authority.indexOf(']') + 1) : authority.split(':')[0]!;
  return { scheme: match[1]!.toLowerCase(), host: host.toLowerCase(), unresolved: hasUnresolvedMarker(match[0]) };
}

/** `localhost`, `127.0.0.0/8` and `[::1]`: hosts that never leave the user's machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || isLoopbackIp(host);
}

/** Loopback IP literals, which RFC 8252 (section 7.3) recommends for the redirects of native desktop apps. */
export function isLoopbackIp(host: string): boolean {
  return host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
