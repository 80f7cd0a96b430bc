/**
 * A fake Auth0 Management API for tests and the benchmark: HTTPS on loopback with a test CA, the real response
 * shapes of offset (`page`/`per_page`/`include_totals`) and checkpoint (`from`/`take`) paging, the real error body
 * `{statusCode, error, message, errorCode}`, rate-limit headers from a token bucket, and switchable faults.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SYSTEM_CLOCK, type Clock } from '../../src/shared/clock.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { testCertificates } from './certs.js';
import { makeTenant, type FakeTenant } from './tenant.js';

export type Fault =
  | { readonly status: 429; readonly retryAfter?: number; readonly resetInSeconds?: number }
  | { readonly status: 500 | 502 | 503 | 504 | 400 | 403 | 404 }
  | { readonly reset: true }
  | { readonly delayMs: number }
  | { readonly malformed: true }
  | { readonly revokeTokens: true }
  /** A careless proxy: a 400 whose message repeats the request's Authorization header. */
  | { readonly echoAuthorization: true }
  /** A hostile server: a 200 with this JSON answer and these headers. */
  | { readonly answer: unknown; readonly headers?: Readonly<Record<string, string>> }
  /** A hostile server: a 200 whose body never ends. */
  | { readonly endlessBody: true };

export interface FaultContext {
  /** 1-based count of Management API requests so far, this one included. */
  readonly n: number;
  readonly path: string;
  readonly query: URLSearchParams;
}

export interface FakeOptions {
  readonly tenant?: (domain: string) => FakeTenant;
  /** Token bucket of the Management API; the default is too large to matter. */
  readonly rateLimit?: { readonly perSecond: number; readonly burst: number };
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** Scopes the fake grants the audit client. */
  readonly scopes?: readonly string[];
  /** The largest page it serves; larger `per_page`/`take` are answered with 400 as Auth0 does above 100. */
  readonly maxPageSize?: number;
  /** Serves at most this many items per page (a tenant capped at 50), reporting it as `limit`. */
  readonly servedPageSize?: number;
  readonly fault?: (context: FaultContext) => Fault | undefined;
  /** How far the server's clock (its Date and x-ratelimit-reset headers) is ahead of the test machine's. */
  readonly clockSkewMs?: number;
  /**
   * The time its rate limit, Date and reset headers follow. A virtual clock, shared with the client (`api.clock`),
   * makes the waits both sides agree on take no real time.
   */
  readonly clock?: Clock;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly host: string;
  /** When it arrived, on the fake's clock (before any delay it was given). */
  readonly at: number;
  /** The status answered; `reset` when it reset the connection, `abandoned` when the client left before the answer. */
  readonly status: number | 'reset' | 'abandoned';
  readonly authorization?: string;
  readonly body?: string;
}

export interface FakeApi {
  /** `localhost:PORT`: the canonical domain. */
  readonly domain: string;
  readonly port: number;
  readonly ca: string;
  readonly caFile: string;
  readonly tenant: FakeTenant;
  readonly log: LoggedRequest[];
  clientId: string;
  clientSecret: string;
  /** The clock the fake runs on (the real one unless a test gave its own); clients of the fake should use it too. */
  readonly clock: Clock;
  fault: FakeOptions['fault'];
  revokeTokens(): void;
  close(): Promise<void>;
}

const DEFAULT_SCOPES = ['read:clients', 'read:client_grants', 'read:resource_servers'];

export async function startFakeApi(options: FakeOptions = {}): Promise<FakeApi> {
  const certs = testCertificates();
  const sockets = new Set<Socket>();
  const tokens = new Map<string, readonly string[]>();
  const clock = options.clock ?? SYSTEM_CLOCK;
  const bucket = options.rateLimit ? new TokenBucket(options.rateLimit.perSecond, options.rateLimit.burst, options.clockSkewMs ?? 0, clock) : undefined;
  const maxPage = options.maxPageSize ?? 100;
  let managementRequests = 0;
  // Filled in once the port is known.
  const api = { log: [] as LoggedRequest[], fault: options.fault } as Partial<FakeApi> & { log: LoggedRequest[]; fault: FakeOptions['fault'] };

  const server: Server = createServer({ key: certs.key, cert: certs.cert }, (request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { statusCode: 500, error: 'Internal Server Error', message: String(error) });
    });
  });
  server.on('secureConnection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'https://fake');
    const body = await readBody(request);
    const entry = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      host: request.headers.host ?? '',
      at: clock.now(),
      authorization: request.headers.authorization,
      body,
    };
    const logged = (status: LoggedRequest['status']): void => {
      api.log.push({ ...entry, status });
    };
    if (request.method === 'POST' && url.pathname === '/oauth/token') return token(body, request, response, logged);
    if (!url.pathname.startsWith('/api/v2/')) {
      logged(404);
      return sendJson(response, 404, { statusCode: 404, error: 'Not Found', message: 'Not Found' });
    }
    managementRequests++;
    const fault = api.fault?.({ n: managementRequests, path: url.pathname, query: url.searchParams });
    if (fault && 'reset' in fault) {
      logged('reset');
      request.socket.destroy();
      return;
    }
    if (fault && 'delayMs' in fault && !(await delayed(fault.delayMs, request, response))) return logged('abandoned');
    if (fault && 'revokeTokens' in fault) tokens.clear();
    // Its own Date, on its clock (Node would stamp the real time, which a virtual clock does not follow).
    response.setHeader('date', new Date(clock.now() + (options.clockSkewMs ?? 0)).toUTCString());
    const limitHeaders = bucket?.take();
    if (limitHeaders) for (const [name, value] of Object.entries(limitHeaders.headers)) response.setHeader(name, value);
    if (limitHeaders && !limitHeaders.allowed) {
      logged(429);
      return sendJson(response, 429, { statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' });
    }
    if (fault && 'answer' in fault) {
      logged(200);
      for (const [name, value] of Object.entries(fault.headers ?? {})) response.setHeader(name, value);
      return sendJson(response, 200, fault.answer);
    }
    if (fault && 'endlessBody' in fault) {
      logged(200);
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const more = (): void => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', more);
      };
      response.write('{"clients": [');
      more();
      return;
    }
    if (fault && 'echoAuthorization' in fault) {
      logged(400);
      return sendJson(response, 400, {
        statusCode: 400,
        error: 'Bad Request',
        message: `Bad header: ${request.headers.authorization}`,
        errorCode: 'invalid_header',
      });
    }
    if (fault && 'status' in fault) {
      logged(fault.status);
      if (fault.status === 429) {
        if (fault.retryAfter !== undefined) response.setHeader('retry-after', String(fault.retryAfter));
        if (fault.resetInSeconds !== undefined) {
          response.setHeader('x-ratelimit-remaining', '0');
          response.setHeader('x-ratelimit-reset', String(Math.ceil(clock.now() / 1000) + fault.resetInSeconds));
        }
      }
      return sendJson(response, fault.status, errorBody(fault.status));
    }
    const scopes = tokens.get(bearer(request.headers.authorization) ?? '');
    if (!scopes) {
      logged(401);
      return sendJson(response, 401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid token', attributes: { error: 'Invalid token' } });
    }
    const collection = COLLECTIONS[url.pathname];
    const resource = collection ? undefined : (api.tenant!.resources?.[url.pathname] ?? api.tenant!.resourceFor?.(url.pathname));
    const scope = collection?.scope ?? resource?.scope;
    if (scope === undefined || request.method !== 'GET') {
      logged(404);
      return sendJson(response, 404, { statusCode: 404, error: 'Not Found', message: 'Not Found' });
    }
    if (!scopes.includes(scope)) {
      logged(403);
      return sendJson(response, 403, {
        statusCode: 403,
        error: 'Forbidden',
        message: `Insufficient scope, expected any of: ${scope}`,
        errorCode: 'insufficient_scope',
      });
    }
    if (resource && resource.list === undefined) {
      logged(200);
      return sendJson(response, 200, resource.body);
    }
    const result = collection
      ? list(collection.key, projectedItems(collection.key, url.searchParams, scopes), url.searchParams)
      : list(resource!.list!, filtered(resource!.body as Array<Record<string, unknown>>, url.searchParams), url.searchParams, resource!.alwaysTotals);
    if ('error' in result) {
      logged(400);
      return sendJson(response, 400, { statusCode: 400, error: 'Bad Request', message: result.error, errorCode: 'invalid_query_string' });
    }
    logged(200);
    if (fault && 'malformed' in fault) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(result.body).slice(0, 40));
      return;
    }
    sendJson(response, 200, result.body);
  }

  /** Waits on its clock before answering; false when the client gave up meanwhile (nothing is left to answer). */
  async function delayed(ms: number, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const gone = new AbortController();
    response.once('close', () => gone.abort(new Error('the client closed the connection')));
    const port = request.socket.remotePort;
    try {
      await (clock instanceof VirtualClock && port !== undefined ? clock.delayAnswer(ms, port, gone.signal) : clock.sleep(ms, gone.signal));
    } catch {
      return false;
    }
    return !response.destroyed;
  }

  function token(body: string, request: IncomingMessage, response: ServerResponse, logged: (status: number) => void): void {
    const params = parseForm(body, request.headers['content-type']);
    if (params.grant_type !== 'client_credentials' || params.client_id !== api.clientId || params.client_secret !== api.clientSecret) {
      logged(401);
      return sendJson(response, 401, { error: 'access_denied', error_description: 'Unauthorized' });
    }
    if (params.audience !== `https://${api.domain}/api/v2/`) {
      logged(403);
      return sendJson(response, 403, { error: 'access_denied', error_description: `Service not enabled within domain: ${params.audience}` });
    }
    const scopes = options.scopes ?? DEFAULT_SCOPES;
    const accessToken = fakeJwt({
      iss: `https://${api.domain}/`,
      sub: `${params.client_id}@clients`,
      aud: params.audience,
      scope: scopes.join(' '),
      gty: 'client-credentials',
    });
    tokens.set(accessToken, scopes);
    logged(200);
    sendJson(response, 200, { access_token: accessToken, scope: scopes.join(' '), expires_in: 86400, token_type: 'Bearer' });
  }

  function projectedItems(key: CollectionKey, query: URLSearchParams, scopes: readonly string[]): Array<Record<string, unknown>> {
    let items = api.tenant![key];
    if (key === 'clients') {
      if (query.has('is_global')) items = items.filter((client) => String(client.global === true) === query.get('is_global'));
      items = items.map((client) => projectClient(client, query, scopes));
    }
    return items;
  }

  /** One page of a list, with offset or checkpoint paging as the query asks; `key` names the list in paged bodies. */
  function list(
    key: string,
    items: ReadonlyArray<Record<string, unknown>>,
    query: URLSearchParams,
    alwaysTotals = false,
  ): { body: unknown } | { error: string } {
    if (query.has('take') || query.has('from')) {
      const take = Number(query.get('take') ?? 50);
      if (!(take >= 1 && take <= maxPage)) return { error: `Query validation error: 'Value must be within range 1-${maxPage}' on property take` };
      const start = query.has('from') ? Number(Buffer.from(query.get('from')!, 'base64url').toString('utf8')) : 0;
      if (!Number.isInteger(start) || start < 0) return { error: 'Invalid checkpoint' };
      const size = Math.min(take, options.servedPageSize ?? take);
      const page = items.slice(start, start + size);
      const next = start + size < items.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
      return { body: { [key]: page, ...(next ? { next } : {}) } };
    }
    const perPage = Number(query.get('per_page') ?? 50);
    const pageNumber = Number(query.get('page') ?? 0);
    if (!(perPage >= 1 && perPage <= maxPage)) return { error: `Query validation error: 'Value must be within range 1-${maxPage}' on property per_page` };
    const limit = Math.min(perPage, options.servedPageSize ?? perPage);
    const start = pageNumber * limit;
    const page = items.slice(start, start + limit);
    if (alwaysTotals || query.get('include_totals') === 'true') return { body: { start, limit, total: items.length, [key]: page } };
    return { body: page };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // Requests to it hold a virtual clock still while they are on their way.
  if (clock instanceof VirtualClock) clock.serve(port);
  const domain = `localhost:${port}`;
  Object.assign(api, {
    domain,
    port,
    clock,
    ca: certs.ca,
    caFile: certs.caFile,
    tenant: (options.tenant ?? makeTenant)(domain),
    clientId: options.clientId ?? 'AUDITCLIENT0000000000000000000000',
    clientSecret: options.clientSecret ?? 'audit-client-secret-value',
    revokeTokens: () => tokens.clear(),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
  return api as FakeApi;
}

type CollectionKey = 'resource_servers' | 'clients' | 'client_grants';

const COLLECTIONS: Record<string, { key: CollectionKey; scope: string }> = {
  '/api/v2/resource-servers': { key: 'resource_servers', scope: 'read:resource_servers' },
  '/api/v2/clients': { key: 'clients', scope: 'read:clients' },
  '/api/v2/client-grants': { key: 'client_grants', scope: 'read:client_grants' },
};

const SECRET_CLIENT_FIELDS = ['client_secret', 'signing_keys', 'encryption_key'];

/** The filters list endpoints take (`GET /connections?strategy=auth0`). */
function filtered(items: Array<Record<string, unknown>>, query: URLSearchParams): Array<Record<string, unknown>> {
  const strategy = query.getAll('strategy');
  return strategy.length > 0 ? items.filter((item) => strategy.includes(item.strategy as string)) : items;
}

/** `fields` + `include_fields` as Auth0 applies them; secrets only with read:client_keys. */
function projectClient(client: Record<string, unknown>, query: URLSearchParams, scopes: readonly string[]): Record<string, unknown> {
  let entries = Object.entries(client);
  if (!scopes.includes('read:client_keys')) entries = entries.filter(([field]) => !SECRET_CLIENT_FIELDS.includes(field));
  const fields = query.get('fields');
  if (fields) {
    const wanted = new Set(fields.split(','));
    const include = query.get('include_fields') !== 'false';
    entries = entries.filter(([field]) => wanted.has(field) === include);
  }
  return Object.fromEntries(entries);
}

/** A continuous token bucket, reported the way Auth0 does: limit, remaining, and the UNIX second of the next token. */
class TokenBucket {
  private tokens: number;
  private at: number;
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly skewMs: number,
    private readonly clock: Clock,
  ) {
    this.tokens = burst;
    this.at = clock.now();
  }

  take(): { allowed: boolean; headers: Record<string, string> } {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    const allowed = this.tokens >= 1;
    if (allowed) this.tokens -= 1;
    const untilNext = ((1 - (this.tokens % 1)) / this.perSecond) * 1000;
    return {
      allowed,
      headers: {
        'x-ratelimit-limit': String(this.burst),
        'x-ratelimit-remaining': String(Math.floor(this.tokens)),
        'x-ratelimit-reset': String(Math.ceil((now + this.skewMs + untilNext) / 1000)),
      },
    };
  }
}

function errorBody(status: number): Record<string, unknown> {
  const error: Record<number, [string, string, string?]> = {
    400: ['Bad Request', 'Bad request', 'invalid_query_string'],
    403: ['Forbidden', 'Insufficient scope, expected any of: read:clients', 'insufficient_scope'],
    404: ['Not Found', 'Not Found'],
    429: ['Too Many Requests', 'Global limit has been reached', 'too_many_requests'],
    500: ['Internal Server Error', 'Internal error'],
    502: ['Bad Gateway', 'Bad Gateway'],
    503: ['Service Unavailable', 'Service Unavailable'],
    504: ['Gateway Timeout', 'Gateway Timeout'],
  };
  const [name, message, code] = error[status] ?? ['Error', 'Error'];
  return { statusCode: status, error: name, message, ...(code ? { errorCode: code } : {}) };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseForm(body: string, contentType: string | undefined): Record<string, string> {
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(body) as Record<string, string>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

function fakeJwt(payload: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'fake' })}.${part({ ...payload, iat: now, exp: now + 86400 })}.${randomBytes(32).toString('base64url')}`;
}
