import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  atLeast
} from "./chunk-TKXTXSGR.js";
import {
  GlobIncomplete,
  expandGlob,
  require_picomatch
} from "./chunk-5FSPQ4ZX.js";
import {
  exportsInFolder
} from "./chunk-EVYNPWOD.js";
import {
  InputError
} from "./chunk-WXFIOOVO.js";
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
import path from "node:path";
async function expandInputGlobs(paths, baseDir, within) {
  const expanded = [];
  for (const input of paths) {
    if (!import_picomatch.default.scan(input).isGlob) {
      const inner = exportsInFolder(path.resolve(baseDir, input));
      expanded.push(...inner.length === 0 ? [input] : inner.map((file) => path.isAbsolute(input) ? file : path.relative(baseDir, file)));
      continue;
    }
    const found = await expandGlob(input, baseDir).catch((error) => {
      if (error instanceof GlobIncomplete) throw new InputError(`the path glob "${input}" ${error.message}`);
      throw error;
    });
    if (found.length === 0) throw new InputError(`the path glob "${input}" matches no file (looked in ${path.resolve(baseDir, import_picomatch.default.scan(input).base || ".")})`);
    const outside = within === void 0 ? void 0 : found.find((file) => path.relative(within, file).startsWith("..") || path.isAbsolute(path.relative(within, file)));
    if (outside !== void 0) throw new InputError(`the path glob "${input}" matches ${outside}, outside the workspace ${within}`);
    expanded.push(...found.map((file) => path.isAbsolute(input) ? file : path.relative(baseDir, file)).sort());
  }
  return expanded;
}

export {
  FAIL_ON,
  exitCode,
  expandInputGlobs
};
