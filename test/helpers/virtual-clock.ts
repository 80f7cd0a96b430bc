import { subscribe } from 'node:diagnostics_channel';
import { abortReason, type Clock } from '../../src/shared/clock.js';

/**
 * HTTP requests of this process (undici's, fetch's too) that have started and not yet ended: the port of the server
 * each goes to, and the local port of the connection it was sent on. While one to a server on a virtual clock is on
 * its way, that clock stands still: answers take no virtual time, so what a run waits for never depends on how fast
 * the machine happens to be. Requests to other servers (another test's, left hanging) do not hold it.
 */
interface OnItsWay {
  readonly server: number;
  sentFrom?: number;
}
const requests = new Map<object, OnItsWay>();
/** Connections (the client's local port) whose request a fake server holds in `delayAnswer`. */
const held = new Map<number, number>();
const onRequestEnd: Array<() => void> = [];
const ended = (message: unknown): void => {
  if (!requests.delete((message as { request: object }).request)) return;
  for (const listener of onRequestEnd.splice(0)) listener();
};
subscribe('undici:request:create', (message) => {
  const { request } = message as { request: { origin?: unknown } };
  const origin = URL.parse(String(request.origin));
  const server = Number(origin?.port || (origin?.protocol === 'http:' ? 80 : 443));
  requests.set(request, { server });
});
subscribe('undici:client:sendHeaders', (message) => {
  const { request, socket } = message as { request: object; socket: { localPort?: number } };
  const onItsWay = requests.get(request);
  if (onItsWay) onItsWay.sentFrom = socket.localPort;
});
subscribe('undici:request:trailers', ended);
subscribe('undici:request:error', ended);

interface Sleeper {
  readonly at: number;
  readonly wake: () => void;
}

/**
 * A clock whose waits take no real time. When no HTTP request to its servers (`serve`) is on its way (or the only
 * ones are held by a fake server's `delayAnswer`), the earliest wait ends and time jumps to its end; request deadlines (`timeout`) that time
 * passes abort first. Share it with the fake Management API, so its rate limit, headers and delays follow the same
 * time: a run then waits exactly what the headers and the retry policy ask for, on any machine.
 */
export class VirtualClock implements Clock {
  private time: number;
  private readonly sleepers: Sleeper[] = [];
  private readonly deadlines: Sleeper[] = [];
  private pumping = false;
  /** Ports of the servers on this clock: requests to them hold it still. */
  private readonly servers = new Set<number>();
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

  /** Requests to the server on this port hold the clock still while they are on their way (a fake on this clock). */
  serve(port: number): void {
    this.servers.add(port);
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

  /** Whether every request to this clock's servers is held by one (none sent and unanswered, none still connecting). */
  private quiet(): boolean {
    for (const { server, sentFrom } of requests.values()) {
      if (this.servers.has(server) && (sentFrom === undefined || !held.has(sentFrom))) return false;
    }
    return true;
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
      if (!this.quiet()) {
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
