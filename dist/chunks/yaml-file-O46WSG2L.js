import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  DEFAULT_YAML_LIMITS,
  findInDocument,
  parseYamlFile
} from "./chunk-JS56QLWP.js";
import "./chunk-MCUWJE3M.js";
import "./chunk-XRYI6CKN.js";
import "./chunk-N4EBYNR2.js";
import "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";
export {
  DEFAULT_YAML_LIMITS,
  findInDocument,
  parseYamlFile
};
