import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  lintLive,
  liveTarget,
  pull
} from "./chunk-OGSZ7WJC.js";
import "./chunk-JHHDWGW3.js";
import "./chunk-3VLVYPZS.js";
import "./chunk-HORCYZOK.js";
import "./chunk-RYGICD7Z.js";
import "./chunk-DPWWXXW3.js";
import "./chunk-KHZTPSLG.js";
export {
  lintLive,
  liveTarget,
  pull
};
