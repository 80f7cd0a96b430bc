import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  lintLive,
  liveTarget,
  pull
} from "./chunk-O56BNVMY.js";
import "./chunk-535YKOEP.js";
import "./chunk-3VLVYPZS.js";
import "./chunk-HORCYZOK.js";
import "./chunk-I6Q5ZS4K.js";
import "./chunk-DPWWXXW3.js";
import "./chunk-KHZTPSLG.js";
export {
  lintLive,
  liveTarget,
  pull
};
