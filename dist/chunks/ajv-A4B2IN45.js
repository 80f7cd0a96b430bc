import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-PSETR3AT.js";
import "./chunk-EOZ4DQQS.js";
import {
  __toESM
} from "./chunk-KHZTPSLG.js";

// src/config/ajv.ts
var import_ajv = __toESM(require_ajv(), 1);
var export_Ajv = import_ajv.Ajv;
export {
  export_Ajv as Ajv
};
