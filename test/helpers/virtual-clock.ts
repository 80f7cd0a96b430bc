import { abortReason, type Clock } from '../../src/shared/clock.js';

/**
 * A clock whose waits take no real time: each wait is woken in the order of its deadline, and time jumps to that
 * deadline. Share it with the fake Management API, so its rate limit and headers follow the same time.
 */
export class VirtualClock implements Clock {
  private time: number;
  private readonly sleepers: Array<{ readonly at: number; readonly wake: () => void }> = [];
  /** Every wait asked for, in milliseconds, in order. */
  readonly waits: number[] = [];

  constructor(start = Date.parse('2026-12-01T12:00:00Z')) {
    this.time = start;
  }

  now = (): number => this.time;

  sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      signal?.throwIfAborted();
      this.waits.push(ms);
      const sleeper = {
        at: this.time + ms,
        wake: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.sleepers.push(sleeper);
      this.sleepers.sort((a, b) => a.at - b.at);
      // Wake after what is already due in the event loop (answers received, other timers), as real time would.
      setImmediate(() => this.wakeNext());
    });

  /** The time the waits asked for, in total. */
  get waited(): number {
    return this.waits.reduce((sum, ms) => sum + ms, 0);
  }

  private wakeNext(): void {
    const next = this.sleepers.shift();
    if (!next) return;
    this.time = Math.max(this.time, next.at);
    next.wake();
  }
}
