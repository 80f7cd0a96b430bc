import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  lintLive,
  liveTarget,
  pull
} from "./chunk-YE5XJPTF.js";
import "./chunk-KJOFOUMA.js";
import "./chunk-3VLVYPZS.js";
import "./chunk-HORCYZOK.js";
import "./chunk-C2UUISIP.js";
import "./chunk-KHZTPSLG.js";
export {
  lintLive,
  liveTarget,
  pull
};
