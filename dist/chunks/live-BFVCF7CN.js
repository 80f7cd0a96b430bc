import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  readLiveTenant,
  writeSnapshot
} from "./chunk-BLE5YJ6C.js";
import "./chunk-IVO7RSTA.js";
import "./chunk-IKUHQKPC.js";
import "./chunk-XRYI6CKN.js";
import "./chunk-ZMN5KUCM.js";
import "./chunk-IASGJHMI.js";
import "./chunk-OWVYXRMY.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-MCUWJE3M.js";
import "./chunk-N4EBYNR2.js";
import "./chunk-IVFPU7VL.js";
import "./chunk-KHZTPSLG.js";
export {
  readLiveTenant,
  writeSnapshot
};
