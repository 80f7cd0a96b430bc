import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  readLiveTenant,
  writeSnapshot
} from "./chunk-EQPXDI3V.js";
import "./chunk-VIMHEGVJ.js";
import "./chunk-MEI6PY5P.js";
import "./chunk-5FT6AZ3U.js";
import "./chunk-O5W26SAV.js";
import "./chunk-SKIHZA7B.js";
import "./chunk-EVYNPWOD.js";
import "./chunk-U24S7HBE.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-ULGJ5JYG.js";
import "./chunk-N4EBYNR2.js";
import "./chunk-WXFIOOVO.js";
import "./chunk-KHZTPSLG.js";
export {
  readLiveTenant,
  writeSnapshot
};
