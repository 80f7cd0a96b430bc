import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  DEFAULT_YAML_LIMITS,
  findInDocument,
  parseYamlFile
} from "./chunk-57NCPPFV.js";
import "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";
export {
  DEFAULT_YAML_LIMITS,
  findInDocument,
  parseYamlFile
};
