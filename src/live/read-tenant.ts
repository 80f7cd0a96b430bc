import { InputError } from '../shared/errors.js';
import type { HttpClient } from './http.js';
import { RequestFailure } from './http.js';
import { RateGate } from './rate-gate.js';
import { CLIENT_FIELDS, SECRET_FIELDS } from './client-fields.js';
import { TokenSource, type Credentials, type TokenScopes } from './token.js';
import { isRecord } from '../shared/values.js';
import type { SectionName } from '../model/sections.js';
import { endpointOf, posturePlan, readPosture, unavailableOn, type PostureReaders } from './read-posture.js';
import { SECTIONS, SECTION_NAMES } from '../model/sections.js';
import { federationAddons } from '../model/client-hardening.js';

export type CollectionName = 'resource_servers' | 'clients' | 'client_grants';

/** Any collection read: a CollectionName, or a posture section named by its dump key ("token" for the token request). */
export type ReadName = string;

export const ENDPOINTS: Readonly<Record<CollectionName, string>> = {
  resource_servers: 'GET /api/v2/resource-servers',
  clients: 'GET /api/v2/clients',
  client_grants: 'GET /api/v2/client-grants',
};

/** The largest page the Management API serves; a smaller `limit` in the answer is followed. */
export const PAGE_SIZE = 100;
/**
 * The most a0lint reads from one collection, in items and in characters of answers: a server that pages without
 * end, reports a huge total or serves fat pages ends the run at once with a message, instead of filling memory.
 * Real tenants hold a few thousand entities at most (each page of 100 clients, with the fields read, is some 100 KB).
 */
const MAX_ITEMS = 100_000;
const MAX_COLLECTION_LENGTH = 256 * 1024 * 1024;

/** Auth0's docs give 50 as the Public Cloud maximum while the API serves 100: a first page refused at 100 is asked again at 50. */
const FALLBACK_PAGE_SIZE = 50;

export interface TenantSnapshot {
  /** The canonical tenant domain (host[:port]). */
  readonly domain: string;
  readonly resource_servers: Array<Record<string, unknown>>;
  readonly clients: Array<Record<string, unknown>>;
  readonly client_grants: Array<Record<string, unknown>>;
  readonly token: TokenScopes;
  /** The posture sections read, under their dump keys (secrets are dropped when the model is built). */
  readonly posture?: Record<string, unknown>;
  /** Posture sections not read, and why (the token lacks the scope). */
  readonly unreadable?: ReadonlyMap<SectionName, string>;
}

export interface ReadProgress {
  (event: { collection: ReadName; page: number; items: number; total?: number; done: boolean }): void;
}

export interface ReadOptions {
  readonly http: HttpClient;
  readonly canonicalHost: string;
  /** Requests go here (a custom domain) when given; the audience stays canonical. */
  readonly requestHost?: string;
  readonly credentials: Credentials;
  readonly maxConcurrency?: number;
  /** The most items read from one collection: MAX_ITEMS unless told (tests of the bound lower it). */
  readonly maxItems?: number;
  readonly progress?: ReadProgress;
  /** Called with each Management API token received (the Action masks it in the job log). */
  readonly onToken?: (token: string) => void;
}

/** Why a live read did not produce complete data: always names the collection (or the token) and the cause. */
export class LiveReadError extends InputError {
  override name = 'LiveReadError';
  constructor(
    readonly collection: ReadName,
    readonly detail: string,
  ) {
    super(
      collection === 'token'
        ? `could not get a Management API token: ${detail}`
        : `could not read ${collection} completely (${ENDPOINTS[collection as CollectionName] ?? endpointOf(collection)}): ${detail}; no findings are reported from partial data`,
    );
  }
}

/** Reads the three collections concurrently, all or nothing: any incomplete collection throws LiveReadError. */
export async function readTenant(options: ReadOptions): Promise<TenantSnapshot> {
  const requestHost = options.requestHost ?? options.canonicalHost;
  const abort = new AbortController();
  const tokens = new TokenSource({
    http: options.http,
    requestHost,
    canonicalHost: options.canonicalHost,
    credentials: options.credentials,
    signal: abort.signal,
    ...(options.onToken ? { onToken: options.onToken } : {}),
  });
  try {
    await tokens.header();
  } catch (error) {
    if (error instanceof RequestFailure)
      throw new LiveReadError('token', tokens.scrub(error.message.replace(/^token request \(POST \/oauth\/token\) failed: /, '')));
    throw error;
  }
  const gate = new RateGate({ maxConcurrency: options.maxConcurrency ?? 3, maxWaitMs: options.http.settings.maxRetryAfterMs, clock: options.http.clock });
  const context: PageContext = {
    http: options.http,
    gate,
    tokens,
    base: `https://${requestHost}`,
    signal: abort.signal,
    progress: options.progress,
    maxItems: options.maxItems ?? MAX_ITEMS,
  };
  const guard = <T>(collection: ReadName, read: Promise<T>): Promise<T> =>
    read.catch((error: unknown) => {
      // The first failure stops the other collections: their data would be thrown away anyway.
      // Messages quote the API's own error text; a secret it might echo is removed before anyone sees it.
      const failure =
        error instanceof LiveReadError
          ? new LiveReadError(error.collection, tokens.scrub(error.detail))
          : error instanceof RequestFailure
            ? new LiveReadError(collection, tokens.scrub(error.message))
            : error;
      if (!abort.signal.aborted) abort.abort(failure);
      throw abort.signal.reason;
    });
  const plan = posturePlan(tokens.scopes);
  const readers: PostureReaders = {
    one: (name, path) => guard(name, getPage(context, { collection: name, length: 0 }, path, {}).catch(unavailableOn)),
    paged: (name, path) => guard(name, readOffsetPaged(context, name, path, {}).catch(unavailableOn)),
    checkpoint: (name, path, key) => guard(name, readCheckpointPaged(context, name, path, key).catch(unavailableOn)),
  };
  const [resourceServers, clients, clientGrants, { posture, unavailable }] = await Promise.all([
    guard('resource_servers', readOffsetPaged(context, 'resource_servers', '/api/v2/resource-servers', {})),
    guard('clients', readOffsetPaged(context, 'clients', '/api/v2/clients', { fields: CLIENT_FIELDS.join(','), include_fields: 'true' })),
    guard('client_grants', readCheckpointPaged(context, 'client_grants', '/api/v2/client-grants')),
    readPosture(plan, readers),
  ]);
  return {
    domain: options.canonicalHost,
    resource_servers: resourceServers.map((item) => withoutFields(item, SECRET_FIELDS.resourceServers)),
    clients: clients.map((item) => federationAddonsOnly(withoutFields(item, SECRET_FIELDS.clients))),
    client_grants: clientGrants,
    token: tokens.scopes,
    posture,
    unreadable: withUnavailable(plan.unreadable, unavailable),
  };
}

interface PageContext {
  readonly http: HttpClient;
  readonly gate: RateGate;
  readonly tokens: TokenSource;
  readonly base: string;
  readonly signal: AbortSignal;
  readonly progress?: ReadProgress;
  readonly maxItems: number;
}

/** What one collection's read has taken so far, against the bounds above. */
interface Budget {
  readonly collection: ReadName;
  length: number;
}

/** The first page, asked again at the smaller documented size if the tenant refuses the larger one (HTTP 400). */
async function getFirstPage(
  context: PageContext,
  budget: Budget,
  path: string,
  query: (size: number) => Record<string, string>,
): Promise<{ body: unknown; size: number }> {
  try {
    return { body: await getPage(context, budget, path, query(PAGE_SIZE)), size: PAGE_SIZE };
  } catch (error) {
    if (!(error instanceof RequestFailure) || error.status !== 400) throw error;
    return { body: await getPage(context, budget, path, query(FALLBACK_PAGE_SIZE)), size: FALLBACK_PAGE_SIZE };
  }
}

async function getPage(context: PageContext, budget: Budget, path: string, query: Record<string, string>): Promise<unknown> {
  const url = `${context.base}${path}?${new URLSearchParams(query).toString()}`;
  const response = await context.http.send({
    method: 'GET',
    url,
    auth: context.tokens,
    gate: context.gate,
    signal: context.signal,
    redact: (text) => context.tokens.scrub(text),
  });
  budget.length += response.length;
  if (budget.length > MAX_COLLECTION_LENGTH) {
    throw new LiveReadError(
      budget.collection,
      `the answers add up to more than ${MAX_COLLECTION_LENGTH} characters, more than a0lint reads from one collection`,
    );
  }
  return response.body;
}

/** A page may hold no more items than were asked for, and a collection no more than its maximum. */
function checkPage(context: PageContext, collection: ReadName, page: number, pageItems: readonly unknown[], asked: number, before: number): void {
  if (pageItems.length > asked) throw new LiveReadError(collection, `page ${page} holds ${pageItems.length} items, more than the ${asked} asked for`);
  if (before + pageItems.length > context.maxItems) throw tooMany(context, collection, `more than ${context.maxItems} items`);
}

function tooMany(context: PageContext, collection: ReadName, what: string): LiveReadError {
  return new LiveReadError(collection, `the API serves ${what}, more than a0lint reads from one collection (${context.maxItems} items)`);
}

/** `page`/`per_page`/`include_totals`: complete when the items read equal `total`, each id once. */
async function readOffsetPaged(
  context: PageContext,
  collection: ReadName,
  path: string,
  extra: Record<string, string>,
): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  const ids = new Set<string>();
  let perPage = PAGE_SIZE;
  let firstTotal: number | undefined;
  const budget: Budget = { collection, length: 0 };
  const pageQuery = (page: number, size: number) => ({ ...extra, page: String(page), per_page: String(size), include_totals: 'true' });
  for (let page = 0; ; page++) {
    if (page > context.maxItems / FALLBACK_PAGE_SIZE) throw tooMany(context, collection, `more than ${page} pages`);
    let body: unknown;
    if (page === 0) ({ body, size: perPage } = await getFirstPage(context, budget, path, (size) => pageQuery(0, size)));
    else body = await getPage(context, budget, path, pageQuery(page, perPage));
    const shaped = body as { total?: unknown; limit?: unknown; start?: unknown } & Record<string, unknown>;
    if (!isRecord(body) || !Array.isArray(body[collection]) || !isCount(shaped.total)) {
      throw new LiveReadError(collection, `page ${page} is not a {total, ${collection}: [...]} answer`);
    }
    const pageItems = body[collection] as unknown[];
    const total = shaped.total;
    if (total > context.maxItems) throw tooMany(context, collection, `a total of ${total} items`);
    firstTotal ??= total;
    if (total !== firstTotal) {
      // Offset pages shift when items come or go: an item could have been skipped or read twice.
      throw new LiveReadError(collection, `the total went from ${firstTotal} to ${total} during the read; the collection changed, run again`);
    }
    if (page === 0 && isCount(shaped.limit) && shaped.limit > 0 && shaped.limit < perPage && pageItems.length === shaped.limit) {
      // The tenant serves smaller pages than asked for: go on at its size.
      perPage = shaped.limit;
    }
    if (isCount(shaped.start) && shaped.start !== items.length) {
      throw new LiveReadError(collection, `page ${page} starts at item ${shaped.start}, expected ${items.length}`);
    }
    checkPage(context, collection, page, pageItems, perPage, items.length);
    addItems(collection, items, ids, pageItems, idField(collection));
    context.progress?.({ collection, page, items: items.length, total, done: items.length >= total });
    if (items.length === total) return items;
    if (items.length > total || pageItems.length < perPage) {
      throw new LiveReadError(
        collection,
        `read ${items.length} items but the API reports a total of ${total}; the collection changed during the read, run again`,
      );
    }
  }
}

/** `from`/`take`, following `next` until it is absent; the items are under `key` (the collection's name unless told). */
async function readCheckpointPaged(
  context: PageContext,
  collection: ReadName,
  path: string,
  key: string = collection,
): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  const ids = new Set<string>();
  const seen = new Set<string>();
  let from: string | undefined;
  let take = PAGE_SIZE;
  const budget: Budget = { collection, length: 0 };
  for (let page = 0; ; page++) {
    // Pages of fewer items than asked for (or none) are allowed, so pages are bounded on their own.
    if (page > context.maxItems / FALLBACK_PAGE_SIZE) throw tooMany(context, collection, `more than ${page} pages`);
    let body: unknown;
    if (from === undefined) ({ body, size: take } = await getFirstPage(context, budget, path, (size) => ({ take: String(size) })));
    else body = await getPage(context, budget, path, { take: String(take), from });
    if (!isRecord(body) || !Array.isArray(body[key]) || (body.next !== undefined && typeof body.next !== 'string')) {
      throw new LiveReadError(collection, `page ${page} is not a {${key}: [...], next} answer`);
    }
    checkPage(context, collection, page, body[key] as unknown[], take, items.length);
    addItems(collection, items, ids, body[key] as unknown[], idField(collection));
    const next = body.next;
    context.progress?.({ collection, page, items: items.length, done: !next });
    if (!next) return items;
    if (seen.has(next)) throw new LiveReadError(collection, `the API returned the checkpoint of page ${page} twice; paging would not end`);
    seen.add(next);
    from = next;
  }
}

function addItems(collection: ReadName, items: Array<Record<string, unknown>>, ids: Set<string>, page: unknown[], id: string): void {
  for (const item of page) {
    if (!isRecord(item)) throw new LiveReadError(collection, 'an item is not a JSON object');
    const key = item[id];
    if (typeof key === 'string') {
      if (ids.has(key)) throw new LiveReadError(collection, `item ${key} came twice; the collection changed during the read, run again`);
      ids.add(key);
    }
    items.push(item);
  }
}

function idField(collection: ReadName): string {
  return collection === 'clients' ? 'client_id' : 'id';
}

function withoutFields(item: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  if (!fields.some((field) => Object.hasOwn(item, field))) return item;
  const copy = { ...item };
  for (const field of fields) delete copy[field];
  return copy;
}

/**
 * A client's addons as far as rules ask: whether it has a SAML or WS-Fed addon (an empty object stands for the
 * settings). Nothing else of the addons is kept, since some hold credentials.
 */
function federationAddonsOnly(client: Record<string, unknown>): Record<string, unknown> {
  if (!Object.hasOwn(client, 'addons')) return client;
  const { addons, ...rest } = client;
  const kept = federationAddons(addons);
  return kept.length === 0 ? rest : { ...rest, addons: Object.fromEntries(kept.map((name) => [name, {}])) };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The sections the plan could not read, and those whose endpoint refused (403) or did not know (404) the request. */
function withUnavailable(unreadable: ReadonlyMap<SectionName, string>, unavailable: ReadonlyMap<string, number>): ReadonlyMap<SectionName, string> {
  if (unavailable.size === 0) return unreadable;
  const all = new Map(unreadable);
  for (const section of SECTION_NAMES) {
    const status = unavailable.get(SECTIONS[section].dump);
    if (status !== undefined) all.set(section, `the Management API answered ${status} (not on this tenant's plan, or not set up)`);
  }
  return all;
}
