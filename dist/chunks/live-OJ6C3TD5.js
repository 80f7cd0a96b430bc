import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  readLiveTenant,
  writeSnapshot
} from "./chunk-2SPZPREF.js";
import "./chunk-2JDWCX3F.js";
import "./chunk-IKUHQKPC.js";
import "./chunk-FXPDZIPA.js";
import "./chunk-7VWSDUZZ.js";
import "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-AWSW6I4B.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";
export {
  readLiveTenant,
  writeSnapshot
};
