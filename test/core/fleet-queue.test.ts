import { describe, expect, it } from 'vitest';
import { PathQueue } from '../../src/app/fleet-queue.js';
import { lintInWorkers } from '../../src/app/fleet.js';
import type { Target } from '../../src/engine/target.js';

const drain = (queue: PathQueue): number[] => {
  const taken: number[] = [];
  for (let index = queue.take(); index !== undefined; index = queue.take()) taken.push(index);
  return taken;
};

describe('the queue fleet threads take their paths from', () => {
  it('hands out every index once, in order, then none', () => {
    const queue = PathQueue.of(4);
    expect(drain(queue)).toEqual([0, 1, 2, 3]);
    expect(queue.take()).toBeUndefined();
  });

  it('hands out nothing from a stopped index on, and a later stop never reopens it', () => {
    const queue = PathQueue.of(10);
    expect([queue.take(), queue.take()]).toEqual([0, 1]);
    queue.stopAt(5);
    queue.stopAt(8);
    expect(drain(queue)).toEqual([2, 3, 4]);
  });

  it('is the same queue in every thread that holds its memory', () => {
    const queue = PathQueue.of(3);
    const other = new PathQueue(queue.buffer);
    expect([queue.take(), other.take(), queue.take(), other.take()]).toEqual([0, 1, 2, undefined]);
  });

  it('ends a run at its first failure in path order, starting no later path', async () => {
    const started: string[] = [];
    const lintHere = (path: string): Promise<Target> => {
      started.push(path);
      if (path === 'c') return Promise.reject(new Error('a bug'));
      return Promise.resolve({ kind: 'input', path, category: path, findings: [], errors: [] });
    };
    const run = lintInWorkers({ project: { cwd: process.cwd() }, request: {} }, ['a', 'b', 'c', 'd', 'e'], 1, lintHere);
    await expect(run).rejects.toThrow('a bug');
    expect(started).toEqual(['a', 'b', 'c']);
  });
});
