export interface SafeWriteOptions {
    /** File mode of a new file (before the umask); dumps of a tenant are 0600. */
    readonly mode?: number;
    /** The destination's real folder must lie inside this one (the Action's workspace). */
    readonly confineTo?: string;
    /** Files the run reads: a report must never replace one of them. */
    readonly inputs?: readonly string[];
}
/** Why a destination was refused; the message names the reason, the caller adds the file. */
export declare class UnsafeDestination extends Error {
}
/**
 * Writes a file so that a symbolic link in the pull request cannot redirect it: the text goes to a new temporary
 * file beside the destination (created exclusively, never through a link), which is then renamed over the
 * destination. A rename replaces a link itself, never the file it points to, and an interrupted run leaves no half
 * file under the destination's name. A device or FIFO is written in place.
 */
export declare function writeFileSafely(target: string, chunks: Iterable<string>, options?: SafeWriteOptions): Promise<void>;
