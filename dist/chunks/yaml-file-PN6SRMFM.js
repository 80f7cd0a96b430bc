import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  DEFAULT_YAML_LIMITS,
  findInDocument,
  parseYamlFile
} from "./chunk-K7G57LTO.js";
import "./chunk-KHZTPSLG.js";
export {
  DEFAULT_YAML_LIMITS,
  findInDocument,
  parseYamlFile
};
