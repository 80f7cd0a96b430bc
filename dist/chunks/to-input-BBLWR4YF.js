import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  snapshotToDump,
  snapshotToInput
} from "./chunk-EBW5WMYC.js";
import "./chunk-ZMN5KUCM.js";
import "./chunk-IASGJHMI.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-XRYI6CKN.js";
import "./chunk-N4EBYNR2.js";
import "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";
export {
  snapshotToDump,
  snapshotToInput
};
