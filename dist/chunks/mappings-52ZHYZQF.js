import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-5HYOEXWN.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  displayPath,
  parseJsonFile,
  readTextFile
} from "./chunk-RYGICD7Z.js";
import {
  InputError
} from "./chunk-DPWWXXW3.js";
import {
  __toESM
} from "./chunk-KHZTPSLG.js";

// src/loaders/mappings.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
async function readMappingsFile(file, cwd, kind) {
  const absolute = path.resolve(cwd, file);
  const display = displayPath(cwd, absolute);
  const text = readTextFile(absolute, display, DEFAULT_MAX_FILE_SIZE);
  let data;
  if (/\.ya?ml$/i.test(absolute)) {
    try {
      data = (0, import_yaml.parse)(text);
    } catch (error) {
      const where = error.linePos?.[0];
      throw new InputError(`invalid YAML: ${error.message.split("\n")[0]}`, display, where?.line, where?.col);
    }
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
  readMappingsFile
};
