import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { Agent, request, type Dispatcher } from 'undici';
import { VERSION } from '../version.js';
import { SYSTEM_CLOCK, type Clock } from '../shared/clock.js';
import { serverClockOffset, WaitTooLong, type Permit, type RateGate } from './rate-gate.js';

export interface HttpSettings {
  /** Whole request, headers and body, per attempt. */
  readonly timeoutMs: number;
  /** Attempts per request, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After or reset further away than this ends the run instead of stalling it. */
  readonly maxRetryAfterMs: number;
  /** The largest answer read; past it the request fails (a page of 100 entities is far smaller). */
  readonly maxBodyBytes: number;
  readonly random: () => number;
}

const DEFAULT_HTTP: HttpSettings = {
  timeoutMs: 30_000,
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  maxBodyBytes: 16 * 1024 * 1024,
  random: Math.random,
};

/** Why a request could not be completed; the message is safe to print (it never holds a secret). */
export class RequestFailure extends Error {
  override name = 'RequestFailure';
  constructor(
    message: string,
    /** The HTTP status of a definite refusal (400, 403, ...), when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** What a request needs to authenticate, and a way to renew it once after a 401. */
export interface Authorizer {
  header(): Promise<string>;
  /** Gets a fresh token unless one was already fetched after `rejected`; false when no refresh is possible. */
  refresh(rejected: string): Promise<boolean>;
}

export interface SendOptions {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly body?: unknown;
  readonly auth?: Authorizer;
  readonly gate?: RateGate;
  readonly signal?: AbortSignal;
  /** Removes known secrets from the API's error text before it is quoted (and cut short) in a message. */
  readonly redact?: (text: string) => string;
}

export interface JsonResponse {
  readonly status: number;
  readonly body: unknown;
  /** How long the answer was, in characters. */
  readonly length: number;
}

export interface HttpClientOptions {
  readonly settings?: Partial<HttpSettings>;
  /** Extra trusted CA certificates (PEM), on top of Node's own store (NODE_EXTRA_CA_CERTS read in-process, tests). */
  readonly ca?: string;
  /** Now, waiting (retries, Retry-After, reset times) and request deadlines, for the client and the rate gates built on it. */
  readonly clock?: Clock;
  /** Counts every request sent (tests and the benchmark). */
  readonly onRequest?: (method: string, url: string, status: number | 'network-error') => void;
}

const RETRY_STATUS = new Set([408, 500, 502, 503, 504]);
const PERMANENT_NETWORK = /^(ENOTFOUND|EAI_AGAIN|CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|ERR_SSL_)/;

let lastContext: { readonly ca: string; readonly context: SecureContext } | undefined;

/**
 * One secure context for every connection, and for every client trusting the same extra CA: building it from ~150
 * root certificates costs about 25 ms of CPU, more than a handshake (the fleet's and the tests' many clients share it).
 */
function secureContextWith(ca: string): SecureContext {
  if (lastContext?.ca !== ca) lastContext = { ca, context: createSecureContext({ ca: [...rootCertificates, ca] }) };
  return lastContext.context;
}

/** Management and Authentication API requests over one undici agent, with timeouts and bounded, jittered retries. */
export class HttpClient {
  readonly settings: HttpSettings;
  readonly clock: Clock;
  private readonly dispatcher: Dispatcher;

  constructor(private readonly options: HttpClientOptions = {}) {
    this.settings = { ...DEFAULT_HTTP, ...options.settings };
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.dispatcher = new Agent({
      connect: { timeout: this.settings.timeoutMs, ...(options.ca ? { secureContext: secureContextWith(options.ca) } : {}) },
      headersTimeout: this.settings.timeoutMs,
      bodyTimeout: this.settings.timeoutMs,
      connections: 8,
    });
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** Sends until a 2xx JSON answer, or throws a RequestFailure that says what went wrong the last time. */
  async send(options: SendOptions): Promise<JsonResponse> {
    const { settings } = this;
    let refreshed = false;
    let cause = 'no attempt was made';
    for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
      options.signal?.throwIfAborted();
      const permit: Permit | undefined = await options.gate?.acquire(options.signal).catch((error: unknown) => {
        throw error instanceof WaitTooLong ? new RequestFailure(error.message) : error;
      });
      let waitMs: number;
      try {
        const authorization = options.auth ? await options.auth.header() : undefined;
        const outcome = await this.once(options, authorization, permit, attempt);
        if (outcome.kind === 'ok') return outcome.response;
        if (outcome.kind === 'fail') throw new RequestFailure(outcome.cause, outcome.status);
        if (outcome.kind === 'unauthorized') {
          if (!refreshed && options.auth && authorization && (await options.auth.refresh(authorization))) {
            refreshed = true;
            attempt--;
            continue;
          }
          throw new RequestFailure(outcome.cause);
        }
        cause = outcome.cause;
        waitMs = outcome.waitMs ?? this.backoff(attempt);
        if (waitMs > settings.maxRetryAfterMs) {
          throw new RequestFailure(
            `${cause}; the API asks to wait ${Math.ceil(waitMs / 1000)} s, longer than a0lint waits (${settings.maxRetryAfterMs / 1000} s)`,
          );
        }
        if (outcome.waitMs !== undefined) options.gate?.pause(this.clock.now() + waitMs);
      } finally {
        if (permit) options.gate!.release(permit);
      }
      if (attempt < settings.maxAttempts) await this.clock.sleep(waitMs, options.signal);
    }
    throw new RequestFailure(`${cause} (gave up after ${settings.maxAttempts} attempts)`);
  }

  private async once(
    options: SendOptions,
    authorization: string | undefined,
    permit: Permit | undefined,
    attempt: number,
  ): Promise<
    | { kind: 'ok'; response: JsonResponse }
    | { kind: 'retry'; cause: string; waitMs?: number }
    | { kind: 'unauthorized'; cause: string }
    | { kind: 'fail'; cause: string; status?: number }
  > {
    const timeout = this.clock.timeout(this.settings.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': `a0lint/${VERSION}` };
    if (authorization) headers.authorization = authorization;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let status: number;
    let text: string;
    let responseHeaders: Record<string, string | string[] | undefined>;
    try {
      const response = await request(options.url, {
        method: options.method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        dispatcher: this.dispatcher,
        signal,
      });
      status = response.statusCode;
      responseHeaders = response.headers;
      if (permit) options.gate!.observe(permit, responseHeaders);
      const read = await readBounded(response.body, first(responseHeaders['content-length']), this.settings.maxBodyBytes);
      if (read === undefined) {
        this.options.onRequest?.(options.method, options.url, status);
        return {
          kind: 'fail',
          cause: `HTTP ${status} with an answer larger than ${this.settings.maxBodyBytes} bytes, far more than any page; stopped reading it`,
        };
      }
      text = read;
    } catch (error) {
      this.options.onRequest?.(options.method, options.url, 'network-error');
      if (options.signal?.aborted) throw options.signal.reason;
      const cause = networkCause(error, timeout.aborted, this.settings.timeoutMs);
      return PERMANENT_NETWORK.test(errorCode(error)) ? { kind: 'fail', cause } : { kind: 'retry', cause };
    }
    this.options.onRequest?.(options.method, options.url, status);
    const described = `HTTP ${status}${describeBody(redactBearer(options.redact ? options.redact(text) : text))}`;
    if (status >= 200 && status < 300) {
      try {
        return { kind: 'ok', response: { status, body: JSON.parse(text), length: text.length } };
      } catch {
        return { kind: 'retry', cause: `HTTP ${status} with a body that is not valid JSON` };
      }
    }
    if (status === 401) return { kind: 'unauthorized', cause: `the credentials were rejected: ${described}` };
    if (status === 429) return { kind: 'retry', cause: `rate limited: ${described}`, waitMs: this.retryAfter(responseHeaders, attempt) };
    if (RETRY_STATUS.has(status)) return { kind: 'retry', cause: described };
    return { kind: 'fail', cause: described, status };
  }

  /**
   * Retry-After (seconds or a date), else the rate-limit reset read on the server's clock, else (or when that time
   * has already passed, yet the bucket was empty) jittered backoff; a little jitter on top.
   */
  private retryAfter(headers: Record<string, string | string[] | undefined>, attempt: number): number | undefined {
    const now = this.clock.now();
    const retryAfter = first(headers['retry-after']);
    let until: number | undefined;
    if (retryAfter !== undefined) {
      until = /^\d+$/.test(retryAfter.trim()) ? now + Number(retryAfter) * 1000 : Date.parse(retryAfter);
      if (Number.isNaN(until)) until = undefined;
    }
    const reset = first(headers['x-ratelimit-reset']);
    if (until === undefined && reset !== undefined && /^\d+$/.test(reset.trim())) {
      const fromReset = Number(reset) * 1000 - serverClockOffset(headers, now);
      until = fromReset > now ? fromReset : now + this.backoff(attempt);
    }
    if (until === undefined) return undefined;
    return Math.max(0, until - now) + Math.floor(this.settings.random() * 100);
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempt - 1));
    // "Equal jitter": never less than half the step, so retries cannot bunch up at zero.
    return Math.round(ceiling / 2 + (this.settings.random() * ceiling) / 2);
  }
}

/**
 * The body as text, or undefined past `limit` bytes (announced or read): a server that streams without end must
 * not fill memory. The rest of an oversized body is discarded unread.
 */
async function readBounded(body: Dispatcher.ResponseData['body'], length: string | undefined, limit: number): Promise<string | undefined> {
  if (length !== undefined && /^\d+$/.test(length) && Number(length) > limit) {
    body.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Whatever else an echoing proxy may repeat: any bearer credential. */
function redactBearer(text: string): string {
  return text.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]');
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The API's own explanation ({statusCode, error, message, errorCode} or OAuth {error, error_description}). */
function describeBody(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return '';
  }
  if (typeof body !== 'object' || body === null) return '';
  const record = body as Record<string, unknown>;
  const parts = [record.error, record.message ?? record.error_description].filter((part): part is string => typeof part === 'string');
  const code = typeof record.errorCode === 'string' ? ` (${record.errorCode})` : '';
  return parts.length > 0 ? ` ${parts.join(': ').slice(0, 300)}${code}` : '';
}

function errorCode(error: unknown): string {
  const own = (error as { code?: unknown })?.code;
  const inner = (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof own === 'string' && !own.startsWith('UND_ERR_') ? own : typeof inner === 'string' ? inner : typeof own === 'string' ? own : '';
}

function networkCause(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no complete answer within ${timeoutMs / 1000} s`;
  const code = errorCode(error);
  const message = (error as Error)?.message ?? String(error);
  return `network error: ${code && !message.includes(code) ? `${code} ` : ''}${message}`.slice(0, 300);
}
