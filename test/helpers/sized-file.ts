import { closeSync, ftruncateSync, openSync } from 'node:fs';
import path from 'node:path';

/**
 * A file that stats as `bytes` long without taking the disk space or the time to write it (sparse, all zeros): for
 * what is decided from input sizes alone, such as how many threads a fleet starts.
 */
export function sizedFile(folder: string, name: string, bytes: number): string {
  const file = path.join(folder, name);
  const fd = openSync(file, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return file;
}
