import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

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

export {
  ensureDir
};
