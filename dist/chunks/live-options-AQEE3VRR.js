import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  lintLive,
  liveTarget,
  pull
} from "./chunk-4EWUUGFL.js";
import "./chunk-A6TXE5MV.js";
import "./chunk-3VLVYPZS.js";
import "./chunk-HORCYZOK.js";
import "./chunk-JEON663T.js";
import "./chunk-K7G57LTO.js";
import "./chunk-KHZTPSLG.js";
export {
  lintLive,
  liveTarget,
  pull
};
