import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  InputError,
  joinPointer
} from "./chunk-RTYLSBLV.js";

// src/loaders/keywords.ts
var HASH = "\uE000";
var AT = "\uE001";
var MARKER = /"@@([A-Za-z0-9_]+)@@"|'@@([A-Za-z0-9_]+)@@'|@@([A-Za-z0-9_]+)@@|##([A-Za-z0-9_]+)##/g;
var UNRESOLVED_KEY = /^[A-Z0-9_]+$/;
var PLACEHOLDER = new RegExp(`${HASH}${HASH}([A-Za-z0-9_]+)${HASH}${HASH}|${AT}${AT}?([A-Za-z0-9_]+)${AT}?${AT}`, "g");
var MARKER_TEXT = /##[A-Z0-9_]+##|@@[A-Z0-9_]+@@/g;
function prepareText(original, mappings, syntax, limit) {
  const withoutMappings = Object.keys(mappings).length === 0;
  if (syntax === "text" && withoutMappings) return unchanged(original);
  const jsonWithoutMappings = syntax === "json" && withoutMappings;
  if ((jsonWithoutMappings || !original.includes("##")) && !original.includes("@@")) return unchanged(original);
  const edits = [];
  let inJsonString;
  const insideJsonString = (offset) => (inJsonString ??= jsonStringState(original))(offset);
  let shift = 0;
  let sameStructure = true;
  let changed = false;
  const text = original.replace(MARKER, (match, dq, sq, bare, hash, at) => {
    const offset = at;
    const key = dq ?? sq ?? bare ?? hash;
    let replacement;
    if (Object.hasOwn(mappings, key)) {
      const value = mappings[key];
      replacement = hash !== void 0 ? String(value) : JSON.stringify(value) ?? "null";
      sameStructure = false;
    } else if (!UNRESOLVED_KEY.test(key) || syntax === "text") {
      return match;
    } else if (syntax === "json") {
      if (bare === void 0 || insideJsonString(offset)) return match;
      replacement = `"${AT}${key}${AT}"`;
      sameStructure = false;
    } else if (hash !== void 0 && continuesScalar(original.charCodeAt(offset - 1))) {
      return match;
    } else if (hash !== void 0) {
      replacement = `${HASH}${HASH}${key}${HASH}${HASH}`;
    } else {
      const quote = dq !== void 0 ? '"' : sq !== void 0 ? "'" : "";
      replacement = `${quote}${AT}${AT}${key}${AT}${AT}${quote}`;
    }
    if (limit && original.length + shift + replacement.length - match.length > limit.maxLength) {
      throw new InputError(
        `keyword replacement makes the text longer than the file size limit of ${limit.maxLength} (raise it with --max-file-size)`,
        limit.file
      );
    }
    if (replacement.length !== match.length) {
      edits.push({ at: offset + shift, length: replacement.length, originalAt: offset, originalLength: match.length });
      shift += replacement.length - match.length;
    }
    changed = true;
    return replacement;
  });
  if (!changed) return unchanged(original);
  return { text, toOriginal: (offset, side = "start") => toOriginal(edits, offset, side), sameStructure };
}
function continuesScalar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 46 || code === 95 || code === 47 || code === 45;
}
var unchanged = (text) => ({ text, toOriginal: (offset) => offset, sameStructure: true });
function toOriginal(edits, offset, side) {
  let low = 0;
  let high = edits.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = low + high >> 1;
    if (edits[mid].at <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found === -1) return offset;
  const edit = edits[found];
  if (offset < edit.at + edit.length) return side === "end" && offset > edit.at ? edit.originalAt + edit.originalLength : edit.originalAt;
  return edit.originalAt + edit.originalLength + (offset - edit.at - edit.length);
}
function jsonStringState(text) {
  const boundaries = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString && ch === 92) i++;
    else if (ch === 34) {
      inString = !inString;
      boundaries.push(i);
    }
  }
  return (offset) => {
    let low = 0;
    let high = boundaries.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (boundaries[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low % 2 === 1;
  };
}
function restoreMarkers(value) {
  if (!value.includes(HASH) && !value.includes(AT)) return value;
  return value.replace(PLACEHOLDER, (_match, hashKey, atKey) => hashKey !== void 0 ? `##${hashKey}##` : `@@${atKey}@@`);
}
function hasPlaceholder(value) {
  return value.includes(HASH) || value.includes(AT);
}
function findMarkers(value) {
  return value.match(MARKER_TEXT) ?? [];
}

// src/loaders/range-of.ts
function rangeOf(found, prepared, lines) {
  const { text } = prepared;
  let { start, end } = found;
  if (!found.scalar && text.slice(start, end).includes("\n")) {
    start = found.keyStart ?? start;
    end = lineEnd(text, start);
  }
  const originalStart = prepared.toOriginal(start);
  return lines.range(originalStart, Math.max(originalStart, prepared.toOriginal(end, "end")));
}
function lineEnd(text, offset) {
  const next = text.indexOf("\n", offset);
  const end = next === -1 ? text.length : next;
  return text[end - 1] === "\r" ? end - 1 : end;
}
function writtenAsKeyword(range, lines) {
  if (!range) return false;
  const text = lines.text.slice(lines.offset(range.startLine, range.startColumn), lines.offset(range.endLine, range.endColumn));
  return /##[A-Za-z0-9_]+##|@@[A-Za-z0-9_]+@@/.test(text);
}
function narrowTo(range, needle, lines) {
  if (!range || !needle || range.startLine !== range.endLine && /[\n\r]/.test(needle)) return range;
  const start = lines.offset(range.startLine, range.startColumn);
  const at = lines.text.slice(start, lines.offset(range.endLine, range.endColumn)).indexOf(needle);
  return at === -1 ? range : lines.range(start + at, start + at + needle.length);
}

// src/loaders/text-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    this.starts = lineStarts(text);
    this.count = this.starts.length;
  }
  /** Where each line starts; a typed array, as a large file has millions of lines. */
  starts;
  count;
  /** How many lines the text has (a final line break starts an empty last line). */
  get lineCount() {
    return this.count;
  }
  position(offset) {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
  offset(line, column) {
    return (line >= 1 && line <= this.count ? this.starts[line - 1] : this.text.length) + column - 1;
  }
  range(start, end) {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }
  /** The end offset of the line holding `offset`, without its line break. */
  lineEnd(offset) {
    const next = this.text.indexOf("\n", offset);
    const end = next === -1 ? this.text.length : next;
    return this.text[end - 1] === "\r" ? end - 1 : end;
  }
};
function lineStarts(text) {
  const starts = new Int32Array(lineCount(text));
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
  return starts;
}
function lineCount(text) {
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

// src/loaders/walk.ts
var PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
var SECRET_FIELDS = /* @__PURE__ */ new Set(["client_secret", "signing_secret", "smtp_pass", "api_key"]);
var MAY_HOLD_MARKER = /[\uE000\uE001]|##|@@/;
var NOT_A_SECRET = /^\[?REDACTED\]?$|^\*+$|##[A-Z0-9_]+##|@@[A-Z0-9_]+@@|^_VALUE_NOT_SHOWN_$|^YOUR_[A-Z0-9_]+_API_KEY$/;
var MAX_VALUES = 5e6;
var MAX_DEPTH = 500;
function walkValues(root, file, options = {}) {
  const walker = new Walker(file, options);
  walker.visit(root, void 0, 0);
  return walker.result;
}
var Walker = class {
  constructor(file, { locate, text, shared = true, maxValues = MAX_VALUES }) {
    this.file = file;
    this.locate = locate;
    this.maxValues = maxValues;
    this.budget = shared ? maxValues : Infinity;
    this.onPath = shared ? /* @__PURE__ */ new Set() : void 0;
    const escapes = text === void 0 || text.includes("\\");
    this.placeholders = text === void 0 || hasPlaceholder(text);
    this.markers = escapes || this.placeholders || text.includes("##") || text.includes("@@");
    this.privateKeys = escapes || text.includes("PRIVATE");
    this.webKeys = escapes || text.includes("kty");
  }
  result = { markers: [], secrets: [], keys: 0 };
  /** The pointer of the value being visited, as segments: joined only for the few values that are reported. */
  path = [];
  locate;
  maxValues;
  budget;
  onPath;
  // What the text can hold at all (see WalkOptions.text).
  placeholders;
  markers;
  privateKeys;
  webKeys;
  visit(value, field, depth) {
    if (--this.budget < 0) throw this.refuse(`more than ${this.maxValues} values; refusing to read further`);
    if (typeof value === "string") return this.visitString(value, field);
    if (value === null || typeof value !== "object") return value;
    const { onPath, path } = this;
    if (onPath) {
      if (onPath.has(value)) return value;
      onPath.add(value);
    }
    if (depth >= MAX_DEPTH) throw this.refuse(`nested more than ${MAX_DEPTH} levels deep; refusing to read further`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const before = value[i];
        const child = this.visit(before, void 0, depth + 1);
        if (child !== before) value[i] = child;
        path.pop();
      }
    } else {
      const record = value;
      const keys = Object.keys(record);
      this.result.keys += keys.length;
      for (const key of keys) {
        const special = this.mayHoldMarker(key);
        const restoredKey = special ? this.restore(key) : key;
        path.push(restoredKey);
        this.inspect(restoredKey, special);
        const before = record[key];
        const child = this.visit(before, restoredKey, depth + 1);
        path.pop();
        if (restoredKey !== key) delete record[key];
        if (restoredKey !== key || child !== before) {
          Object.defineProperty(record, restoredKey, { value: child, enumerable: true, writable: true, configurable: true });
        }
      }
      if (this.webKeys) {
        const { kty, d } = record;
        if (typeof kty === "string" && typeof d === "string" && d.trim() !== "" && !NOT_A_SECRET.test(d)) {
          this.result.secrets.push({ field: "private key (JWK)", pointer: joinPointer(this.here(), "d") });
        }
      }
    }
    onPath?.delete(value);
    return value;
  }
  visitString(value, field) {
    const special = this.mayHoldMarker(value);
    const restored = special ? this.restore(value) : value;
    this.inspect(restored, special, field);
    return restored;
  }
  /** One test rules out most values (cheaper than asking for placeholders and each marker kind in turn). */
  mayHoldMarker(value) {
    return (this.placeholders || this.markers) && MAY_HOLD_MARKER.test(value);
  }
  restore(value) {
    return this.placeholders && hasPlaceholder(value) ? restoreMarkers(value) : value;
  }
  /** Notes markers and secrets in a restored value (or key, without `field`) at the current pointer. */
  inspect(value, special, field) {
    if (special && (value.includes("##") || value.includes("@@"))) {
      for (const marker of findMarkers(value)) this.result.markers.push({ marker, pointer: this.here(), whole: field !== void 0 && value === marker });
    }
    if (field !== void 0 && SECRET_FIELDS.has(field) && value.trim() !== "" && !NOT_A_SECRET.test(value)) {
      this.result.secrets.push({ field, pointer: this.here() });
    } else if (this.privateKeys && value.includes("PRIVATE KEY-----") && PRIVATE_KEY.test(value)) {
      this.result.secrets.push({ field: "private key", pointer: this.here() });
    }
  }
  here() {
    return joinPointer("", ...this.path);
  }
  refuse(message) {
    const range = this.locate?.(this.here());
    return new InputError(message, this.file, range?.startLine ?? 1, range?.startColumn ?? 1);
  }
};

export {
  prepareText,
  restoreMarkers,
  rangeOf,
  writtenAsKeyword,
  narrowTo,
  LineIndex,
  MAX_DEPTH,
  walkValues
};
