import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  snapshotToDump,
  snapshotToInput
} from "./chunk-Z7HSEXEH.js";
import "./chunk-XRYI6CKN.js";
import "./chunk-O5W26SAV.js";
import "./chunk-SKIHZA7B.js";
import "./chunk-U24S7HBE.js";
import "./chunk-N4EBYNR2.js";
import "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";
export {
  snapshotToDump,
  snapshotToInput
};
