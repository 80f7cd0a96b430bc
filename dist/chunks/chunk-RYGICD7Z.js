import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  InputError,
  LineIndex,
  MAX_DEPTH,
  joinPointer,
  narrowTo,
  parsePointer,
  prepareText,
  rangeOf,
  walkValues,
  writtenAsKeyword
} from "./chunk-DPWWXXW3.js";

// src/loaders/json-locator.ts
var NOTED_DEPTH = 3;
var JsonLocator = class {
  /** `ascii`: the bytes of `text` when it is pure ASCII (each byte is then one character). */
  constructor(text, ascii) {
    this.text = text;
    this.colons = outline(ascii ?? codeUnits(text), this.ends);
  }
  /** Colons outside strings: each separates a key from its value. */
  colons;
  ends = /* @__PURE__ */ new Map();
  /** Where the items of arrays located into so far begin: a dump's entities are listed once. */
  items = /* @__PURE__ */ new Map();
  /** Whether the string read last held an escape sequence. */
  escaped = false;
  /** The value at a path of keys and indexes; when a segment is missing, the closest existing parent stands in. */
  find(segments) {
    const start = this.skipSpace(0);
    let found = { start, end: this.skip(start), scalar: false };
    for (const segment of segments) {
      const child = this.child(found.start, segment);
      if (!child) break;
      found = child;
    }
    const open = this.text.charCodeAt(found.start);
    return {
      ...found,
      scalar: open !== 123 && open !== 91
      /* [ */
    };
  }
  child(start, segment) {
    const { text } = this;
    const open = text.charCodeAt(start);
    if (open === 123) {
      for (let pos = start + 1; ; pos++) {
        pos = this.skipSpace(pos);
        if (text.charCodeAt(pos) !== 34) return void 0;
        const keyStart = pos;
        const keyEnd = this.stringEnd(pos);
        const matches = this.escaped ? JSON.parse(text.slice(keyStart, keyEnd)) === segment : keyEnd - keyStart - 2 === segment.length && text.startsWith(segment, keyStart + 1);
        const valueStart = this.skipSpace(this.skipSpace(keyEnd) + 1);
        const valueEnd = this.skip(valueStart);
        if (matches) return { start: valueStart, end: valueEnd, keyStart, scalar: true };
        pos = this.skipSpace(valueEnd);
        if (text.charCodeAt(pos) !== 44) return void 0;
      }
    }
    if (open === 91 && /^\d+$/.test(segment)) {
      const item = this.itemsOf(start)[Number(segment)];
      return item === void 0 ? void 0 : { start: item, end: this.skip(item), scalar: true };
    }
    return void 0;
  }
  itemsOf(start) {
    const known = this.items.get(start);
    if (known) return known;
    const { text } = this;
    const items = [];
    let pos = this.skipSpace(start + 1);
    if (text.charCodeAt(pos) !== 93) {
      for (; ; ) {
        items.push(pos);
        pos = this.skipSpace(this.skip(pos));
        if (text.charCodeAt(pos) !== 44) break;
        pos = this.skipSpace(pos + 1);
      }
    }
    this.items.set(start, items);
    return items;
  }
  /** The end of the value starting at `start`. */
  skip(start) {
    const { text } = this;
    const first = text.charCodeAt(start);
    if (first === 34) return this.stringEnd(start);
    if (first === 123 || first === 91) {
      const known = this.ends.get(start);
      if (known !== void 0) return known;
      let depth = 0;
      for (let i = start; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 34) i = this.stringEnd(i) - 1;
        else if (ch === 123 || ch === 91) depth++;
        else if ((ch === 125 || ch === 93) && --depth === 0) return i + 1;
      }
      return text.length;
    }
    let end = start;
    while (end < text.length && isLiteralCharacter(text.charCodeAt(end))) end++;
    return end;
  }
  stringEnd(start) {
    const { text } = this;
    this.escaped = false;
    for (let i = start + 1; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34) return i + 1;
      if (ch === 92) {
        this.escaped = true;
        i++;
      }
    }
    return text.length;
  }
  skipSpace(pos) {
    const { text } = this;
    for (; ; ) {
      const ch = text.charCodeAt(pos);
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) return pos;
      pos++;
    }
  }
};
function isLiteralCharacter(ch) {
  return ch >= 48 && ch <= 57 || ch >= 97 && ch <= 122 || ch === 45 || ch === 43 || ch === 46 || ch === 69;
}
function codeUnits(text) {
  const bytes = Buffer.from(text, "utf16le");
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : Buffer.from(bytes);
  return new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.length / 2);
}
function countColons(text, ascii) {
  return outline(ascii ?? codeUnits(text));
}
function outline(codes, ends) {
  const noted = ends ? NOTED_DEPTH : 0;
  const opened = [];
  let colons = 0;
  let depth = 0;
  const length = codes.length;
  for (let i = 0; i < length; i++) {
    const ch = codes[i];
    if (ch === 34) {
      for (i++; i < length; i++) {
        const inside = codes[i];
        if (inside === 34) break;
        if (inside === 92) i++;
      }
    } else if (ch === 58) colons++;
    else if (ch === 123 || ch === 91) {
      if (depth < noted) opened[depth] = i;
      depth++;
    } else if (ch === 125 || ch === 93) {
      depth--;
      if (depth < noted) ends.set(opened[depth], i + 1);
    }
  }
  return colons;
}

// src/loaders/json-file.ts
var EAGER_OUTLINE = 64 * 1024;
function parseJsonFile(file, original, mappings, ascii) {
  const text = original.charCodeAt(0) === 65279 ? ` ${original.slice(1)}` : original;
  const prepared = prepareText(text, mappings, "json");
  const source = new JsonSource(file, text, prepared);
  let data;
  try {
    data = JSON.parse(prepared.text);
  } catch {
    const problem = new JsonScanner(prepared.text).validate();
    const { line, column } = source.lines().position(prepared.toOriginal(problem.offset));
    throw new InputError(`invalid JSON: ${problem.message}`, file, line, column);
  }
  const bytes = ascii && prepared.sameStructure && text === original ? ascii : void 0;
  const colons = text.length > EAGER_OUTLINE ? source.outline(bytes).colons : countColons(prepared.text, bytes);
  const walk = walkValues(data, file, { locate: (pointer) => source.rangeBounded(pointer), text: prepared.text, shared: false });
  const duplicate = colons === walk.keys ? void 0 : new JsonScanner(prepared.text).findDuplicateKey();
  if (duplicate) {
    const { line, column } = source.lines().position(prepared.toOriginal(duplicate.offset));
    throw new InputError(`duplicate key: "${duplicate.key}" appears twice in one object`, file, line, column);
  }
  if (prepared.text !== text) walk.secrets = walk.secrets.filter((hit) => !writtenAsKeyword(source.locate(hit.pointer), source.lines()));
  return { data, source, walk };
}
var JsonSource = class {
  constructor(file, text, prepared) {
    this.file = file;
    this.text = text;
    this.prepared = prepared;
  }
  lineIndex;
  locator;
  locate(pointer, needle) {
    return narrowTo(this.range(pointer), needle, this.lines());
  }
  lines() {
    return this.lineIndex ??= new LineIndex(this.text);
  }
  outline(ascii) {
    return this.locator ??= new JsonLocator(this.prepared.text, ascii);
  }
  range(pointer) {
    return rangeOf(this.outline().find(parsePointer(pointer)), this.prepared, this.lines());
  }
  /** For errors about nesting: following a very deep pointer would rescan the deep value at every level. */
  rangeBounded(pointer) {
    if (parsePointer(pointer).length < MAX_DEPTH) return this.range(pointer);
    const offset = this.prepared.toOriginal(openingAtDepth(this.prepared.text, MAX_DEPTH));
    return this.lines().range(offset, offset + 1);
  }
};
function openingAtDepth(text, depth) {
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") {
      if (level === depth) return i;
      level++;
    } else if (ch === "}" || ch === "]") level--;
  }
  return 0;
}
var ScanError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
};
var JsonScanner = class {
  constructor(text) {
    this.text = text;
  }
  pos = 0;
  validate() {
    try {
      this.pos = 0;
      this.skipSpace();
      this.pos = this.skipValueFrom(this.pos);
      this.skipSpace();
      if (this.pos < this.text.length) throw new ScanError(this.pos, "unexpected text after the end of the document");
      return { offset: 0, message: "unreadable JSON" };
    } catch (error) {
      if (error instanceof ScanError) return { offset: error.offset, message: error.message };
      throw error;
    }
  }
  findDuplicateKey() {
    let duplicate;
    this.onObjectKeys = (keys) => {
      const seen = /* @__PURE__ */ new Set();
      for (const { key, offset } of keys) {
        if (seen.has(key)) {
          duplicate ??= { key, offset };
          return;
        }
        seen.add(key);
      }
    };
    this.pos = 0;
    this.skipSpace();
    this.skipValueFrom(this.pos);
    return duplicate;
  }
  onObjectKeys;
  skipSpace() {
    const { text } = this;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) break;
      this.pos++;
    }
  }
  /** Skips one value without recursion, so deep nesting cannot overflow the stack; returns its end. */
  skipValueFrom(start) {
    const { text } = this;
    this.pos = start;
    const stack = [];
    this.readValue(stack);
    while (stack.length > 0) {
      this.skipSpace();
      const top = stack[stack.length - 1];
      const close = top.kind === "{" ? "}" : "]";
      const ch = text[this.pos];
      if (ch === ",") {
        this.pos++;
        if (top.kind === "{") this.readKey(stack);
        this.readValue(stack);
      } else if (ch === close) {
        this.pos++;
        this.closeTop(stack);
      } else {
        throw new ScanError(this.pos, ch === void 0 ? "unexpected end of the document" : `expected ',' or '${close}' but found '${ch}'`);
      }
    }
    return this.pos;
  }
  /** Reads a scalar, or opens containers (and their first key) until a scalar or an empty container is read. */
  readValue(stack) {
    const { text } = this;
    for (; ; ) {
      this.skipSpace();
      const ch = text[this.pos];
      if (ch !== "{" && ch !== "[") break;
      stack.push({ kind: ch, keys: ch === "{" && this.onObjectKeys ? [] : void 0 });
      this.pos++;
      this.skipSpace();
      if (text[this.pos] === (ch === "{" ? "}" : "]")) {
        this.pos++;
        this.closeTop(stack);
        return;
      }
      if (ch === "{") this.readKey(stack);
    }
    if (text[this.pos] === '"') this.readString();
    else this.readLiteral();
  }
  readKey(stack) {
    this.skipSpace();
    if (this.text[this.pos] !== '"') throw new ScanError(this.pos, "expected a property name in double quotes");
    const offset = this.pos;
    const key = this.readString();
    stack[stack.length - 1].keys?.push({ key, offset });
    this.skipSpace();
    if (this.text[this.pos] !== ":") throw new ScanError(this.pos, "expected ':' after the property name");
    this.pos++;
  }
  closeTop(stack) {
    const top = stack.pop();
    if (top?.keys) this.onObjectKeys?.(top.keys);
  }
  readString() {
    const { text } = this;
    const start = this.pos;
    this.pos++;
    let hasEscape = false;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (ch === 34) {
        this.pos++;
        const raw = text.slice(start, this.pos);
        return hasEscape ? JSON.parse(raw) : raw.slice(1, -1);
      }
      if (ch === 92) {
        hasEscape = true;
        this.pos += 2;
        continue;
      }
      if (ch < 32) throw new ScanError(this.pos, "control character inside a string");
      this.pos++;
    }
    throw new ScanError(start, "unterminated string");
  }
  readLiteral() {
    const match = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) {
      throw new ScanError(this.pos, this.pos >= this.text.length ? "unexpected end of the document" : `unexpected character '${this.text[this.pos]}'`);
    }
    this.pos += match[0].length;
  }
};

// src/loaders/load.ts
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var INPUT_FORMATS = ["yaml", "directory", "api-dump"];
var DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;
var DEFAULT_MAX_YAML_FILE_SIZE = 16 * 1024 * 1024;
var YAML_KEYS = { resourceServers: "resourceServers", clients: "clients", clientGrants: "clientGrants" };
var DUMP_KEYS = { resourceServers: "resource_servers", clients: "clients", clientGrants: "client_grants" };
var FOLDERS = { resourceServers: "resource-servers", clients: "clients", clientGrants: "grants" };
var COLLECTIONS = ["resourceServers", "clients", "clientGrants"];
async function loadInput(inputPath, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, inputPath);
  const info = await stat(absolute).catch((error) => {
    throw new InputError(error.code === "ENOENT" ? "no such file or directory" : `cannot read: ${error.code ?? error.message}`, inputPath);
  });
  const format = options.format ?? detectFormat(absolute, info.isDirectory());
  const display = displayPath(cwd, absolute);
  if (format === "directory") {
    if (!info.isDirectory()) throw new InputError("--input-format directory needs a folder", display);
    return loadDirectory(absolute, display, cwd, options);
  }
  const file = format === "yaml" ? await parseYamlPath(absolute, display, options) : parseJsonPath(absolute, display, options);
  return fromDocument(file, format, display);
}
function detectFormat(absolute, isDirectory) {
  if (isDirectory) return "directory";
  const extension = path.extname(absolute).toLowerCase();
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".json") return "api-dump";
  throw new InputError(
    "cannot tell the input format from the name; expected a .yaml/.yml deploy-cli export, a .json API dump or a directory export (or pass --input-format)",
    absolute
  );
}
function displayPath(cwd, absolute) {
  const relative = path.relative(cwd, absolute) || ".";
  return relative.split(path.sep).join("/");
}
function parseJsonPath(absolute, display, options) {
  const { text, ascii } = readText(absolute, display, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  return parseJsonFile(display, text, options.mappings ?? {}, ascii);
}
async function parseYamlPath(absolute, display, options) {
  const { text } = readText(absolute, display, options.maxFileSize ?? DEFAULT_MAX_YAML_FILE_SIZE);
  const { parseYamlFile } = await import("./yaml-file-34G6CSV3.js");
  return parseYamlFile(display, text, options.mappings ?? {}, options.yaml);
}
function readTextFile(absolute, display, maxFileSize) {
  return readText(absolute, display, maxFileSize).text;
}
function readText(absolute, display, maxFileSize) {
  let fd;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError("is a directory, not a file", display);
    if (!info.isFile()) throw new InputError("not a regular file", display);
    if (info.size > maxFileSize) {
      throw new InputError(`file is ${info.size} bytes, over the limit of ${maxFileSize} (raise it with --max-file-size)`, display);
    }
    const bytes = readAll(fd, info.size);
    if (isAscii(bytes)) return { text: bytes.toString("latin1"), ascii: bytes };
    const text = bytes.toString("utf8");
    if (text.includes("\uFFFD")) return { text: decodeUtf8(bytes, display) };
    return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw new InputError(code === "EISDIR" ? "is a directory, not a file" : `cannot read: ${code ?? error.message}`, display);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function readAll(fd, size) {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
function decodeUtf8(bytes, display) {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split("\n");
    throw new InputError("file is not valid UTF-8", display, lines.length, lines[lines.length - 1].length + 1);
  }
}
function firstInvalidUtf8(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 128) {
      i++;
      continue;
    }
    const length = lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    const low = lead === 224 ? 160 : lead === 240 ? 144 : 128;
    const high = lead === 237 ? 159 : lead === 244 ? 143 : 191;
    const second = bytes[i + 1] ?? 0;
    if (length === 0 || second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    i += length;
  }
  return bytes.length;
}
function fromDocument(file, format, display) {
  const input = emptyInput(format, display);
  addMarkers(input, file);
  const root = file.data;
  if (root === null || root === void 0) return input;
  if (typeof root !== "object" || Array.isArray(root)) {
    throw locatedError(file, "", `expected a mapping at the top of the ${format === "yaml" ? "deploy-cli export" : "API dump"}`);
  }
  const record = root;
  const keys = format === "yaml" ? YAML_KEYS : DUMP_KEYS;
  if (format === "api-dump" && !COLLECTIONS.some((collection) => Object.hasOwn(record, keys[collection]))) {
    throw locatedError(file, "", 'not a Management API dump: expected "resource_servers", "clients" or "client_grants" arrays');
  }
  for (const collection of COLLECTIONS) {
    const key = keys[collection];
    const value = Object.hasOwn(record, key) ? record[key] : void 0;
    if (value === void 0 || value === null) continue;
    const pointer = joinPointer("", key);
    if (!Array.isArray(value)) {
      input.errors.push(locatedError(file, pointer, `"${key}" must be a list`));
      continue;
    }
    value.forEach((data, index) => {
      const origin = { source: file.source, pointer: joinPointer(pointer, index) };
      if (isRecord(data)) input[collection].push({ data, origin });
      else input.errors.push(locatedError(file, origin.pointer, `each entry of "${key}" must be a mapping`));
    });
  }
  input.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (format === "api-dump" && typeof record.domain === "string") return { ...input, domain: record.domain };
  return input;
}
async function loadDirectory(absolute, display, cwd, options) {
  const input = emptyInput("directory", display);
  let found = 0;
  for (const collection of COLLECTIONS) {
    const folder = path.join(absolute, FOLDERS[collection]);
    const names = await readdir(folder).catch((error) => {
      if (error.code === "ENOENT") return void 0;
      input.errors.push(new InputError(`cannot read folder: ${error.code ?? error.message}`, displayPath(cwd, folder)));
      return void 0;
    });
    if (!names) continue;
    found++;
    const files = names.filter((name) => name.toLowerCase().endsWith(".json")).sort();
    const folderDisplay = displayPath(cwd, folder);
    for (const name of files) {
      let result;
      try {
        result = parseJsonPath(folder + path.sep + name, folderDisplay === "." ? name : `${folderDisplay}/${name}`, options);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        input.errors.push(error);
        continue;
      }
      addMarkers(input, result);
      if (isRecord(result.data)) input[collection].push({ data: result.data, origin: { source: result.source, pointer: "" } });
      else input.errors.push(locatedError(result, "", `a file in ${FOLDERS[collection]}/ must hold one JSON object`));
    }
  }
  if (found === 0) {
    throw new InputError("not a deploy-cli directory export: no clients/, resource-servers/ or grants/ folder", display);
  }
  return input;
}
function emptyInput(format, display) {
  return { format, path: display, resourceServers: [], clients: [], clientGrants: [], markers: [], secrets: [], errors: [] };
}
function addMarkers(input, file) {
  for (const hit of file.walk.markers) input.markers.push({ marker: hit.marker, origin: { source: file.source, pointer: hit.pointer } });
  for (const hit of file.walk.secrets) input.secrets.push({ field: hit.field, origin: { source: file.source, pointer: hit.pointer } });
}
function locatedError(file, pointer, message) {
  const range = file.source.locate?.(pointer);
  return new InputError(message, file.source.file, range?.startLine, range?.startColumn);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  parseJsonFile,
  INPUT_FORMATS,
  DEFAULT_MAX_FILE_SIZE,
  loadInput,
  displayPath,
  readTextFile
};
