import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  FORMATS
} from "./chunks/chunk-BO3RIFEE.js";
import "./chunks/chunk-C6IFQFG3.js";
import {
  VERSION
} from "./chunks/chunk-FXPDZIPA.js";
import {
  builtinRules,
  errorsOf,
  findingsOf,
  lint
} from "./chunks/chunk-UOSP3FOZ.js";
import "./chunks/chunk-VOT76SFD.js";
import "./chunks/chunk-2SIURFMV.js";
import "./chunks/chunk-7VWSDUZZ.js";
import "./chunks/chunk-3O7BZ777.js";
import "./chunks/chunk-GX3D6AB4.js";
import "./chunks/chunk-AWSW6I4B.js";
import "./chunks/chunk-TD6S3IHV.js";
import "./chunks/chunk-56AKXYQB.js";
import "./chunks/chunk-XZXQAQVD.js";
import {
  InputError,
  InputErrors,
  UsageError
} from "./chunks/chunk-RTYLSBLV.js";
import "./chunks/chunk-KHZTPSLG.js";

// src/index.ts
var formatters = Object.fromEntries(
  Object.entries(FORMATS).map(([name, format]) => [
    name,
    (run, options = {}) => format({
      targets: run.targets,
      rules: run.rules,
      version: VERSION,
      color: false,
      ...run.anchorFile !== void 0 ? { anchorFile: run.anchorFile } : {},
      ...options
    })
  ])
);
export {
  InputError,
  InputErrors,
  UsageError,
  builtinRules,
  errorsOf,
  findingsOf,
  formatters,
  lint,
  VERSION as version
};
