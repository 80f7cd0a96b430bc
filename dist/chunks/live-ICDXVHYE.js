import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  readLiveTenant,
  writeSnapshot
} from "./chunk-3HJWCUPF.js";
import "./chunk-Z7HSEXEH.js";
import "./chunk-MEI6PY5P.js";
import "./chunk-XRYI6CKN.js";
import "./chunk-O5W26SAV.js";
import "./chunk-SKIHZA7B.js";
import "./chunk-FA3W4DOM.js";
import "./chunk-U24S7HBE.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-Q2RYU5JD.js";
import "./chunk-N4EBYNR2.js";
import "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";
export {
  readLiveTenant,
  writeSnapshot
};
