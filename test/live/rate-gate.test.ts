import { describe, expect, it } from 'vitest';
import { RateGate } from '../../src/live/rate-gate.js';

/** The gate against a hand-moved clock: what it lets through, and when it makes a request wait. */
function gate(start = 1_000_000) {
  const clock = { now: start };
  return { clock, gate: new RateGate({ maxConcurrency: 3, maxWaitMs: 60_000, now: () => clock.now }) };
}

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
};

describe('RateGate', () => {
  it('lets requests through while the bucket is unknown or has tokens, up to the concurrency limit', async () => {
    const { gate: g } = gate();
    const permits = [await g.acquire(), await g.acquire(), await g.acquire()];
    expect(await settled(g.acquire())).toBe(false);
    g.release(permits[0]!);
    expect(permits.map((permit) => permit.seq)).toEqual([0, 1, 2]);
  });

  it('does not send while the bucket is known to be empty, until the reset time', async () => {
    const { clock, gate: g } = gate();
    const first = await g.acquire();
    g.observe(first, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(clock.now / 1000 + 1) });
    g.release(first);
    const waiting = g.acquire();
    expect(await settled(waiting)).toBe(false);
    clock.now += 1_000;
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    expect(await settled(waiting)).toBe(true);
  });

  it('counts requests sent after a response toward what that response says is left', async () => {
    const { clock, gate: g } = gate();
    const a = await g.acquire();
    const b = await g.acquire();
    // a's answer says one token is left, but b was sent after a and took it.
    g.observe(a, { 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': String(clock.now / 1000 + 5) });
    g.release(a);
    expect(await settled(g.acquire())).toBe(false);
    g.release(b);
  });

  it('ignores headers older than ones it has already seen', async () => {
    const { clock, gate: g } = gate();
    const a = await g.acquire();
    const b = await g.acquire();
    g.observe(b, { 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': String(clock.now / 1000 + 1) });
    g.observe(a, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(clock.now / 1000 + 1) });
    g.release(a);
    g.release(b);
    expect(await settled(g.acquire())).toBe(true);
  });

  it('pauses every request after a 429', async () => {
    const { clock, gate: g } = gate();
    g.pause(clock.now + 10_000);
    expect(await settled(g.acquire())).toBe(false);
  });
});
