/**
 * Creates a folder and its missing parents one level at a time. Node's `mkdir(..., { recursive: true })` spins
 * forever on file systems that refuse creation with ENOENT (procfs, for one); a level-by-level walk fails cleanly.
 */
export declare function ensureDir(dir: string): Promise<void>;
