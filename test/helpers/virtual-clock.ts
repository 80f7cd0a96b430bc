import { subscribe } from 'node:diagnostics_channel';
import { abortReason, type Clock } from '../../src/shared/clock.js';

/**
 * HTTP requests of this process (undici's, fetch's too) that have started and not yet ended, with the local port of
 * the connection each was sent on. While one is on its way, virtual time stands still: answers take no virtual time,
 * so what a run waits for never depends on how fast the machine happens to be.
 */
const requests = new Map<object, number | undefined>();
/** Connections (the client's local port) whose request a fake server holds in `delayAnswer`. */
const held = new Map<number, number>();
const onRequestEnd: Array<() => void> = [];
const ended = (message: unknown): void => {
  if (!requests.delete((message as { request: object }).request)) return;
  for (const listener of onRequestEnd.splice(0)) listener();
};
subscribe('undici:request:create', (message) => requests.set((message as { request: object }).request, undefined));
subscribe('undici:client:sendHeaders', (message) => {
  const { request, socket } = message as { request: object; socket: { localPort?: number } };
  if (requests.has(request)) requests.set(request, socket.localPort);
});
subscribe('undici:request:trailers', ended);
subscribe('undici:request:error', ended);

/** Whether every request on its way is held by a fake server (none sent and unanswered, none still connecting). */
const quiet = (): boolean => [...requests.values()].every((port) => port !== undefined && held.has(port));

interface Sleeper {
  readonly at: number;
  readonly wake: () => void;
}

/**
 * A clock whose waits take no real time. When no HTTP request is on its way (or the only ones are held by a fake
 * server's `delayAnswer`), the earliest wait ends and time jumps to its end; request deadlines (`timeout`) that time
 * passes abort first. Share it with the fake Management API, so its rate limit, headers and delays follow the same
 * time: a run then waits exactly what the headers and the retry policy ask for, on any machine.
 */
export class VirtualClock implements Clock {
  private time: number;
  private readonly sleepers: Sleeper[] = [];
  private readonly deadlines: Sleeper[] = [];
  private pumping = false;
  /** Every wait asked for with `sleep`, in milliseconds, in order. */
  readonly waits: number[] = [];
  /** Every answer delay asked for with `delayAnswer`, in milliseconds, in order. */
  readonly answerDelays: number[] = [];

  constructor(start = Date.parse('2026-12-01T12:00:00Z')) {
    this.time = start;
  }

  now = (): number => this.time;

  sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.waits.push(ms);
    return this.wait(ms, signal);
  };

  timeout = (ms: number): AbortSignal => {
    const controller = new AbortController();
    insert(this.deadlines, {
      at: this.time + ms,
      wake: () => {
        controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      },
    });
    return controller.signal;
  };

  /**
   * A fake server's delay before it answers the request that came on the connection from `clientPort`: that request
   * does not keep time still meanwhile. Ends early (rejecting) when `signal` aborts: the client has gone.
   */
  delayAnswer = async (ms: number, clientPort: number, signal?: AbortSignal): Promise<void> => {
    this.answerDelays.push(ms);
    held.set(clientPort, (held.get(clientPort) ?? 0) + 1);
    try {
      await this.wait(ms, signal);
    } finally {
      const left = held.get(clientPort)! - 1;
      if (left > 0) held.set(clientPort, left);
      else held.delete(clientPort);
    }
  };

  /**
   * Resolves once no wait is left to end (and what the last one woke has run): then a promise still pending waits for
   * something other than time.
   */
  async settle(): Promise<void> {
    do await new Promise((resolve) => setImmediate(resolve));
    while (this.sleepers.length > 0 || this.pumping);
  }

  /** The time `sleep` waited, in total. */
  get waited(): number {
    return this.waits.reduce((sum, ms) => sum + ms, 0);
  }

  private wait(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
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
      insert(this.sleepers, sleeper);
      this.pump();
    });
  }

  /**
   * Ends the earliest wait once nothing else can happen first: after what is already due in the event loop (answers
   * received, the code they resume), and after every request on its way has ended.
   */
  private pump(): void {
    if (this.pumping || this.sleepers.length === 0) return;
    this.pumping = true;
    setImmediate(() => {
      this.pumping = false;
      if (!quiet()) {
        onRequestEnd.push(() => this.pump());
        return;
      }
      // The earliest of the waits and the deadlines ends; a deadline first on a tie, as a timer set earlier would.
      // What it aborts then runs before anything else wakes.
      const deadline = this.deadlines[0];
      const sleeper = this.sleepers[0];
      if (!sleeper) return;
      const next = deadline && deadline.at <= sleeper.at ? this.deadlines.shift()! : this.sleepers.shift()!;
      this.time = Math.max(this.time, next.at);
      next.wake();
      this.pump();
    });
  }
}

/** Keeps the list in order of time; equal times in the order they were asked for. */
function insert(list: Sleeper[], sleeper: Sleeper): void {
  let index = list.length;
  while (index > 0 && list[index - 1]!.at > sleeper.at) index--;
  list.splice(index, 0, sleeper);
}
