import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  displayPath,
  parseJsonFile,
  readTextFile
} from "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-TD6S3IHV.js";
import {
  parseYamlFile
} from "./chunk-57NCPPFV.js";
import "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import {
  InputError
} from "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";

// src/loaders/mappings.ts
import { existsSync } from "node:fs";
import path from "node:path";
var MAX_MAPPINGS_FILE_SIZE = 1024 * 1024;
function readMappingsFile(file, cwd, kind) {
  return readMappingsAndBase(file, cwd, kind).mappings;
}
function readDeployConfig(file, cwd) {
  return readMappingsAndBase(file, cwd, "deploy-config");
}
function readMappingsAndBase(file, cwd, kind) {
  const absolute = path.resolve(cwd, file);
  const display = displayPath(cwd, absolute);
  if (!existsSync(absolute)) throw new InputError(kind === "deploy-config" ? "no such deploy-cli config file" : "no such keyword mappings file", display);
  const text = readTextFile(absolute, display, MAX_MAPPINGS_FILE_SIZE, " for keyword mappings");
  let data;
  if (/\.ya?ml$/i.test(absolute)) {
    data = parseYamlFile(display, text, {}).data;
  } else {
    data = parseJsonFile(display, text, {}).data;
  }
  const config = kind === "deploy-config" ? data : void 0;
  const mappings = kind === "deploy-config" ? config?.AUTH0_KEYWORD_REPLACE_MAPPINGS ?? {} : data;
  if (typeof mappings !== "object" || mappings === null || Array.isArray(mappings)) {
    throw new InputError(
      kind === "deploy-config" ? "AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object" : "keyword mappings must be an object of KEY: value pairs",
      display,
      1,
      1
    );
  }
  const base = config?.AUTH0_BASE_PATH;
  if (base !== void 0 && base !== null && base !== "" && typeof base !== "string")
    throw new InputError("AUTH0_BASE_PATH must be a folder path (a string)", display, 1, 1);
  return { mappings, ...typeof base === "string" && base !== "" ? { basePath: path.resolve(cwd, base) } : {} };
}
export {
  readDeployConfig,
  readMappingsFile
};
