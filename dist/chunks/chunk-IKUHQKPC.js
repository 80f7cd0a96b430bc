import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/io/safe-write.ts
import { randomBytes } from "node:crypto";
import { constants, realpathSync } from "node:fs";
import { open, rename, rm, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// src/io/ensure-dir.ts
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
async function ensureDir(dir) {
  const missing = [];
  for (let current = path.resolve(dir); ; ) {
    try {
      if (!(await stat(current)).isDirectory()) throw Object.assign(new Error(`not a directory: ${current}`), { code: "ENOTDIR" });
      break;
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      missing.push(current);
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}

// src/io/write-chunks.ts
var BATCH_CHARS = 1 << 20;
function* batched(chunks, size = BATCH_CHARS) {
  let parts = [];
  let length = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join("");
}

// src/io/safe-write.ts
var UnsafeDestination = class extends Error {
};
async function writeFileSafely(target, chunks, options = {}) {
  const absolute = path2.resolve(target);
  const folder = path2.dirname(absolute);
  await ensureDir(folder);
  const destination = path2.join(realpathSync(folder), path2.basename(absolute));
  if (options.confineTo !== void 0) {
    const root = realpathSync(options.confineTo);
    const relative = path2.relative(root, destination);
    if (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative)) {
      throw new UnsafeDestination(`is outside the workspace (${options.confineTo}), where its folder's symbolic links lead included`);
    }
  }
  for (const input of options.inputs ?? []) {
    if (realOrResolved(input) === realOrResolved(destination))
      throw new UnsafeDestination("is an input of this run; a report must not replace what it reports on");
  }
  const existing = await stat2(destination).catch(() => void 0);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    const device = await open(destination, "w");
    try {
      for (const text of batched(chunks)) await device.write(text);
    } finally {
      await device.close();
    }
    return;
  }
  const temporary = path2.join(path2.dirname(destination), `.${path2.basename(destination)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, options.mode ?? 438);
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
function realOrResolved(file) {
  try {
    return realpathSync(file);
  } catch {
    return path2.resolve(file);
  }
}

export {
  batched,
  UnsafeDestination,
  writeFileSafely
};
