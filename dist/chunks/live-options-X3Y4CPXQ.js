import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  lintLive,
  liveTarget,
  pull
} from "./chunk-6J7EFJUP.js";
import "./chunk-OQR6QX2V.js";
import "./chunk-3VLVYPZS.js";
import "./chunk-HORCYZOK.js";
import "./chunk-SKIYW23W.js";
import "./chunk-KHZTPSLG.js";
export {
  lintLive,
  liveTarget,
  pull
};
