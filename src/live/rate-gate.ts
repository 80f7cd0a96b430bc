import { SYSTEM_CLOCK, type Clock } from '../shared/clock.js';

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
export class WaitTooLong extends Error {}

export interface Permit {
  readonly seq: number;
}

export class RateGate {
  private remaining: number | undefined;
  private resetAt: number | undefined;
  private pausedUntil = 0;
  private seq = 0;
  private observedSeq = -1;
  private readonly inFlight = new Set<number>();
  private readonly waiters: Array<() => void> = [];
  private readonly clock: Clock;

  constructor(private readonly options: GateOptions) {
    this.clock = options.clock ?? SYSTEM_CLOCK;
  }

  async acquire(signal?: AbortSignal): Promise<Permit> {
    for (;;) {
      signal?.throwIfAborted();
      const wait = this.waitTime();
      if (wait === 0) {
        const seq = this.seq++;
        this.inFlight.add(seq);
        if (this.remaining !== undefined) this.remaining--;
        return { seq };
      }
      if (wait === Infinity) await new Promise<void>((resolve) => this.waiters.push(resolve));
      else await this.clock.sleep(wait, signal);
    }
  }

  /** Reads the bucket from a response; headers older than ones already seen are ignored. */
  observe(permit: Permit, headers: Readonly<Record<string, string | string[] | undefined>>): void {
    const remaining = numberHeader(headers['x-ratelimit-remaining']);
    const reset = numberHeader(headers['x-ratelimit-reset']);
    if (remaining !== undefined && permit.seq > this.observedSeq) {
      this.observedSeq = permit.seq;
      // Other requests on their way may reach the server after this one, whenever they were sent (connections do
      // not keep order): none of them is taken as counted in its header yet.
      const others = this.inFlight.size - (this.inFlight.has(permit.seq) ? 1 : 0);
      this.remaining = Math.max(0, remaining - others);
      this.resetAt = reset !== undefined ? reset * 1000 - serverClockOffset(headers, this.clock.now()) : undefined;
    }
  }

  release(permit: Permit): void {
    this.inFlight.delete(permit.seq);
    // Every waiter looks again: the bucket may now allow several of them.
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Stops every request until `until` (epoch ms), after a 429. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Math.min(until, this.clock.now() + this.options.maxWaitMs));
    this.remaining = 0;
    this.resetAt = this.pausedUntil;
  }

  private waitTime(): number {
    const now = this.clock.now();
    if (this.pausedUntil > now) return this.pausedUntil - now;
    if (this.inFlight.size >= this.options.maxConcurrency) return Infinity;
    if (this.remaining === undefined || this.remaining > 0) return 0;
    if (this.resetAt !== undefined && this.resetAt > now) {
      const wait = this.resetAt - now;
      if (wait > this.options.maxWaitMs) {
        throw new WaitTooLong(
          `the API reports its rate limit used up until ${Math.ceil(wait / 1000)} s from now, longer than a0lint waits (${this.options.maxWaitMs / 1000} s)`,
        );
      }
      return wait;
    }
    // The reset time has passed: tokens were added, but how many is unknown until one response says so.
    if (this.inFlight.size > 0) return Infinity;
    this.remaining = 1;
    this.resetAt = undefined;
    return 0;
  }
}

function numberHeader(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text);
}

/**
 * How far the server's clock (its `Date` header) is ahead of ours, so reset times (server UNIX seconds) are read
 * right on a machine whose clock is off. Differences within the header's one-second resolution are ignored.
 */
export function serverClockOffset(headers: Readonly<Record<string, string | string[] | undefined>>, now: number): number {
  const raw = headers.date;
  const date = Array.isArray(raw) ? raw[0] : raw;
  const server = date === undefined ? NaN : Date.parse(date);
  if (Number.isNaN(server)) return 0;
  const offset = server - now;
  return Math.abs(offset) > 2_000 ? offset : 0;
}
