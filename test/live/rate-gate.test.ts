import { describe, expect, it } from 'vitest';
import { RateGate } from '../../src/live/rate-gate.js';
import { VirtualClock } from '../helpers/virtual-clock.js';

const START = 1_000_000;

/** The gate on a virtual clock: what it lets through, and exactly how long it makes a request wait. */
function gate() {
  const clock = new VirtualClock(START);
  return { clock, gate: new RateGate({ maxConcurrency: 3, maxWaitMs: 60_000, clock }) };
}

/** Whether the promise settles once every wait on the clock has ended, with nothing else happening. */
const settled = async (clock: VirtualClock, promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await clock.settle();
  return done;
};

describe('RateGate', () => {
  it('lets requests through while the bucket is unknown or has tokens, up to the concurrency limit', async () => {
    const { clock, gate: g } = gate();
    const permits = [await g.acquire(), await g.acquire(), await g.acquire()];
    expect(await settled(clock, g.acquire())).toBe(false);
    g.release(permits[0]!);
    expect(permits.map((permit) => permit.seq)).toEqual([0, 1, 2]);
    expect(clock.waits).toEqual([]);
  });

  it('does not send while the bucket is known to be empty, until the reset time', async () => {
    const { clock, gate: g } = gate();
    const first = await g.acquire();
    g.observe(first, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(START / 1000 + 1) });
    g.release(first);
    await g.acquire();
    expect(clock.waits).toEqual([1_000]);
    expect(clock.now()).toBe(START + 1_000);
  });

  it('counts requests sent after a response toward what that response says is left', async () => {
    const { clock, gate: g } = gate();
    const a = await g.acquire();
    const b = await g.acquire();
    // a's answer says one token is left, but b was sent after a and took it: the next request waits for the reset,
    // and past it for b's answer, which says how many tokens were added.
    g.observe(a, { 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': String(START / 1000 + 5) });
    g.release(a);
    const next = g.acquire();
    expect(await settled(clock, next)).toBe(false);
    expect(clock.waits).toEqual([5_000]);
    g.release(b);
    await next;
  });

  it('counts requests sent before a response, still on their way, toward it too: connections do not keep order', async () => {
    const { clock, gate: g } = gate();
    const a = await g.acquire();
    const b = await g.acquire();
    // b overtook a: its answer says one token is left, but a may reach the server after it and take that token.
    g.observe(b, { 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': String(START / 1000 + 2) });
    g.release(b);
    const next = g.acquire();
    expect(await settled(clock, next)).toBe(false);
    expect(clock.waits).toEqual([2_000]);
    g.release(a);
    await next;
  });

  it('ignores headers older than ones it has already seen', async () => {
    const { clock, gate: g } = gate();
    const a = await g.acquire();
    const b = await g.acquire();
    g.observe(b, { 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': String(START / 1000 + 1) });
    g.observe(a, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(START / 1000 + 1) });
    g.release(a);
    g.release(b);
    await g.acquire();
    expect(clock.waits).toEqual([]);
  });

  it('pauses every request after a 429', async () => {
    const { clock, gate: g } = gate();
    g.pause(START + 10_000);
    await g.acquire();
    expect(clock.waits).toEqual([10_000]);
  });

  it('reads a reset time on the server clock, from its Date header', async () => {
    const { clock, gate: g } = gate();
    const first = await g.acquire();
    // The server's clock is 30 s ahead: its reset second, read on ours, is 2 s away, not 32 s.
    const server = START + 30_000;
    g.observe(first, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(server / 1000 + 2), date: new Date(server).toUTCString() });
    g.release(first);
    await g.acquire();
    expect(clock.waits).toEqual([2_000]);
  });
});
