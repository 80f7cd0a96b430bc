import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  DUMP_SECTION_KEYS
} from "./chunk-GX3D6AB4.js";
import {
  DocumentOrigins
} from "./chunk-TD6S3IHV.js";
import {
  LineIndex,
  MAX_DEPTH,
  narrowTo,
  prepareText,
  rangeOf,
  walkValues,
  writtenAsKeyword
} from "./chunk-56AKXYQB.js";
import {
  isRecord
} from "./chunk-XZXQAQVD.js";
import {
  InputError,
  joinPointer,
  parsePointer
} from "./chunk-RTYLSBLV.js";

// src/shared/system-error.ts
import { existsSync } from "node:fs";
import path from "node:path";
var WORDS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "not permitted",
  ENOSPC: "no space left on the device",
  EROFS: "the file system is read-only",
  EMFILE: "too many open files",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
  EIO: "input/output error"
};
function systemErrorWords(error) {
  const { code, message } = error;
  return code !== void 0 && WORDS[code] || code || message;
}
function otherYamlEnding(file, cwd) {
  const other = /\.yml$/i.test(file) ? file.replace(/\.yml$/i, ".yaml") : /\.yaml$/i.test(file) ? file.replace(/\.yaml$/i, ".yml") : void 0;
  return other !== void 0 && existsSync(path.resolve(cwd, other)) ? ` (did you mean ${other}?)` : "";
}

// src/loaders/loaded-input.ts
var INPUT_FORMATS = ["yaml", "directory", "api-dump", "terraform"];
var DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;
var YAML_KEYS = { resourceServers: "resourceServers", clients: "clients", clientGrants: "clientGrants" };
var COLLECTIONS = ["resourceServers", "clients", "clientGrants"];
function emptyInput(format, display, document, originOf) {
  return { format, path: display, document, originOf, resourceServers: [], clients: [], clientGrants: [], markers: [], secrets: [], errors: [] };
}
function addMarkers(input, file, at) {
  for (const hit of file.walk.markers) {
    input.markers.push({ marker: hit.marker, origin: { source: file.source, pointer: hit.pointer }, document: at + hit.pointer, whole: hit.whole });
  }
  for (const hit of file.walk.secrets) {
    input.secrets.push({ field: hit.field, origin: { source: file.source, pointer: hit.pointer }, document: at + hit.pointer });
  }
}
function locatedError(file, pointer, message) {
  const range = file.source.locate?.(pointer);
  return new InputError(message, file.source.file, range?.startLine, range?.startColumn);
}

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
function parseJsonFile(file, original, mappings, ascii, maxLength = Infinity) {
  const text = original.charCodeAt(0) === 65279 ? ` ${original.slice(1)}` : original;
  const prepared = prepareText(text, mappings, "json", { maxLength, file });
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

// src/loaders/read-file.ts
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function readTextFile(absolute, display, maxFileSize, raise = RAISE_FILE_SIZE) {
  return readText(absolute, display, maxFileSize, raise).text;
}
var RAISE_FILE_SIZE = " (raise it with --max-file-size)";
function readText(absolute, display, maxFileSize, raise = RAISE_FILE_SIZE) {
  let fd;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError("is a directory, not a file", display);
    if (!info.isFile()) throw new InputError("not a regular file", display);
    if (info.size > maxFileSize) {
      throw new InputError(`file is ${info.size} bytes, over the limit of ${maxFileSize}${raise}`, display);
    }
    const bytes = readAll(fd, info.size);
    if (isAscii(bytes)) return { text: bytes.toString("latin1"), ascii: bytes };
    const text = bytes.toString("utf8");
    if (text.includes("\uFFFD")) return { text: decodeUtf8(bytes, display) };
    return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw new InputError(code === "EISDIR" || code === "ENOENT" ? systemErrorWords(error) : `cannot read: ${systemErrorWords(error)}`, display);
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
function readJsonFile(absolute, display, mappings, maxFileSize) {
  const { text, ascii } = readText(absolute, display, maxFileSize);
  return parseJsonFile(display, text, mappings, ascii, maxFileSize);
}

// src/loaders/load.ts
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import path4 from "node:path";

// src/engine/did-you-mean.ts
function suggestion(id, known) {
  let best;
  let bestScore = Infinity;
  for (const candidate of known) {
    const edits = distance(candidate, id);
    const score = edits <= 2 ? edits : candidate.includes(id) || id.includes(candidate) ? 3 : Infinity;
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== void 0 ? ` (did you mean "${best}"?)` : "";
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/loaders/directory-layout.ts
var DIRECTORY_LAYOUT = {
  tenant: { kind: "file", file: "tenant.json", holds: "object" },
  resourceServers: { kind: "list", folder: "resource-servers" },
  clients: { kind: "list", folder: "clients", files: [{ path: ["custom_login_page"], base: "folder", optional: true }] },
  clientGrants: { kind: "list", folder: "grants" },
  connections: {
    kind: "list",
    folder: "connections",
    files: [{ path: ["options", "email", "body"], base: "folder", when: (item) => item.strategy === "email" }]
  },
  databases: { kind: "databases" },
  emailProvider: { kind: "file", file: "emails/provider.json", holds: "object" },
  emailTemplates: { kind: "emailTemplates" },
  actions: { kind: "list", folder: "actions", files: [{ path: ["code"], base: "root" }] },
  actionModules: { kind: "list", folder: "action-modules", files: [{ path: ["code"], base: "root" }] },
  triggers: { kind: "first", folder: "triggers" },
  rules: { kind: "list", folder: "rules", files: [{ path: ["script"], base: "folder" }] },
  rulesConfigs: { kind: "list", folder: "rules-configs" },
  hooks: { kind: "list", folder: "hooks", files: [{ path: ["script"], base: "folder" }] },
  pages: { kind: "pages" },
  logStreams: { kind: "list", folder: "log-streams" },
  eventStreams: { kind: "list", folder: "event-streams" },
  attackProtection: {
    kind: "parts",
    folder: "attack-protection",
    parts: {
      botDetection: "bot-detection.json",
      breachedPasswordDetection: "breached-password-detection.json",
      bruteForceProtection: "brute-force-protection.json",
      captcha: "captcha.json",
      suspiciousIpThrottling: "suspicious-ip-throttling.json"
    }
  },
  riskAssessment: { kind: "file", file: "risk-assessment/settings.json", holds: "object" },
  guardianFactors: { kind: "list", folder: "guardian/factors" },
  guardianFactorProviders: { kind: "list", folder: "guardian/providers" },
  guardianFactorTemplates: { kind: "list", folder: "guardian/templates" },
  guardianPolicies: { kind: "file", file: "guardian/policies.json", holds: "object" },
  guardianPhoneFactorMessageTypes: { kind: "file", file: "guardian/phoneFactorMessageTypes.json", holds: "object" },
  guardianPhoneFactorSelectedProvider: { kind: "file", file: "guardian/phoneFactorSelectedProvider.json", holds: "object" },
  customDomains: { kind: "file", file: "custom-domains/custom-domains.json", holds: "array" },
  networkACLs: { kind: "list", folder: "network-acls" },
  branding: { kind: "branding" },
  themes: { kind: "list", folder: "themes" },
  prompts: { kind: "prompts" },
  phoneProviders: { kind: "file", file: "phone-providers/provider.json", holds: "object" },
  phoneTemplates: { kind: "list", folder: "phone-templates" },
  roles: { kind: "list", folder: "roles" },
  organizations: { kind: "list", folder: "organizations" },
  forms: { kind: "list", folder: "forms" },
  flows: { kind: "list", folder: "flows" },
  flowVaultConnections: { kind: "list", folder: "flow-vault-connections" },
  selfServiceProfiles: { kind: "list", folder: "self-service-profiles" },
  userAttributeProfiles: { kind: "list", folder: "user-attribute-profiles" },
  connectionProfiles: { kind: "list", folder: "connection-profiles" },
  tokenExchangeProfiles: { kind: "list", folder: "token-exchange-profiles" },
  rateLimitPolicies: { kind: "list", folder: "rate-limit-policies" },
  supplementalSignals: { kind: "file", file: "supplemental-signals.json", holds: "object" }
};
var YAML_FILE_FIELDS = {
  actions: { folder: "actions", fields: [{ path: ["code"], base: "root" }] },
  actionModules: { folder: "action-modules", fields: [{ path: ["code"], base: "root" }] },
  rules: { folder: "rules", fields: [{ path: ["script"], base: "root" }] },
  hooks: { folder: "hooks", fields: [{ path: ["script"], base: "root" }] },
  pages: { folder: "pages", fields: [{ path: ["html"], base: "root" }] },
  emailTemplates: { folder: "emailTemplates", fields: [{ path: ["body"], base: "root" }] },
  connections: { folder: "connections", fields: [{ path: ["options", "email", "body"], base: "folder", when: (item) => item.strategy === "email" }] },
  clients: { folder: "clients", fields: [{ path: ["custom_login_page"], base: "folder", optional: true }] }
};
var EXPORT_KEYS = /* @__PURE__ */ new Set([...Object.keys(DIRECTORY_LAYOUT), "clientAuthCredentials"]);
var RETIRED_EXPORT_KEYS = /* @__PURE__ */ new Set(["migrations"]);
var DATABASE_SCRIPTS = ["get_user", "create", "verify", "login", "change_password", "delete", "change_email"];

// src/loaders/directory.ts
import { readdirSync, statSync } from "node:fs";
import path3 from "node:path";

// src/loaders/named-files.ts
import path2 from "node:path";

// src/loaders/text-file.ts
function parseTextFile(file, original, mappings, maxLength) {
  const prepared = prepareText(original, mappings, "text", { maxLength, file });
  let lines;
  const lineIndex = () => lines ??= new LineIndex(original);
  const source = { file, locate: (_pointer, needle) => locateInText(lineIndex(), needle) };
  const walk = walkValues(prepared.text, file, { text: prepared.text, shared: false });
  if (prepared.text !== original && !original.includes("PRIVATE KEY")) walk.secrets = walk.secrets.filter((hit) => hit.field !== "private key");
  return { data: prepared.text, source, walk };
}
function locateInText(lines, needle) {
  const at = needle ? lines.text.indexOf(needle) : -1;
  if (at !== -1) return lines.range(at, at + needle.length);
  return lines.range(0, lines.lineEnd(0));
}

// src/loaders/named-files.ts
function readNamedFile(at, item, place, field, folder) {
  const named = namedValue(item, field);
  if (!named) return;
  const { parent, last } = named;
  const file = namedFile(at, parent[last], field.base === "root" ? "" : folder, place, field.path, field.optional);
  if (file === "failed") delete parent[last];
  if (typeof file !== "object") return;
  const parsed = parseTextFile(file.display, file.text, at.mappings, at.maxFileSize);
  const documentPointer = joinPointer(place.document, ...field.path);
  addMarkers(at.input, parsed, documentPointer);
  parent[last] = parsed.data;
  at.origins.mount(documentPointer, { source: parsed.source, pointer: "" });
}
function namedValue(item, field) {
  if (field.when && !field.when(item)) return void 0;
  let parent = item;
  for (const segment of field.path.slice(0, -1)) parent = isRecord(parent) ? parent[segment] : void 0;
  const last = field.path[field.path.length - 1];
  if (!isRecord(parent) || typeof parent[last] !== "string" || parent[last] === "") return void 0;
  return { parent, last };
}
function readNamedJson(at, named, folder, place, fieldPath, document) {
  const file = namedFile(at, named, folder, place, fieldPath);
  if (typeof file !== "object") return void 0;
  let parsed;
  try {
    parsed = parseJsonFile(file.display, file.text, at.mappings, void 0, at.maxFileSize);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    at.input.errors.push(error);
    return void 0;
  }
  addMarkers(at.input, parsed, document);
  at.origins.mount(document, { source: parsed.source, pointer: "" });
  return parsed.data;
}
function namedFile(at, value, folder, place, fieldPath, optional = false) {
  const named = value.replace(/\\/g, "/");
  const relative = path2.posix.normalize(path2.posix.join(folder, named));
  const fail = (message) => {
    const range = place.source.locate?.(joinPointer(place.pointer, ...fieldPath));
    at.input.errors.push(new InputError(message, place.source.file, range?.startLine, range?.startColumn));
    return "failed";
  };
  if (relative === ".." || relative.startsWith("../") || path2.posix.isAbsolute(named)) {
    return fail(`"${fieldPath.join(".")}" names a file outside the export (${named}); a0lint reads only files inside it`);
  }
  const display = at.display === "." ? relative : `${at.display}/${relative}`;
  try {
    return { display, text: readText(path2.join(at.root, relative), display, at.maxFileSize).text };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (optional) return "missing";
    return fail(`cannot read ${display}, which "${fieldPath.join(".")}" names: ${error.message}`);
  }
}
function readDatabaseScripts(at, item, place, folder, base) {
  const options = isRecord(item.options) ? item.options : void 0;
  const inOptions = isRecord(options?.customScripts);
  const scripts = inOptions ? options.customScripts : item.customScripts;
  if (!isRecord(scripts)) return;
  const at0 = inOptions ? ["options", "customScripts"] : ["customScripts"];
  for (const script of Object.keys(scripts)) {
    if (DATABASE_SCRIPTS.includes(script)) readNamedFile(at, item, place, { path: [...at0, script], base }, folder);
  }
}
function readYamlNamedFiles(at, document, source) {
  const eachItem = (key, names, visit) => {
    const list = document[key];
    if (!Array.isArray(list)) return;
    let own;
    list.forEach((item, index) => {
      if (!isRecord(item) || !names(item)) return;
      own ??= document[key] = [...list];
      const copy = structuredClone(item);
      own[index] = copy;
      const pointer = joinPointer("", key, index);
      visit(copy, { document: pointer, source, pointer });
    });
  };
  for (const [key, { folder, fields }] of Object.entries(YAML_FILE_FIELDS)) {
    eachItem(
      key,
      (item) => fields.some((field) => namedValue(item, field) !== void 0),
      (item, place) => {
        for (const field of fields) readNamedFile(at, item, place, field, folder);
      }
    );
  }
  eachItem(
    "databases",
    () => true,
    (item, place) => readDatabaseScripts(at, item, place, "", "root")
  );
  for (const key of ["forms", "flows"]) {
    eachItem(
      key,
      (item) => typeof item.body === "string" && item.body !== "",
      (item, place) => {
        const body = readNamedJson(at, item.body, "", place, ["body"], place.document);
        if (!isRecord(body)) return;
        const { body: _ignored, ...content } = body;
        delete item.body;
        Object.assign(item, content);
      }
    );
  }
  for (const key of ["prompts", "branding"]) if (isRecord(document[key])) document[key] = structuredClone(document[key]);
  readScreenRenderers(at, document, source);
  const branding = document.branding;
  if (isRecord(branding) && Array.isArray(branding.templates)) {
    branding.templates.forEach((template, index) => {
      const pointer = joinPointer("", "branding", "templates", index);
      if (isRecord(template)) readNamedFile(at, template, { document: pointer, source, pointer }, { path: ["body"], base: "root" }, "");
    });
  }
}
function readScreenRenderers(at, document, source) {
  const prompts = document.prompts;
  if (!isRecord(prompts) || !Array.isArray(prompts.screenRenderers)) return;
  const namesFiles = (entry) => isRecord(entry) && Object.values(entry).every((screens) => isRecord(screens) && Object.values(screens).every((named) => typeof named === "string"));
  if (!prompts.screenRenderers.every(namesFiles)) return;
  const loaded = [];
  prompts.screenRenderers.forEach((entry, index) => {
    for (const [prompt, screens] of Object.entries(entry)) {
      for (const [screen, named] of Object.entries(screens)) {
        const place = { document: "/prompts", source, pointer: "/prompts" };
        const settings = readNamedJson(
          at,
          named,
          "",
          place,
          ["screenRenderers", String(index), prompt, screen],
          joinPointer("", "prompts", "screenRenderers", loaded.length)
        );
        if (settings !== void 0) loaded.push(settings);
      }
    }
  });
  prompts.screenRenderers = loaded;
}
function readPromptPartials(at, partials, place) {
  const result = {};
  for (const [prompt, list] of Object.entries(partials)) {
    const screens = Array.isArray(list) && isRecord(list[0]) ? list[0] : {};
    const promptPartials = result[prompt] = {};
    for (const [screen, items] of Object.entries(screens)) {
      const screenPartials = promptPartials[screen] = {};
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        if (!isRecord(item) || typeof item.name !== "string") return;
        const document = joinPointer(place.document, prompt, screen, item.name);
        const file = typeof item.template === "string" ? namedFile(at, item.template, "prompts", { ...place, pointer: joinPointer(place.pointer, prompt, 0, screen, index) }, ["template"], true) : "missing";
        if (typeof file !== "object") {
          screenPartials[item.name] = "";
          return;
        }
        const parsed = parseTextFile(file.display, file.text, at.mappings, at.maxFileSize);
        addMarkers(at.input, parsed, document);
        screenPartials[item.name] = parsed.data.trim();
        at.origins.mount(document, { source: parsed.source, pointer: "" });
      });
    }
  }
  return result;
}

// src/loaders/directory.ts
function loadDirectory(absolute, display, options) {
  return new DirectoryReader(absolute, display, options).read();
}
var DirectoryReader = class {
  constructor(root, display, options) {
    this.root = root;
    this.display = display;
    this.options = options;
    this.origins = new DocumentOrigins({ source: { file: display }, pointer: "" });
    this.input = emptyInput("directory", display, this.document, this.origins.originOf);
    this.folder = { root, display, mappings: options.mappings ?? {}, maxFileSize: this.maxFileSize, input: this.input, origins: this.origins };
  }
  document = {};
  origins;
  input;
  folder;
  read() {
    for (const [key, layout] of Object.entries(DIRECTORY_LAYOUT)) {
      const value = this.section(key, layout);
      if (value !== void 0) this.document[key] = value;
    }
    if (Object.keys(this.document).length === 0) {
      throw new InputError(
        "not a deploy-cli directory export: none of the files or folders deploy-cli writes (tenant.json, clients/, resource-servers/, grants/, connections/, ...)",
        this.display
      );
    }
    for (const collection of COLLECTIONS) {
      const key = YAML_KEYS[collection];
      const items = this.document[key];
      items?.forEach((data, index) => this.input[collection].push({ data, origin: this.origins.originOf(`/${key}/${index}`) }));
    }
    return this.input;
  }
  section(key, layout) {
    switch (layout.kind) {
      case "list":
        return this.list(`/${key}`, layout.folder, layout.files);
      case "file":
        return this.file(`/${key}`, layout.file, layout.holds);
      case "first": {
        const first = this.jsonFiles(layout.folder)?.[0];
        return first === void 0 ? void 0 : this.file(`/${key}`, `${layout.folder}/${first}`, "object");
      }
      case "parts":
        return this.parts(key, layout.folder, layout.parts);
      case "databases":
        return this.databases(key);
      case "pages":
        return this.pages(key);
      case "emailTemplates":
        return this.emailTemplates(key);
      case "branding":
        return this.branding(key);
      case "prompts":
        return this.prompts(key);
    }
  }
  /** Every JSON file directly in a folder, one item each. */
  list(at, folder, fields = []) {
    const names = this.jsonFiles(folder);
    if (!names) return void 0;
    const items = [];
    for (const name of names) {
      const pointer = joinPointer(at, items.length);
      const item = this.object(pointer, `${folder}/${name}`, `a file in ${folder}/ must hold one JSON object`);
      if (!item) continue;
      items.push(item.data);
      for (const field of fields) readNamedFile(this.folder, item.data, this.place(pointer, item), field, folder);
    }
    return items;
  }
  /** One JSON file at a document pointer; undefined when absent. */
  file(pointer, relative, holds) {
    if (!this.isFile(relative)) return void 0;
    const parsed = this.json(pointer, relative);
    if (!parsed) return void 0;
    if (holds === "array" ? !Array.isArray(parsed.data) : !isRecord(parsed.data)) {
      this.input.errors.push(locatedError(parsed, "", `${relative} must hold ${holds === "array" ? "a JSON array" : "one JSON object"}`));
      return void 0;
    }
    return parsed.data;
  }
  object(pointer, relative, message) {
    const parsed = this.json(pointer, relative);
    if (!parsed) return void 0;
    if (isRecord(parsed.data)) return parsed;
    this.input.errors.push(locatedError(parsed, "", message));
    return void 0;
  }
  json(pointer, relative) {
    try {
      const parsed = readJsonFile(this.under(relative), this.displayOf(relative), this.options.mappings ?? {}, this.maxFileSize);
      addMarkers(this.input, parsed, pointer);
      this.origins.mount(pointer, { source: parsed.source, pointer: "" });
      return parsed;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.input.errors.push(error);
      return void 0;
    }
  }
  /** attack-protection/: one file per key. */
  parts(key, folder, parts) {
    if (!this.isDirectory(folder)) return void 0;
    this.origins.mount(`/${key}`, this.folderOrigin(folder));
    const section = {};
    for (const [part, file] of Object.entries(parts)) {
      const value = this.file(joinPointer("", key, part), `${folder}/${file}`, "object");
      if (value !== void 0) section[part] = value;
    }
    return section;
  }
  /** database-connections/<name>/database.json, its scripts beside it. */
  databases(key) {
    const folder = "database-connections";
    const names = this.names(folder);
    if (!names) return void 0;
    const items = [];
    for (const name of names) {
      const dbFolder = `${folder}/${name}`;
      if (!this.isDirectory(dbFolder) || !this.isFile(`${dbFolder}/database.json`)) continue;
      const pointer = joinPointer("", key, items.length);
      const item = this.object(pointer, `${dbFolder}/database.json`, `${dbFolder}/database.json must hold one JSON object`);
      if (!item) continue;
      items.push(item.data);
      readDatabaseScripts(this.folder, item.data, this.place(pointer, item), dbFolder, "folder");
    }
    return items;
  }
  /** pages/<name>.json with <name>.html. */
  pages(key) {
    const names = this.names("pages");
    if (!names) return void 0;
    const items = [];
    for (const name of names.filter((file) => file.endsWith(".json"))) {
      const pointer = joinPointer("", key, items.length);
      const item = this.object(pointer, `pages/${name}`, "a file in pages/ must hold one JSON object");
      if (!item) continue;
      items.push(item.data);
      const html = `pages/${name.slice(0, -".json".length)}.html`;
      if (this.isFile(html)) {
        item.data.html = html;
        readNamedFile(this.folder, item.data, this.place(pointer, item), { path: ["html"], base: "root" }, "pages");
      } else item.data.html ??= "";
    }
    return items;
  }
  /** emails/<template>.json with its HTML body (the file `body` names, else <template>.html); not provider.json. */
  emailTemplates(key) {
    const names = this.jsonFiles("emails");
    if (!names) return void 0;
    const items = [];
    for (const name of names.filter((file) => file !== "provider.json")) {
      const pointer = joinPointer("", key, items.length);
      const item = this.object(pointer, `emails/${name}`, "a file in emails/ must hold one JSON object");
      if (!item) continue;
      items.push(item.data);
      const named = typeof item.data.body === "string" ? `emails/${item.data.body.replace(/\\/g, "/")}` : void 0;
      const body = named !== void 0 && this.isFile(path3.posix.normalize(named)) ? named : `emails/${name.slice(0, -".json".length)}.html`;
      if (!this.isFile(path3.posix.normalize(body))) continue;
      item.data.body = body;
      readNamedFile(this.folder, item.data, this.place(pointer, item), { path: ["body"], base: "root" }, "emails");
    }
    return items;
  }
  /** branding/branding.json, and branding/templates/*.json with their bodies. */
  branding(key) {
    if (!this.isDirectory("branding")) return void 0;
    this.origins.mount(`/${key}`, this.folderOrigin("branding"));
    const settings = this.file(`/${key}`, "branding/branding.json", "object");
    const templates = this.list(`/${key}/templates`, "branding/templates", [{ path: ["body"], base: "folder" }]);
    if (templates === void 0) return settings;
    return { ...settings, templates };
  }
  /** prompts/prompts.json, custom-text.json, partials.json and screenRenderSettings/*.json. */
  prompts(key) {
    if (!this.isDirectory("prompts")) return void 0;
    this.origins.mount(`/${key}`, this.folderOrigin("prompts"));
    const settings = this.file(`/${key}`, "prompts/prompts.json", "object");
    const section = { ...settings };
    const customText = this.file(`/${key}/customText`, "prompts/custom-text.json", "object");
    if (customText !== void 0) section.customText = customText;
    const partials = this.file(`/${key}/partials`, "prompts/partials.json", "object");
    if (partials !== void 0) {
      const source = this.origins.originOf(`/${key}/partials`).source;
      section.partials = readPromptPartials(this.folder, partials, { document: `/${key}/partials`, source, pointer: "" });
    }
    const screenRenderers = this.list(`/${key}/screenRenderers`, "prompts/screenRenderSettings");
    if (screenRenderers !== void 0) section.screenRenderers = screenRenderers;
    return section;
  }
  /**
   * The `*.json` names directly in a folder, in name order. Anything so named is read (a folder named `x.json`, a
   * dangling link are reported, not skipped), and no stat is made per file: a directory export can hold tens of
   * thousands of them.
   */
  jsonFiles(folder) {
    return this.names(folder)?.filter((name) => name.toLowerCase().endsWith(".json"));
  }
  /** A folder's entries in name order; undefined when the folder does not exist. */
  names(folder) {
    try {
      return readdirSync(path3.join(this.root, folder)).sort();
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        this.input.errors.push(new InputError(`cannot read folder: ${code ?? error.message}`, this.displayOf(folder)));
      return void 0;
    }
  }
  isFile(relative) {
    return statSync(path3.join(this.root, relative), { throwIfNoEntry: false })?.isFile() ?? false;
  }
  isDirectory(relative) {
    return statSync(path3.join(this.root, relative), { throwIfNoEntry: false })?.isDirectory() ?? false;
  }
  /**
   * A file's absolute path: the export's resolved root and a relative path made here from folder names and
   * directory entries (no `.` or `..`), joined as they are: path.join normalised each of the tens of thousands of
   * paths again, which made more garbage than reading the files' text.
   */
  under(relative) {
    return this.root.endsWith(path3.sep) ? this.root + relative : `${this.root}${path3.sep}${relative}`;
  }
  place(document, file) {
    return { document, source: file.source, pointer: "" };
  }
  folderOrigin(folder) {
    return { source: { file: this.displayOf(folder) }, pointer: "" };
  }
  displayOf(relative) {
    return this.display === "." ? relative : `${this.display}/${relative}`;
  }
  get maxFileSize() {
    return this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }
};

// src/shared/skipped-folders.ts
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform"]);

// src/loaders/load.ts
var DEFAULT_MAX_YAML_FILE_SIZE = 16 * 1024 * 1024;
var DUMP_KEYS = { resourceServers: "resource_servers", clients: "clients", clientGrants: "client_grants" };
async function loadInput(inputPath, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path4.resolve(cwd, inputPath);
  const info = await stat(absolute).catch((error) => {
    throw new InputError(
      error.code === "ENOENT" ? `${systemErrorWords(error)}${otherYamlEnding(inputPath, cwd)}` : `cannot read: ${systemErrorWords(error)}`,
      inputPath
    );
  });
  const display = displayPath(cwd, absolute);
  const format = options.format ?? detectFormat(absolute, display, info.isDirectory());
  const terraformJson = format === "terraform" && !info.isDirectory() && TERRAFORM_JSON.test(absolute);
  if (format === "terraform" && !terraformJson) {
    const { loadTerraform } = await import("./load-terraform-BS5Z5ZVG.js");
    return loadTerraform(absolute, info.isDirectory(), options);
  }
  if (format === "directory") {
    if (!info.isDirectory()) throw new InputError("--input-format directory needs a folder", display);
    return loadDirectory(absolute, display, options);
  }
  const file = format === "yaml" ? await parseYamlPath(absolute, display, options) : parseJsonPath(absolute, display, options);
  const data = file.data;
  if (terraformJson || format === "api-dump" && typeof data === "object" && data !== null && (data.format_version !== void 0 || data.terraform_version !== void 0)) {
    const { isTerraformJson, loadTerraformJson } = await import("./load-terraform-json-76TZ3NK2.js");
    if (isTerraformJson(file.data)) return loadTerraformJson(file.data, file.source, absolute, display, options);
    if (terraformJson)
      throw new InputError("not Terraform JSON: expected the output of `terraform show -json` (a plan or a state) or a .tfstate file", display);
  }
  const origins = new DocumentOrigins({ source: file.source, pointer: "" });
  const input = fromDocument(file, format === "terraform" ? "api-dump" : format, display, origins);
  if (format === "yaml") {
    const folder = options.basePath ?? path4.dirname(absolute);
    const at = {
      root: folder,
      display: displayPath(cwd, folder),
      mappings: options.mappings ?? {},
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      input,
      origins
    };
    readYamlNamedFiles(at, input.document, file.source);
  }
  return input;
}
var TERRAFORM_JSON = /\.(?:json|tfstate)$/i;
var TF_JSON_NOT_READ = "Terraform JSON configuration files (.tf.json) are not read; a0lint reads .tf files and `terraform show -json` output";
function detectFormat(absolute, display, isDirectory) {
  if (isDirectory) return isTerraformFolder(absolute) ? "terraform" : "directory";
  if (/\.tf\.json$/i.test(absolute)) throw new InputError(TF_JSON_NOT_READ, display);
  const extension = path4.extname(absolute).toLowerCase();
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".json") return "api-dump";
  if (extension === ".tf" || extension === ".tfstate") return "terraform";
  throw new InputError(
    "cannot tell the input format from the name; expected a .yaml/.yml deploy-cli export, a .json API dump or Terraform plan/state, a .tf or .tfstate file, a directory export or a folder of .tf files (or pass --input-format)",
    display
  );
}
var EXPORT_ENTRIES = new Set(
  Object.values(DIRECTORY_LAYOUT).map(topEntry).filter((name) => name !== void 0)
);
function topEntry(layout) {
  const where = "folder" in layout ? layout.folder : "file" in layout ? layout.file : void 0;
  return where?.split("/")[0];
}
function isTerraformFolder(absolute) {
  let names;
  try {
    names = readdirSync2(absolute);
  } catch {
    return false;
  }
  return names.some((name) => name.endsWith(".tf")) && !names.some((name) => EXPORT_ENTRIES.has(name));
}
var EXPORT_SEARCH_DEPTH = 6;
var MAX_FOLDERS_SEARCHED = 2e3;
function exportsInFolder(absolute) {
  const top = listFolder(absolute);
  const yaml = tenantYaml(top);
  if (yaml !== void 0) return [path4.join(absolute, yaml)];
  if (isExportFolder(top)) return [];
  const found = [];
  let searched = 0;
  const search = (folder, names, depth) => {
    for (const name of [...names].sort()) {
      const child = path4.join(folder, name);
      if (SKIPPED_FOLDERS.has(name) || !isFolder(child)) continue;
      if (++searched > MAX_FOLDERS_SEARCHED)
        throw new InputError(
          `holds more than ${MAX_FOLDERS_SEARCHED} folders to search for exports; name the exports' folders (or a glob over them)`,
          absolute
        );
      const inner = listFolder(child);
      const innerYaml = tenantYaml(inner);
      if (innerYaml !== void 0) found.push(path4.join(child, innerYaml));
      else if (isExportFolder(inner)) found.push(child);
      else if (depth > 1) search(child, inner, depth - 1);
    }
  };
  search(absolute, top, EXPORT_SEARCH_DEPTH);
  return found;
}
function tenantYaml(names) {
  return ["tenant.yaml", "tenant.yml"].find((file) => names.includes(file));
}
function isExportFolderPath(absolute) {
  return isExportFolder(listFolder(absolute));
}
function isExportFolder(names) {
  return names.some((name) => EXPORT_ENTRIES.has(name) || name.endsWith(".tf"));
}
function isFolder(absolute) {
  try {
    return statSync2(absolute).isDirectory();
  } catch {
    return false;
  }
}
function listFolder(absolute) {
  try {
    return readdirSync2(absolute);
  } catch {
    return [];
  }
}
function displayPath(cwd, absolute) {
  const relative = path4.relative(cwd, absolute) || ".";
  return relative.split(path4.sep).join("/");
}
function parseJsonPath(absolute, display, options) {
  return readJsonFile(absolute, display, options.mappings ?? {}, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
}
function checkExportKeys(file, record, errors) {
  const keys = Object.keys(record);
  const unknown = keys.filter((key) => !EXPORT_KEYS.has(key) && !RETIRED_EXPORT_KEYS.has(key) && !/^x-/i.test(key));
  if (!keys.some((key) => EXPORT_KEYS.has(key))) {
    const named = keys.slice(0, 3).map((key) => `"${key}"`).join(", ");
    const hint = keys.length === 1 ? suggestion(keys[0], EXPORT_KEYS) : "";
    const what = keys.length === 0 ? "no top-level key" : `top-level ${keys.length === 1 ? "key" : "keys"} ${named}${keys.length > 3 ? ", ..." : ""}`;
    throw locatedError(
      file,
      keys.length === 0 ? "" : joinPointer("", keys[0]),
      `not a deploy-cli export: it holds ${what}${hint}, and none that deploy-cli reads (tenant, clients, resourceServers, clientGrants, connections, ...)`
    );
  }
  for (const key of unknown) {
    errors.push(
      locatedError(
        file,
        joinPointer("", key),
        `unknown top-level key "${key}"${suggestion(key, EXPORT_KEYS)}: deploy-cli ignores it, so nothing under it is deployed or linted`
      )
    );
  }
}
async function parseYamlPath(absolute, display, options) {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_YAML_FILE_SIZE;
  const { text } = readText(absolute, display, maxFileSize);
  const { parseYamlFile, DEFAULT_YAML_LIMITS } = await import("./yaml-file-PA64ZAR4.js");
  return parseYamlFile(display, text, options.mappings ?? {}, { ...DEFAULT_YAML_LIMITS, ...options.yaml, maxLength: maxFileSize });
}
var DUMP_EXPECTED = 'expected an object with "resource_servers", "clients" or "client_grants" arrays, or tenant sections such as "tenant_settings"';
function fromDocument(file, format, display, origins = new DocumentOrigins({ source: file.source, pointer: "" })) {
  const root = file.data;
  const document = isRecord(root) ? root : {};
  const input = emptyInput(format, display, document, origins.originOf);
  addMarkers(input, file, "");
  if ((root === null || root === void 0) && format === "yaml") {
    throw new InputError("not a deploy-cli export: the file holds no YAML document", file.source.file, 1, 1);
  }
  if (format === "api-dump" && (root === null || root === void 0 || typeof root !== "object" || Array.isArray(root))) {
    const held = root === null || root === void 0 ? "null" : Array.isArray(root) ? "a list" : `a ${typeof root}`;
    throw locatedError(file, "", `not a Management API dump: the file holds ${held}; ${DUMP_EXPECTED}`);
  }
  if (typeof root !== "object" || Array.isArray(root)) throw locatedError(file, "", "expected a mapping at the top of the deploy-cli export");
  const record = root;
  if (format === "yaml") checkExportKeys(file, record, input.errors);
  const keys = format === "yaml" ? YAML_KEYS : DUMP_KEYS;
  if (format === "api-dump" && !COLLECTIONS.some((collection) => Object.hasOwn(record, keys[collection])) && !DUMP_SECTION_KEYS.some((key) => Object.hasOwn(record, key))) {
    throw locatedError(file, "", `not a Management API dump: ${DUMP_EXPECTED}`);
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

export {
  systemErrorWords,
  suggestion,
  distance,
  INPUT_FORMATS,
  parseJsonFile,
  readTextFile,
  SKIPPED_FOLDERS,
  loadInput,
  TF_JSON_NOT_READ,
  exportsInFolder,
  isExportFolderPath,
  displayPath
};
