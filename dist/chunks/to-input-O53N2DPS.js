import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  snapshotToDump,
  snapshotToInput
} from "./chunk-2JDWCX3F.js";
import "./chunk-FXPDZIPA.js";
import "./chunk-7VWSDUZZ.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-AWSW6I4B.js";
import "./chunk-XZXQAQVD.js";
import "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";
export {
  snapshotToDump,
  snapshotToInput
};
