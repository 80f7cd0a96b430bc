import type { Authorizer, HttpClient } from './http.js';
import { RequestFailure } from './http.js';

export type Credentials =
  | { readonly kind: 'client-credentials'; readonly clientId: string; readonly clientSecret: string }
  | { readonly kind: 'access-token'; readonly accessToken: string };

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
export class TokenSource implements Authorizer {
  private current: Promise<string> | undefined;
  private refreshed = false;
  private scopeInfo: TokenScopes = { scopes: undefined, from: 'unknown' };
  private readonly secrets = new Set<string>();
  tokenRequests = 0;

  constructor(private readonly options: TokenSourceOptions) {
    const { credentials } = options;
    this.secrets.add(credentials.kind === 'access-token' ? credentials.accessToken : credentials.clientSecret);
  }

  /** Removes every secret this source knows (client secret, tokens) from a text about to be shown. */
  scrub(text: string): string {
    let clean = text;
    for (const secret of this.secrets) {
      if (secret.length < 4) continue;
      // An API that echoes a secret inside its JSON error body escapes `"` and `\\`; that form is removed too.
      for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) clean = clean.split(form).join('[redacted]');
    }
    return clean;
  }

  get scopes(): TokenScopes {
    return this.scopeInfo;
  }

  async header(): Promise<string> {
    this.current ??= this.fetch();
    return `Bearer ${await this.current}`;
  }

  async refresh(rejected: string): Promise<boolean> {
    if (this.options.credentials.kind === 'access-token') return false;
    const now = this.current ? `Bearer ${await this.current.catch(() => '')}` : undefined;
    if (now !== rejected) return true; // Another request already renewed it.
    if (this.refreshed) return false;
    this.refreshed = true;
    this.current = this.fetch();
    await this.current;
    return true;
  }

  private async fetch(): Promise<string> {
    const { credentials } = this.options;
    if (credentials.kind === 'access-token') {
      this.scopeInfo = scopesOfJwt(credentials.accessToken);
      return credentials.accessToken;
    }
    this.tokenRequests++;
    let response;
    try {
      response = await this.options.http.send({
        method: 'POST',
        url: `https://${this.options.requestHost}/oauth/token`,
        body: {
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          audience: `https://${this.options.canonicalHost}/api/v2/`,
        },
        signal: this.options.signal,
        redact: (text) => this.scrub(text),
      });
    } catch (error) {
      if (error instanceof RequestFailure) throw new RequestFailure(`token request (POST /oauth/token) failed: ${error.message}`);
      throw error;
    }
    const body = response.body as { access_token?: unknown; scope?: unknown; token_type?: unknown };
    if (typeof body?.access_token !== 'string' || body.access_token === '') {
      throw new RequestFailure('token request (POST /oauth/token) answered without an access_token');
    }
    this.secrets.add(body.access_token);
    this.options.onToken?.(body.access_token);
    this.scopeInfo = typeof body.scope === 'string' ? { scopes: splitScopes(body.scope), from: 'token-response' } : scopesOfJwt(body.access_token);
    return body.access_token;
  }
}

/** Reads `scope` (or `permissions`) from a JWT's payload without verifying it: only the audit's own token is read. */
function scopesOfJwt(token: string): TokenScopes {
  const parts = token.split('.');
  if (parts.length !== 3) return { scopes: undefined, from: 'unknown' };
  try {
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { scope?: unknown; permissions?: unknown };
    if (typeof payload.scope === 'string') return { scopes: splitScopes(payload.scope), from: 'token-claims' };
    if (Array.isArray(payload.permissions)) {
      return { scopes: payload.permissions.filter((scope): scope is string => typeof scope === 'string'), from: 'token-claims' };
    }
  } catch {
    // Not a JWT after all: the scopes stay unknown.
  }
  return { scopes: undefined, from: 'unknown' };
}

function splitScopes(scope: string): string[] {
  return [...new Set(scope.split(/\s+/).filter(Boolean))].sort();
}
