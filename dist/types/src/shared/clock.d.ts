/**
 * Time as the live client sees it: the current time, waiting, and how long an answer may take. One port, handed from
 * the application core to the HTTP client and its rate gate; runs use the real clock, tests a virtual one that waits
 * without sleeping.
 */
export interface Clock {
    /** Milliseconds since the epoch. */
    now(): number;
    /** Resolves after `ms`; rejects with the signal's reason when it is aborted first. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
    /** A signal that aborts with a TimeoutError `ms` from now: a request's deadline. */
    timeout(ms: number): AbortSignal;
}
export declare const SYSTEM_CLOCK: Clock;
/** An abort's reason as the Error a rejected wait carries. */
export declare function abortReason(signal: AbortSignal): Error;
