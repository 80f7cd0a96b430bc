import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-PSETR3AT.js";
import "./chunk-EOZ4DQQS.js";
import {
  text
} from "./chunk-C6IFQFG3.js";
import {
  defineRule,
  insideRepository,
  outsideMessage
} from "./chunk-VOT76SFD.js";
import {
  GlobIncomplete,
  LINEAR_REGEXP_ENGINE,
  UnsupportedPattern,
  assertValid,
  errorAt,
  expandGlob,
  globBase,
  linearRegex,
  readLocatedDocument
} from "./chunk-2SIURFMV.js";
import {
  displayPath
} from "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import {
  InputError,
  joinPointer,
  parsePointer,
  printable
} from "./chunk-RTYLSBLV.js";
import {
  __toESM
} from "./chunk-KHZTPSLG.js";

// src/custom-rules/load-rule-files.ts
var import_ajv2 = __toESM(require_ajv(), 1);
import { statSync } from "node:fs";
import path from "node:path";

// schemas/a0lint-rules.schema.json
var a0lint_rules_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/a0lint-rules.schema.json",
  title: "a0lint custom rules file",
  description: "Declarative house rules: each selects entities of one collection with a JSON Schema (where) and requires another (assert). See docs/custom-rules.md.",
  type: "object",
  additionalProperties: false,
  required: ["rules"],
  properties: {
    $schema: { type: "string" },
    rules: {
      type: "array",
      minItems: 1,
      maxItems: 200,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "description", "severity", "collection", "message", "assert"],
        properties: {
          id: {
            type: "string",
            maxLength: 100,
            pattern: "^custom/[a-z0-9]+(-[a-z0-9]+)*$",
            description: "custom/ followed by lower-case words joined by hyphens, e.g. custom/internal-apis-deny-all."
          },
          description: { type: "string", minLength: 1, maxLength: 300, description: "One line: what the rule wants." },
          severity: { enum: ["error", "warning", "note"], description: "Default severity; the configuration can change it like any rule's." },
          collection: { enum: ["resourceServers", "clients", "clientGrants"], description: "Which entities the rule looks at." },
          message: {
            type: "string",
            minLength: 1,
            maxLength: 1e3,
            description: "Finding message. Placeholders: {{kind}}, {{key}}, {{name}}; for APIs {{identifier}}; for clients {{app_type}}; for grants {{client}}, {{api}}, {{audience}}, {{subject_type}}."
          },
          docs: { type: "string", pattern: "^https://", maxLength: 500, description: "Link to the house policy this rule enforces." },
          tags: { type: "array", maxItems: 20, items: { type: "string", pattern: "^[a-z0-9-]{1,40}$" } },
          securitySeverity: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 10,
            description: "For code scanning (0 < n <= 10); default by severity."
          },
          where: { type: ["object", "boolean"], description: "JSON Schema (draft-07) selecting the entities the rule applies to; default: all." },
          assert: {
            type: ["object", "boolean"],
            description: "JSON Schema (draft-07) every selected entity must satisfy; false reports every selected entity."
          }
        }
      }
    }
  }
};

// src/custom-rules/custom-rule.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/custom-rules/schema-guard.ts
var SCHEMA_LIMITS = { maxDepth: 32, maxNodes: 2e3, maxExpandedNodes: 1e4, maxEnum: 1e3, maxPatternLength: 200 };
var SUBSCHEMA = ["additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else"];
var SUBSCHEMA_MAPS = ["properties", "patternProperties", "definitions", "$defs", "dependencies"];
var SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf"];
var REFUSED = ["$id", "$schema", "$async", "$data", "$recursiveRef", "$dynamicRef", "id"];
function checkSchema(schema) {
  let nodes = 0;
  const visit = (node, pointer, depth) => {
    if (typeof node === "boolean") return void 0;
    if (typeof node !== "object" || node === null || Array.isArray(node)) return { pointer, message: "a schema must be an object or a boolean" };
    if (++nodes > SCHEMA_LIMITS.maxNodes) return { pointer, message: `schema has more than ${SCHEMA_LIMITS.maxNodes} parts` };
    if (depth > SCHEMA_LIMITS.maxDepth) return { pointer, message: `schema is nested deeper than ${SCHEMA_LIMITS.maxDepth} levels` };
    const record = node;
    for (const keyword of REFUSED) {
      if (Object.hasOwn(record, keyword)) return { pointer: joinPointer(pointer, keyword), message: `"${keyword}" is not allowed in rule predicates` };
    }
    if (Object.hasOwn(record, "$ref") && !(typeof record.$ref === "string" && record.$ref.startsWith("#"))) {
      return { pointer: joinPointer(pointer, "$ref"), message: '"$ref" may only point inside the same predicate (start with #)' };
    }
    if (Array.isArray(record.enum) && record.enum.length > SCHEMA_LIMITS.maxEnum) {
      return { pointer: joinPointer(pointer, "enum"), message: `"enum" has more than ${SCHEMA_LIMITS.maxEnum} values` };
    }
    if (Object.hasOwn(record, "pattern")) {
      const problem = typeof record.pattern === "string" ? patternProblem(record.pattern) : void 0;
      if (problem) return { pointer: joinPointer(pointer, "pattern"), message: problem };
    }
    if (typeof record.patternProperties === "object" && record.patternProperties !== null) {
      for (const key of Object.keys(record.patternProperties)) {
        const problem = patternProblem(key);
        if (problem) return { pointer: joinPointer(pointer, "patternProperties", key), message: problem };
      }
    }
    for (const [child, at] of childrenOf(record, pointer)) {
      const problem = visit(child, at, depth + 1);
      if (problem) return problem;
    }
    return void 0;
  };
  return visit(schema, "", 0) ?? expansionProblem(schema);
}
function childrenOf(record, pointer) {
  const children = [];
  for (const keyword of SUBSCHEMA) if (Object.hasOwn(record, keyword)) children.push([record[keyword], joinPointer(pointer, keyword)]);
  if (Object.hasOwn(record, "items")) {
    const items = record.items;
    if (Array.isArray(items)) items.forEach((item, index) => children.push([item, joinPointer(pointer, "items", index)]));
    else children.push([items, joinPointer(pointer, "items")]);
  }
  for (const keyword of SUBSCHEMA_LISTS) {
    const list = record[keyword];
    if (Array.isArray(list)) list.forEach((item, index) => children.push([item, joinPointer(pointer, keyword, index)]));
  }
  for (const keyword of SUBSCHEMA_MAPS) {
    const map = record[keyword];
    if (typeof map !== "object" || map === null || Array.isArray(map)) continue;
    for (const [key, value] of Object.entries(map)) {
      if (keyword === "dependencies" && Array.isArray(value)) continue;
      children.push([value, joinPointer(pointer, keyword, key)]);
    }
  }
  return children;
}
function expansionProblem(schema) {
  const sizes = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Set();
  let problem;
  const size = (node, pointer) => {
    if (problem || typeof node !== "object" || node === null) return 1;
    const known = sizes.get(node);
    if (known !== void 0) return known;
    if (open.has(node)) {
      problem = { pointer, message: '"$ref" leads back to a schema that contains it; recursive predicates are not supported' };
      return 1;
    }
    open.add(node);
    const record = node;
    let total = 1;
    for (const [child, at] of childrenOf(record, pointer)) total += size(child, at);
    if (typeof record.$ref === "string") {
      const target = resolveRef(schema, record.$ref);
      if (target !== void 0) total += size(target, joinPointer(pointer, "$ref"));
    }
    open.delete(node);
    if (!problem && total > SCHEMA_LIMITS.maxExpandedNodes) {
      problem = { pointer, message: `schema expands to more than ${SCHEMA_LIMITS.maxExpandedNodes} parts through its "$ref"s` };
    }
    sizes.set(node, total);
    return total;
  };
  size(schema, "");
  return problem;
}
function resolveRef(root, ref) {
  let pointer;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return void 0;
  }
  let node = root;
  for (const segment of parsePointer(pointer)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return void 0;
    node = node[segment];
  }
  return node;
}
function patternProblem(pattern) {
  if (pattern.length > SCHEMA_LIMITS.maxPatternLength) return `pattern is longer than ${SCHEMA_LIMITS.maxPatternLength} characters`;
  try {
    linearRegex(pattern);
  } catch (error) {
    if (error instanceof UnsupportedPattern) return `pattern not supported by the linear-time engine (no backreferences or lookaround): ${error.message}`;
    throw error;
  }
  return void 0;
}

// src/custom-rules/views.ts
var API_DERIVED = {
  "/policy/user": "/subject_type_authorization/user/policy",
  "/policy/client": "/subject_type_authorization/client/policy",
  "/policy": "/subject_type_authorization",
  "/scope_values": "/scopes",
  "/is_management_api": ""
};
function apiValue(api) {
  const policy = {};
  if (api.policy.user.policy) policy.user = api.policy.user.policy;
  if (api.policy.client.policy) policy.client = api.policy.client.policy;
  return { ...api.data, policy, scope_values: [...api.scopes], is_management_api: api.isManagementApi };
}
function clientValue(client) {
  return { ...client.data };
}
function grantValue(grant) {
  return {
    ...grant.data,
    subject_type: grant.subjectType,
    scope: [...grant.scopes],
    ...grant.client ? { client: clientValue(grant.client) } : {},
    ...grant.api ? { api: apiValue(grant.api) } : {},
    to_management_api: grant.toManagementApi
  };
}
function entitiesOf(tenant, collection) {
  return tenant[collection];
}
function viewOf(entity) {
  switch (entity.kind) {
    case "resourceServer":
      return { value: apiValue(entity), dataPointer: (pointer) => mapDerived(pointer, API_DERIVED) };
    case "client":
      return { value: clientValue(entity), dataPointer: (pointer) => pointer };
    case "clientGrant":
      return { value: grantValue(entity), dataPointer: (pointer) => /^\/(client|api)(\/|$)/.test(pointer) ? "" : pointer };
  }
}
function mapDerived(pointer, derived) {
  for (const [prefix, target] of Object.entries(derived)) {
    if (pointer === prefix || pointer.startsWith(`${prefix}/`)) return target;
  }
  return pointer;
}
var MESSAGE_FIELDS = {
  resourceServers: ["kind", "key", "name", "identifier"],
  clients: ["kind", "key", "name", "app_type"],
  clientGrants: ["kind", "key", "name", "client", "api", "audience", "subject_type"]
};
function messageData(entity) {
  const common = { kind: entity.kind, key: entity.key, name: entity.name ?? entity.key };
  switch (entity.kind) {
    case "resourceServer":
      return { ...common, identifier: entity.identifier ?? "" };
    case "client":
      return { ...common, app_type: entity.appType ?? "" };
    case "clientGrant":
      return {
        ...common,
        client: entity.client?.name ?? entity.clientRef ?? "",
        api: entity.api?.name ?? entity.audience ?? "",
        audience: entity.audience ?? "",
        subject_type: entity.subjectType
      };
  }
}

// src/custom-rules/custom-rule.ts
var CATEGORY = { resourceServers: "apis", clients: "clients", clientGrants: "client-grants" };
var SECURITY_SEVERITY = { error: 7, warning: 5, note: 2 };
var predicateAjv;
function ajv() {
  predicateAjv ??= new import_ajv.Ajv({
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: false,
    addUsedSchema: false,
    logger: false,
    // A $ref compiles to a call, not a copy of what it names: refs that fan out cannot multiply the generated code.
    inlineRefs: false,
    // `pattern` and `patternProperties` run on RE2, in linear time (see linear-regex.ts).
    code: { regExp: LINEAR_REGEXP_ENGINE }
  });
  return predicateAjv;
}
function compileCustomRule(spec, document, pointer) {
  checkPlaceholders(spec, document, pointer);
  const where = spec.where === void 0 ? void 0 : compilePredicate(spec.where, document, joinPointer(pointer, "where"));
  const assert = compilePredicate(spec.assert, document, joinPointer(pointer, "assert"));
  const docsLink = spec.docs;
  return defineRule({
    meta: {
      id: spec.id,
      // Texts from a rule file reach terminals and CI logs: control characters are shown, never obeyed.
      description: printable(spec.description),
      defaultSeverity: spec.severity,
      category: CATEGORY[spec.collection],
      messages: { failed: printable(spec.message) },
      precision: "high",
      securitySeverity: spec.securitySeverity ?? SECURITY_SEVERITY[spec.severity],
      tags: ["custom", ...spec.tags ?? []],
      docs: customDocs(spec, document.file),
      ...docsLink ? { docsUrl: docsLink } : {}
    },
    check({ tenant, report }) {
      for (const entity of entitiesOf(tenant, spec.collection)) {
        const view = viewOf(entity);
        if (where && !where(view.value)) continue;
        if (assert(view.value)) continue;
        const path2 = view.dataPointer(assert.errors?.[0]?.instancePath ?? "");
        report({ entity, path: path2, subject: "assert", messageId: "failed", data: messageData(entity) });
      }
    }
  });
}
function compilePredicate(schema, document, pointer) {
  const problem = checkSchema(schema);
  if (problem) throw errorAt(document, pointer + problem.pointer, problem.message);
  try {
    return ajv().compile(schema);
  } catch (error) {
    throw errorAt(document, pointer, `not a usable JSON Schema: ${error.message.split("\n")[0]}`);
  }
}
function checkPlaceholders(spec, document, pointer) {
  const allowed = MESSAGE_FIELDS[spec.collection];
  for (const match of spec.message.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!allowed.includes(match[1])) {
      throw errorAt(
        document,
        joinPointer(pointer, "message"),
        `unknown placeholder {{${match[1]}}} for ${spec.collection}; use ${allowed.map((name) => `{{${name}}}`).join(", ")}`
      );
    }
  }
}
function customDocs(spec, file) {
  const description = text(spec.description);
  const lines = [`# ${spec.id}`, "", description, "", "## Why", "", `${description}. This is a house rule, defined in ${text(file)}.`];
  if (spec.docs) lines.push("", `See <code>${text(spec.docs)}</code> for the policy it enforces.`);
  return `${lines.join("\n")}
`;
}

// src/custom-rules/load-rule-files.ts
async function loadCustomRules(sources, cwd, reservedIds) {
  const files = [];
  for (const source of sources) {
    for (const [index, glob] of source.globs.entries()) {
      const located = (message) => source.namedAt ? errorAt(source.namedAt.document, joinPointer(source.namedAt.pointer, index), message) : new InputError(`${source.option ?? "rules"}: ${message}`);
      const outside = (written) => located(outsideMessage(written, displayPath(cwd, source.confineTo) || "."));
      if (source.confineTo !== void 0 && !insideRepository(path.resolve(source.baseDir, globBase(glob)), source.confineTo)) throw outside(glob);
      const matched = await expandGlob(glob, source.baseDir).catch((error) => {
        if (error instanceof GlobIncomplete) throw located(`"${glob}" ${error.message}`);
        throw error;
      });
      const escaped = source.confineTo === void 0 ? void 0 : matched.find((file) => !insideRepository(file, source.confineTo));
      if (escaped !== void 0) throw outside(displayPath(cwd, escaped));
      if (matched.length === 0) throw located(`"${glob}" matches no rule file`);
      for (const file of matched) if (!files.includes(file)) files.push(file);
    }
  }
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const file of files) {
    const document = await readLocatedDocument(file, displayPath(cwd, file), "rules");
    for (const { spec, pointer } of ruleSpecs(document)) {
      if (reservedIds.has(spec.id) || seen.has(spec.id)) {
        throw errorAt(document, joinPointer(pointer, "id"), `rule id "${spec.id}" is already defined${seen.has(spec.id) ? ` in ${seen.get(spec.id)}` : ""}`);
      }
      seen.set(spec.id, document.file);
      rules.push(compileCustomRule(spec, document, pointer));
    }
  }
  return rules;
}
var validateRuleFile;
function ruleSpecs(document) {
  validateRuleFile ??= new import_ajv2.Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(a0lint_rules_schema_default);
  assertValid(validateRuleFile, document);
  const specs = document.data.rules;
  return specs.map((spec, index) => ({ spec, pointer: joinPointer("/rules", index) }));
}
function rulesDirSources(dirs, cwd) {
  for (const dir of dirs) {
    const info = statSync(path.resolve(cwd, dir), { throwIfNoEntry: false });
    if (!info) throw new InputError(`--rules-dir ${dir}: no such folder; give the folder that holds the rule files (*.yml, *.yaml)`);
    if (!info.isDirectory())
      throw new InputError(`--rules-dir ${dir}: is a file, not a folder; give the folder that holds the rule files (or name the file in customRules)`);
  }
  return dirs.map((dir) => ({ globs: ["**/*.{yml,yaml}"], baseDir: path.resolve(cwd, dir), option: `--rules-dir ${dir}` }));
}
export {
  loadCustomRules,
  rulesDirSources
};
