import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-RTYLSBLV.js";

// src/shared/values.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function oneOf(label, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`${label} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value;
}

export {
  isRecord,
  oneOf
};
