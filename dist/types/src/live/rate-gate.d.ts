import { type Clock } from '../shared/clock.js';
/**
 * Paces requests by what the Management API says about its token bucket: `x-ratelimit-remaining` and
 * `x-ratelimit-reset` (UNIX seconds when tokens are added). It never sends while the bucket is known to be empty,
 * so a healthy run gets no 429 at all; a 429 (or its Retry-After) pauses every request, not just the one that hit it.
 */
export interface GateOptions {
    /** Requests in flight at most, whatever the bucket says. */
    readonly maxConcurrency: number;
    /** Longest single wait for a reset time, so a skewed clock cannot stall a run. */
    readonly maxWaitMs: number;
    readonly clock?: Clock;
}
/** The API asks for a wait longer than `maxWaitMs`: the run ends instead of stalling. */
export declare class WaitTooLong extends Error {
}
export interface Permit {
    readonly seq: number;
}
export declare class RateGate {
    private readonly options;
    private remaining;
    private resetAt;
    private pausedUntil;
    private seq;
    private observedSeq;
    private readonly inFlight;
    private readonly waiters;
    private readonly clock;
    constructor(options: GateOptions);
    acquire(signal?: AbortSignal): Promise<Permit>;
    /** Reads the bucket from a response; headers older than ones already seen are ignored. */
    observe(permit: Permit, headers: Readonly<Record<string, string | string[] | undefined>>): void;
    release(permit: Permit): void;
    /** Stops every request until `until` (epoch ms), after a 429. */
    pause(until: number): void;
    private waitTime;
}
/**
 * How far the server's clock (its `Date` header) is ahead of ours, so reset times (server UNIX seconds) are read
 * right on a machine whose clock is off. Differences within the header's one-second resolution are ignored.
 */
export declare function serverClockOffset(headers: Readonly<Record<string, string | string[] | undefined>>, now: number): number;
