import { randomBytes } from 'node:crypto';
import { constants, realpathSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ensureDir } from './ensure-dir.js';
import { batched } from './write-chunks.js';

export interface SafeWriteOptions {
  /** File mode of a new file (before the umask); dumps of a tenant are 0600. */
  readonly mode?: number;
  /** The destination's real folder must lie inside this one (the Action's workspace). */
  readonly confineTo?: string;
  /** Files the run reads: a report must never replace one of them. */
  readonly inputs?: readonly string[];
}

/** Why a destination was refused; the message names the reason, the caller adds the file. */
export class UnsafeDestination extends Error {}

/**
 * Writes a file so that a symbolic link in the pull request cannot redirect it: the text goes to a new temporary
 * file beside the destination (created exclusively, never through a link), which is then renamed over the
 * destination. A rename replaces a link itself, never the file it points to, and an interrupted run leaves no half
 * file under the destination's name. A device or FIFO is written in place.
 */
export async function writeFileSafely(target: string, chunks: Iterable<string>, options: SafeWriteOptions = {}): Promise<void> {
  const absolute = path.resolve(target);
  const folder = path.dirname(absolute);
  await ensureDir(folder);
  const destination = path.join(realpathSync(folder), path.basename(absolute));
  if (options.confineTo !== undefined) {
    const root = realpathSync(options.confineTo);
    const relative = path.relative(root, destination);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UnsafeDestination(`is outside the workspace (${options.confineTo}), where its folder's symbolic links lead included`);
    }
  }
  for (const input of options.inputs ?? []) {
    if (realOrResolved(input) === realOrResolved(destination))
      throw new UnsafeDestination('is an input of this run; a report must not replace what it reports on');
  }
  // A device, FIFO or socket (`/dev/null`, `/dev/stdout` through its link) is written in place, never replaced:
  // renaming over it would put a plain file where the system expects the device.
  const existing = await stat(destination).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    const device = await open(destination, 'w');
    try {
      for (const text of batched(chunks)) await device.write(text);
    } finally {
      await device.close();
    }
    return;
  }
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL with O_CREAT never opens an existing file or follows a link at the last component; O_NOFOLLOW says so twice.
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, options.mode ?? 0o666);
  try {
    try {
      for (const text of batched(chunks)) await handle.write(text);
    } finally {
      await handle.close();
    }
    await rename(temporary, destination);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function realOrResolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
