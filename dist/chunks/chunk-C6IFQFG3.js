import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  replaceUnprintable
} from "./chunk-RTYLSBLV.js";

// src/shared/markdown-text.ts
function text(value) {
  return replaceUnprintable(value.replace(/\r\n?|\n|\u2028|\u2029/g, " "), (ch) => ch === "	" ? ch : "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\\`*_[\]|~$]/g, "\\$&").replace(/@/g, "@\u200B").replace(/:\/\//g, ":\u200B//").replace(/\b(www)\./gi, "$1\u200B.");
}

export {
  text
};
