import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  readLiveTenant,
  writeSnapshot
} from "./chunk-23PKDM7M.js";
import "./chunk-EBW5WMYC.js";
import "./chunk-IKUHQKPC.js";
import "./chunk-ZMN5KUCM.js";
import "./chunk-IASGJHMI.js";
import "./chunk-G7Z52VHB.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-MCUWJE3M.js";
import "./chunk-XRYI6CKN.js";
import "./chunk-N4EBYNR2.js";
import "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";
export {
  readLiveTenant,
  writeSnapshot
};
