import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  joinPointer
} from "./chunk-N4EBYNR2.js";

// src/model/without-secrets.ts
var SECRET_KEY = /secret|passw(?:or)?d|^pass$|private_?key|api_?key|access_?key|authorization|token$|_token|credential|signing_key|write_?key/i;
var NOT_SECRET = /* @__PURE__ */ new Set([
  "passwordPolicy",
  "password_policy",
  "token_endpoint",
  "token_endpoint_auth_method",
  "id_token_signed_response_algs",
  // Bot detection's challenge settings (never, when_risky, always).
  "challenge_password_policy",
  "challenge_password_reset_policy",
  "challenge_passwordless_policy"
]);
var SECRET_MAPS = /* @__PURE__ */ new Set(["secrets", "configuration", "credentials"]);
function withoutSecrets(record) {
  const secretFields = [];
  const data = strip(record, "", secretFields);
  return { data, secretFields };
}
function strip(value, pointer, found) {
  if (Array.isArray(value)) {
    const list = value;
    let copy2;
    list.forEach((item, index) => {
      const stripped = strip(item, joinPointer(pointer, index), found);
      if (stripped !== item) (copy2 ??= [...list])[index] = stripped;
    });
    return copy2 ?? value;
  }
  if (typeof value !== "object" || value === null) return value;
  let copy;
  for (const [key, item] of Object.entries(value)) {
    const at = joinPointer(pointer, key);
    let stripped = item;
    if (SECRET_MAPS.has(key) && item !== null && typeof item === "object") stripped = namesOnly(item, at, found);
    else if (typeof item === "string" && item !== "" && SECRET_KEY.test(key) && !NOT_SECRET.has(key)) {
      found.push(at);
      stripped = void 0;
    } else stripped = strip(item, at, found);
    if (stripped !== item) {
      copy ??= { ...value };
      if (stripped === void 0) delete copy[key];
      else copy[key] = stripped;
    }
  }
  return copy ?? value;
}
function namesOnly(value, pointer, found) {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      if (item === null || typeof item !== "object" || !("value" in item)) return item;
      found.push(joinPointer(pointer, index, "value"));
      const { value: _dropped, ...rest } = item;
      return rest;
    });
  }
  const names = {};
  for (const key of Object.keys(value)) {
    found.push(joinPointer(pointer, key));
    names[key] = true;
  }
  return names;
}

export {
  withoutSecrets
};
