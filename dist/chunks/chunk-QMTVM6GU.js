import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  atLeast
} from "./chunk-TKXTXSGR.js";

// src/app/exit-code.ts
var FAIL_ON = ["error", "warning", "note", "none"];
function exitCode(findings, errors, failOn, maxWarnings) {
  if (errors.length > 0) return 2;
  if (failOn !== "none" && findings.some((finding) => atLeast(finding.severity, failOn))) return 1;
  if (maxWarnings !== void 0 && findings.filter((finding) => finding.severity === "warning").length > maxWarnings) return 1;
  return 0;
}

export {
  FAIL_ON,
  exitCode
};
