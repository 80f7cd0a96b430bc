import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/model/pointer.ts
function escapeSegment(segment) {
  if (typeof segment === "number") return String(segment);
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(base, ...segments) {
  let pointer = base;
  for (const segment of segments) pointer += `/${escapeSegment(segment)}`;
  return pointer;
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  const segments = pointer.slice(1).split("/");
  if (!pointer.includes("~")) return segments;
  return segments.map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/shared/printable.ts
var UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;
function replaceUnprintable(text, by) {
  return text.replace(UNPRINTABLE, by);
}
function printable(text) {
  return text.replace(UNPRINTABLE, (ch) => {
    const code = ch.codePointAt(0);
    return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/shared/errors.ts
var InputError = class extends Error {
  constructor(message, file, line, column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "InputError";
  }
  /** `file:line:col: message`, the form editors and terminals turn into links. */
  format() {
    const where = [this.file, this.line, this.column].filter((part) => part !== void 0).join(":");
    return printable(where ? `${where}: ${this.message}` : this.message);
  }
};
var InputErrors = class extends InputError {
  errors;
  constructor(errors) {
    const sorted = [...errors].sort(byPlace);
    const first = sorted[0];
    super(first.message, first.file, first.line, first.column);
    this.name = "InputErrors";
    this.errors = sorted;
  }
  format() {
    return this.errors.map((error) => error.format()).join("\n");
  }
};
function throwAll(errors) {
  if (errors.length > 0) throw combined(errors);
}
function combined(errors) {
  return errors.length === 1 ? errors[0] : new InputErrors(errors.flatMap((error) => error instanceof InputErrors ? error.errors : [error]));
}
function byPlace(a, b) {
  if (a.file !== b.file) return a.file === void 0 ? 1 : b.file === void 0 ? -1 : a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  joinPointer,
  parsePointer,
  replaceUnprintable,
  printable,
  InputError,
  InputErrors,
  throwAll,
  combined,
  UsageError
};
