import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

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
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  replaceUnprintable,
  printable,
  InputError,
  UsageError
};
