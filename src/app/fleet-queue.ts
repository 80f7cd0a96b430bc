/**
 * The paths of a fleet run, handed out by index from memory every thread shares: a thread that finishes a path
 * takes the next one itself, at once, instead of asking the main thread, which is busy linting paths of its own
 * and would answer only between two of them. So no thread waits for work while any is left, and at the end the
 * threads finish at most one path apart.
 */
export class PathQueue {
  /** [the next index to hand out, the first index not to hand out]. */
  private readonly cells: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.cells = new Int32Array(buffer);
  }

  static of(count: number): PathQueue {
    const queue = new PathQueue(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    Atomics.store(queue.cells, 1, count);
    return queue;
  }

  /** The next path's index, or undefined when none is left (or the run stopped before it). */
  take(): number | undefined {
    const index = Atomics.add(this.cells, 0, 1);
    return index < Atomics.load(this.cells, 1) ? index : undefined;
  }

  /** Hands out no path from `index` on (paths already taken are finished: one before it could still fail first). */
  stopAt(index: number): void {
    for (let end = Atomics.load(this.cells, 1); index < end; end = Atomics.load(this.cells, 1)) {
      if (Atomics.compareExchange(this.cells, 1, end, index) === end) return;
    }
  }
}
