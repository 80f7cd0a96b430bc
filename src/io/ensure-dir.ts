import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates a folder and its missing parents one level at a time. Node's `mkdir(..., { recursive: true })` spins
 * forever on file systems that refuse creation with ENOENT (procfs, for one); a level-by-level walk fails cleanly.
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ;) {
    try {
      if (!(await stat(current)).isDirectory()) throw Object.assign(new Error(`not a directory: ${current}`), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(current);
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
