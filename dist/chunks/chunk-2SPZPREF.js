import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  HttpClient,
  readTenant,
  snapshotToDump
} from "./chunk-2JDWCX3F.js";
import {
  UnsafeDestination,
  writeFileSafely
} from "./chunk-IKUHQKPC.js";
import {
  displayPath
} from "./chunk-3O7BZ777.js";
import {
  InputError,
  UsageError
} from "./chunk-RTYLSBLV.js";

// src/app/live.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var TEST_HTTP_SETTINGS = "A0LINT_TEST_HTTP_SETTINGS";
async function readLiveTenant(source) {
  const env = source.env ?? {};
  const extraCaFile = env.NODE_EXTRA_CA_CERTS !== process.env.NODE_EXTRA_CA_CERTS ? env.NODE_EXTRA_CA_CERTS : void 0;
  const extraCa = extraCaFile ? await readFile(extraCaFile, "utf8").catch(() => void 0) : void 0;
  const settings = testSettings(env[TEST_HTTP_SETTINGS]);
  const http = new HttpClient({ ...extraCa ? { ca: extraCa } : {}, ...settings ? { settings } : {}, ...source.clock ? { clock: source.clock } : {} });
  try {
    return await readTenant({
      http,
      canonicalHost: source.host,
      ...source.requestHost !== void 0 ? { requestHost: source.requestHost } : {},
      credentials: source.credentials,
      ...source.progress ? { progress: source.progress } : {},
      ...source.onSecret ? { onToken: source.onSecret } : {}
    });
  } finally {
    await http.close();
  }
}
function testSettings(text) {
  if (!text) return void 0;
  const allowed = ["timeoutMs", "maxAttempts", "baseDelayMs", "maxDelayMs", "maxRetryAfterMs"];
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = void 0;
  }
  const valid = typeof parsed === "object" && parsed !== null && Object.entries(parsed).every(([key, value]) => allowed.includes(key) && Number.isInteger(value) && value > 0);
  if (!valid) throw new UsageError(`${TEST_HTTP_SETTINGS} (test only) must be a JSON object of positive whole numbers: ${allowed.join(", ")}`);
  return parsed;
}
async function writeSnapshot(snapshot, out, cwd) {
  const target = path.resolve(cwd, out);
  try {
    await writeFileSafely(target, [snapshotToDump(snapshot)], { mode: 384 });
  } catch (error) {
    const reason = error instanceof UnsafeDestination ? error.message : error.code ?? error.message;
    throw new InputError(`cannot write the dump: ${reason}`, displayPath(cwd, target));
  }
  return displayPath(cwd, target);
}

export {
  readLiveTenant,
  writeSnapshot
};
