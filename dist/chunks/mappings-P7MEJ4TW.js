import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  displayPath,
  parseJsonFile,
  readTextFile
} from "./chunk-FA3W4DOM.js";
import "./chunk-U24S7HBE.js";
import "./chunk-TD6S3IHV.js";
import {
  parseYamlFile
} from "./chunk-WARYMOLH.js";
import "./chunk-Q2RYU5JD.js";
import "./chunk-N4EBYNR2.js";
import {
  InputError
} from "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";

// src/loaders/mappings.ts
import path from "node:path";
var MAX_MAPPINGS_FILE_SIZE = 1024 * 1024;
async function readMappingsFile(file, cwd, kind) {
  const absolute = path.resolve(cwd, file);
  const display = displayPath(cwd, absolute);
  const text = readTextFile(absolute, display, MAX_MAPPINGS_FILE_SIZE, " for keyword mappings");
  let data;
  if (/\.ya?ml$/i.test(absolute)) {
    data = parseYamlFile(display, text, {}).data;
  } else {
    data = parseJsonFile(display, text, {}).data;
  }
  const mappings = kind === "deploy-config" ? data?.AUTH0_KEYWORD_REPLACE_MAPPINGS ?? {} : data;
  if (typeof mappings !== "object" || mappings === null || Array.isArray(mappings)) {
    throw new InputError(kind === "deploy-config" ? "AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object" : "keyword mappings must be an object of KEY: value pairs", display, 1, 1);
  }
  return mappings;
}
export {
  MAX_MAPPINGS_FILE_SIZE,
  readMappingsFile
};
