import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-PSETR3AT.js";
import "./chunk-EOZ4DQQS.js";
import {
  UnsafeDestination,
  writeFileSafely
} from "./chunk-IKUHQKPC.js";
import {
  assertValid,
  configRelative,
  readLocatedDocument
} from "./chunk-2SIURFMV.js";
import {
  displayPath,
  systemErrorWords
} from "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import {
  InputError
} from "./chunk-RTYLSBLV.js";
import {
  __toESM
} from "./chunk-KHZTPSLG.js";

// src/baseline/baseline.ts
var import_ajv = __toESM(require_ajv(), 1);
import path from "node:path";

// schemas/a0lint-baseline.schema.json
var a0lint_baseline_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/a0lint-baseline.schema.json",
  title: "a0lint baseline (written by --update-baseline)",
  description: "Findings recorded by a0lint --update-baseline; with --baseline, only findings not recorded here are reported. Matched by fingerprint, never by line.",
  type: "object",
  additionalProperties: false,
  required: ["version", "findings"],
  properties: {
    version: { const: 1 },
    findings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["target", "ruleId", "fingerprint", "summary"],
        properties: {
          target: { type: "string", description: "The linted input, relative to the baseline file." },
          ruleId: { type: "string" },
          entity: {
            type: "object",
            additionalProperties: false,
            required: ["kind", "key"],
            properties: { kind: { type: "string" }, key: { type: "string" }, name: { type: "string" } }
          },
          fingerprint: { type: "string", pattern: "^[0-9a-f]{32}$" },
          summary: { type: "string", description: "The finding's message, for reviewers; not used for matching." }
        }
      }
    }
  }
};

// src/baseline/baseline.ts
function createBaseline(targets, baselineFile, cwd) {
  const baseDir = path.dirname(path.resolve(cwd, baselineFile));
  const findings = targets.flatMap(
    (target) => target.findings.map((finding) => ({
      target: targetKey(baseDir, cwd, target.path),
      ruleId: finding.ruleId,
      ...finding.entity ? { entity: { ...finding.entity } } : {},
      fingerprint: finding.fingerprint,
      summary: finding.message
    }))
  );
  const sortKey = (entry) => [entry.target, entry.ruleId, entry.entity?.kind ?? "", entry.entity?.key ?? "", entry.fingerprint];
  findings.sort((a, b) => compareLists(sortKey(a), sortKey(b)));
  return { version: 1, findings };
}
function formatBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}
async function writeBaseline(baseline, file, cwd) {
  await writeFileSafely(path.resolve(cwd, file), [formatBaseline(baseline)]).catch((error) => {
    if (typeof error.syscall !== "string" && !(error instanceof UnsafeDestination) && error.code !== "ENOTDIR") throw error;
    throw new InputError(
      `cannot write the baseline: ${error instanceof UnsafeDestination ? error.message : systemErrorWords(error)}`,
      displayPath(cwd, path.resolve(cwd, file))
    );
  });
}
var validateBaseline;
async function readBaseline(file, cwd) {
  const absolute = path.resolve(cwd, file);
  const document = await readLocatedDocument(absolute, displayPath(cwd, absolute), "baseline");
  validateBaseline ??= new import_ajv.Ajv({ allErrors: false, strict: true }).compile(a0lint_baseline_schema_default);
  assertValid(validateBaseline, document);
  return document.data;
}
function applyBaseline(targets, baseline, baselineFile, cwd) {
  const baseDir = path.dirname(path.resolve(cwd, baselineFile));
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of baseline.findings) {
    const key = `${entry.target}\0${entry.fingerprint}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  let matched = 0;
  const linted = /* @__PURE__ */ new Set();
  const filtered = targets.map((target) => {
    if (target.errors.length === 0) linted.add(targetKey(baseDir, cwd, target.path));
    const prefix = `${targetKey(baseDir, cwd, target.path)}\0`;
    const findings = target.findings.filter((finding) => {
      const key = prefix + finding.fingerprint;
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      matched++;
      return false;
    });
    return { ...target, findings };
  });
  let stale = 0;
  for (const [key, left] of remaining) if (linted.has(key.slice(0, key.indexOf("\0")))) stale += left;
  return { targets: filtered, matched, stale };
}
function targetKey(baseDir, cwd, targetPath) {
  return configRelative(baseDir, path.resolve(cwd, targetPath)) || ".";
}
function compareLists(a, b) {
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return a[index] < b[index] ? -1 : 1;
  }
  return 0;
}
export {
  applyBaseline,
  createBaseline,
  readBaseline,
  writeBaseline
};
