import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../helpers/virtual-clock.js';

/** Whether the promise has settled once the event loop has gone round a few times (no clock is moved for it). */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let round = 0; round < 20; round++) await new Promise((resolve) => setImmediate(resolve));
  return done;
}

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A local HTTP server on the clock that answers each request only when the test says so. */
async function heldServer(clock: VirtualClock): Promise<{ url: string; answers: Array<ServerResponse>; arrived: Promise<void> }> {
  const answers: ServerResponse[] = [];
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const server = createServer((_request, response) => {
    answers.push(response);
    arrive();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  clock.serve((server.address() as AddressInfo).port);
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, answers, arrived };
}

describe('VirtualClock', () => {
  it('ends a wait at once, and time jumps by exactly the wait', async () => {
    const clock = new VirtualClock(0);
    await clock.sleep(1_500);
    expect(clock.now()).toBe(1_500);
    expect(clock.waits).toEqual([1_500]);
  });

  it('is not held by a request to a server on another clock (another test may have left one hanging)', async () => {
    const elsewhere = await heldServer(new VirtualClock(0));
    void request(elsewhere.url).catch(() => undefined);
    await elsewhere.arrived;
    const clock = new VirtualClock(0);
    await clock.sleep(1_000);
    expect(clock.now()).toBe(1_000);
  });

  it('holds time still while an HTTP request is on its way, and moves it once the answer is in', async () => {
    const clock = new VirtualClock(0);
    const server = await heldServer(clock);
    const answered = request(server.url).then((response) => response.body.text());
    await server.arrived;
    const wait = clock.sleep(1_000);
    expect(await settledSoon(wait)).toBe(false);
    expect(clock.now()).toBe(0);
    server.answers[0]!.end('ok');
    expect(await answered).toBe('ok');
    await wait;
    expect(clock.now()).toBe(1_000);
  });

  it('passes a deadline before a later wait ends, and holds nothing for a request its server delays on the clock', async () => {
    const clock = new VirtualClock(0);
    const server = await heldServer(clock);
    const deadline = clock.timeout(10_000);
    const answered = request(server.url, { signal: deadline }).catch((error: unknown) => (error as Error).name);
    await server.arrived;
    const socket = server.answers[0]!.socket!;
    // The server delays its answer by 40 s on the same clock: the client's 10 s deadline passes first.
    const delay = clock.delayAnswer(40_000, socket.remotePort!);
    expect(await answered).toBe('TimeoutError');
    expect(clock.now()).toBe(10_000);
    await delay;
    expect(clock.now()).toBe(40_000);
  });
});
