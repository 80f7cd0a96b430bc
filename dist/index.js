import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  FORMATS
} from "./chunks/chunk-NZQA5QFQ.js";
import "./chunks/chunk-OB34KKQO.js";
import {
  VERSION
} from "./chunks/chunk-ZMN5KUCM.js";
import {
  builtinRules,
  errorsOf,
  findingsOf,
  lint
} from "./chunks/chunk-7F6E5GWU.js";
import "./chunks/chunk-VOT76SFD.js";
import "./chunks/chunk-5NGIJPFH.js";
import "./chunks/chunk-IASGJHMI.js";
import "./chunks/chunk-G7Z52VHB.js";
import "./chunks/chunk-GX3D6AB4.js";
import "./chunks/chunk-AWSW6I4B.js";
import "./chunks/chunk-TD6S3IHV.js";
import "./chunks/chunk-MCUWJE3M.js";
import "./chunks/chunk-XRYI6CKN.js";
import "./chunks/chunk-N4EBYNR2.js";
import {
  InputError,
  InputErrors,
  UsageError
} from "./chunks/chunk-IVFPU7VL.js";
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
