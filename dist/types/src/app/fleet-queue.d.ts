/**
 * The paths of a fleet run, handed out by index from memory every thread shares: a thread that finishes a path
 * takes the next one itself, at once, instead of asking the main thread, which is busy linting paths of its own
 * and would answer only between two of them. So no thread waits for work while any is left, and at the end the
 * threads finish at most one path apart.
 */
export declare class PathQueue {
    readonly buffer: SharedArrayBuffer;
    /** [the next index to hand out, the first index not to hand out]. */
    private readonly cells;
    constructor(buffer: SharedArrayBuffer);
    static of(count: number): PathQueue;
    /** The next path's index, or undefined when none is left (or the run stopped before it). */
    take(): number | undefined;
    /** Hands out no path from `index` on (paths already taken are finished: one before it could still fail first). */
    stopAt(index: number): void;
}
