import { type Clock } from '../shared/clock.js';
import { type RateGate } from './rate-gate.js';
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
/** Why a request could not be completed; the message is safe to print (it never holds a secret). */
export declare class RequestFailure extends Error {
    /** The HTTP status of a definite refusal (400, 403, ...), when there was one. */
    readonly status?: number | undefined;
    name: string;
    constructor(message: string, 
    /** The HTTP status of a definite refusal (400, 403, ...), when there was one. */
    status?: number | undefined);
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
/** Management and Authentication API requests over one undici agent, with timeouts and bounded, jittered retries. */
export declare class HttpClient {
    private readonly options;
    readonly settings: HttpSettings;
    readonly clock: Clock;
    private readonly dispatcher;
    constructor(options?: HttpClientOptions);
    close(): Promise<void>;
    /** Sends until a 2xx JSON answer, or throws a RequestFailure that says what went wrong the last time. */
    send(options: SendOptions): Promise<JsonResponse>;
    private once;
    /**
     * Retry-After (seconds or a date), else the rate-limit reset read on the server's clock, else (or when that time
     * has already passed, yet the bucket was empty) jittered backoff; a little jitter on top.
     */
    private retryAfter;
    private backoff;
}
