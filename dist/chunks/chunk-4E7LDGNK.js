import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  atLeast
} from "./chunk-VOT76SFD.js";
import {
  MAX_VISITED,
  configRelative,
  linearGlob,
  require_picomatch
} from "./chunk-2SIURFMV.js";
import {
  SKIPPED_FOLDERS,
  exportsInFolder,
  isExportFolderPath
} from "./chunk-3O7BZ777.js";
import {
  InputError
} from "./chunk-RTYLSBLV.js";
import {
  __toESM
} from "./chunk-KHZTPSLG.js";

// src/app/exit-code.ts
var FAIL_ON = ["error", "warning", "note", "none"];
function exitCode(findings, errors, failOn, maxWarnings) {
  if (errors.length > 0) return 2;
  if (failOn !== "none" && findings.some((finding) => atLeast(finding.severity, failOn))) return 1;
  if (maxWarnings !== void 0 && findings.filter((finding) => finding.severity === "warning").length > maxWarnings) return 1;
  return 0;
}

// src/app/input-globs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var READABLE_FILE = /\.(?:ya?ml|json|tf|tfstate)$/i;
async function expandInputGlobs(paths, baseDir, within) {
  const expanded = [];
  const named = (input, absolute) => path.isAbsolute(input) ? absolute : path.relative(baseDir, absolute) || ".";
  for (const input of paths) {
    if (!import_picomatch.default.scan(input).isGlob) {
      const inner = exportsInFolder(path.resolve(baseDir, input));
      expanded.push(...inner.length === 0 ? [input] : inner.map((file) => named(input, file)));
      continue;
    }
    const found = await expandInputGlob(input, baseDir);
    if (found.length === 0) {
      throw new InputError(
        `the path glob "${input}" matches nothing a0lint reads: no .yaml, .yml, .json, .tf or .tfstate file, and no folder that is or holds an export (looked in ${path.resolve(baseDir, import_picomatch.default.scan(input).base || ".")})`
      );
    }
    const outside = within === void 0 ? void 0 : found.find((file) => path.relative(within, file).startsWith("..") || path.isAbsolute(path.relative(within, file)));
    if (outside !== void 0) throw new InputError(`the path glob "${input}" matches ${outside}, outside the workspace ${within}`);
    expanded.push(...found.map((file) => named(input, file)));
  }
  return expanded;
}
async function expandInputGlob(glob, baseDir) {
  const pattern = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  const root = path.resolve(baseDir, import_picomatch.default.scan(pattern).base || ".");
  const matches = linearGlob(pattern);
  const nameOf = (absolute) => path.isAbsolute(pattern) ? absolute.split(path.sep).join("/") : configRelative(baseDir, absolute);
  const found = [];
  let visited = 0;
  const walk = async (folder) => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error) => {
      throw new InputError(`the path glob "${glob}" cannot read folder ${folder} (${error.code ?? error.message}), so exports in it would go unread`);
    });
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (++visited > MAX_VISITED) throw new InputError(`the path glob "${glob}" walks more than ${MAX_VISITED} files and folders; name a narrower folder`);
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        if (matches(nameOf(absolute))) {
          const held = exportsInFolder(absolute);
          const inner = held.length > 0 ? held : isExportFolderPath(absolute) ? [absolute] : [];
          if (inner.length > 0) {
            found.push(...inner);
            continue;
          }
        }
        await walk(absolute);
      } else if (entry.isFile() && READABLE_FILE.test(entry.name) && matches(nameOf(absolute))) found.push(absolute);
    }
  };
  if ((await stat(root).catch(() => void 0))?.isDirectory()) await walk(root);
  return found;
}

export {
  FAIL_ON,
  exitCode,
  expandInputGlobs
};
