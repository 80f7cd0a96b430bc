import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  FORMATS
} from "./chunks/chunk-DXUWYLSM.js";
import "./chunks/chunk-2MAMETFL.js";
import {
  VERSION
} from "./chunks/chunk-O5W26SAV.js";
import {
  builtinRules,
  errorsOf,
  findingsOf,
  lint
} from "./chunks/chunk-XOZ2LXWP.js";
import "./chunks/chunk-TKXTXSGR.js";
import "./chunks/chunk-5FSPQ4ZX.js";
import "./chunks/chunk-SKIHZA7B.js";
import "./chunks/chunk-EVYNPWOD.js";
import "./chunks/chunk-U24S7HBE.js";
import "./chunks/chunk-AWSW6I4B.js";
import "./chunks/chunk-TD6S3IHV.js";
import "./chunks/chunk-ULGJ5JYG.js";
import "./chunks/chunk-N4EBYNR2.js";
import {
  InputError,
  UsageError
} from "./chunks/chunk-WXFIOOVO.js";
import "./chunks/chunk-KHZTPSLG.js";

// src/index.ts
var formatters = Object.fromEntries(
  Object.entries(FORMATS).map(([name, format]) => [
    name,
    (run, options = {}) => format({ targets: run.targets, rules: run.rules, version: VERSION, color: false, ...run.anchorFile !== void 0 ? { anchorFile: run.anchorFile } : {}, ...options })
  ])
);
export {
  InputError,
  UsageError,
  builtinRules,
  errorsOf,
  findingsOf,
  formatters,
  lint,
  VERSION as version
};
