import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/app/fleet-queue.ts
var PathQueue = class _PathQueue {
  constructor(buffer) {
    this.buffer = buffer;
    this.cells = new Int32Array(buffer);
  }
  /** [the next index to hand out, the first index not to hand out]. */
  cells;
  static of(count) {
    const queue = new _PathQueue(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    Atomics.store(queue.cells, 1, count);
    return queue;
  }
  /** The next path's index, or undefined when none is left (or the run stopped before it). */
  take() {
    const index = Atomics.add(this.cells, 0, 1);
    return index < Atomics.load(this.cells, 1) ? index : void 0;
  }
  /** Hands out no path from `index` on (paths already taken are finished: one before it could still fail first). */
  stopAt(index) {
    for (let end = Atomics.load(this.cells, 1); index < end; end = Atomics.load(this.cells, 1)) {
      if (Atomics.compareExchange(this.cells, 1, end, index) === end) return;
    }
  }
};

export {
  PathQueue
};
