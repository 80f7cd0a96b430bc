import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  require_equal,
  require_ucs2length
} from "./chunk-EOZ4DQQS.js";
import {
  __toESM
} from "./chunk-KHZTPSLG.js";

// src/config/config-schema.validate.js
var import_equal = __toESM(require_equal(), 1);
var import_ucs2length = __toESM(require_ucs2length(), 1);
var runtime0 = { default: import_equal.default.default ?? import_equal.default };
var runtime1 = { default: import_ucs2length.default.default ?? import_ucs2length.default };
var validate = validate10;
var config_schema_validate_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/a0lint.schema.json", "title": "a0lint configuration (.a0lint.yml)", "description": "Configuration of a0lint, the policy-compliance linter for Auth0 tenant configuration: presets, rule severities and options, per-input overrides, keyword mappings, custom rules and justified ignores. See https://github.com/a0lint/a0lint/blob/main/docs/configuration.md", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Lets editors find this schema." }, "extends": { "description": "Presets to start from, a list or one name. recommended: every built-in rule a production tenant should pass, at its default severity (the strict-only rules stay off). strict: every rule, the strict-only ones included, with notes raised to warnings. Absent means [recommended]; [] starts with every rule off.", "oneOf": [{ "$ref": "#/definitions/preset" }, { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/preset" } }] }, "rules": { "$ref": "#/definitions/rules" }, "overrides": { "description": "Settings for some inputs only; later entries win. files are globs matched against the input path relative to this file.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files"], "properties": { "files": { "$ref": "#/definitions/globs" }, "rules": { "$ref": "#/definitions/rules" }, "tenantDomain": { "$ref": "#/definitions/tenantDomain" }, "mappings": { "$ref": "#/definitions/mappings" } } } }, "tenantDomain": { "$ref": "#/definitions/tenantDomain" }, "mappings": { "$ref": "#/definitions/mappings" }, "customRules": { "description": "Globs (relative to this file) of YAML files with custom rules; see docs/custom-rules.md.", "$ref": "#/definitions/globs" }, "ignore": { "description": "Accepted findings. Each entry needs a reason; an expired entry stops suppressing and is reported (expired-ignore); an entry that suppresses nothing is reported (unused-ignore).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "entity", "reason"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "The rule id whose findings this entry accepts." }, "entity": { "type": "object", "additionalProperties": false, "required": ["kind", "key"], "properties": { "kind": { "enum": ["resourceServer", "client", "clientGrant", "tenant", "attackProtection", "guardianFactor", "guardianPolicies", "connection", "emailProvider", "emailTemplate", "action", "rule", "hook", "page", "logStream", "eventStream", "customDomain", "networkAcl"] }, "key": { "type": "string", "minLength": 1, "description": "Glob over the entity key: an API's identifier, a client's client_id (else its name), a grant's client|audience|subject_type. * stops at /, ** does not." } } }, "files": { "$ref": "#/definitions/globs", "description": "Only for these inputs (globs relative to this file)." }, "reason": { "type": "string", "minLength": 10, "pattern": "\\S", "description": "Why the finding is accepted (at least 10 characters)." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD (UTC): from this day on the entry no longer suppresses and is reported as expired-ignore." }, "owner": { "type": "string", "minLength": 1, "description": "Who answers for this exception." } } } } }, "definitions": { "preset": { "enum": ["recommended", "strict"] }, "severity": { "anyOf": [{ "enum": ["off", "note", "warning", "error"] }, { "enum": ["warn", 0, 1, 2], "description": "ESLint's spellings: warn is warning; 0, 1 and 2 are off, warning and error." }] }, "ruleSetting": { "oneOf": [{ "$ref": "#/definitions/severity" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/severity" }, { "type": "object" }], "additionalItems": false }] }, "rules": { "description": "Rule id \u2192 off | note | warning | error | [severity, { options }]. ESLint's warn, 0, 1 and 2 mean warning, off, warning and error.", "type": "object", "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "globs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "tenantDomain": { "type": "string", "pattern": "^[A-Za-z0-9.-]+$", "description": "The tenant's canonical domain, e.g. example.eu.auth0.com (recognises its Management API)." }, "mappings": { "description": "deploy-cli keyword mappings: an object of KEY: value, or the path (relative to this file) of a deploy-cli config.json.", "oneOf": [{ "type": "object" }, { "type": "string", "minLength": 1 }] } } };
var schema12 = { "enum": ["recommended", "strict"] };
var schema18 = { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } };
var schema19 = { "type": "string", "pattern": "^[A-Za-z0-9.-]+$", "description": "The tenant's canonical domain, e.g. example.eu.auth0.com (recognises its Management API)." };
var schema20 = { "description": "deploy-cli keyword mappings: an object of KEY: value, or the path (relative to this file) of a deploy-cli config.json.", "oneOf": [{ "type": "object" }, { "type": "string", "minLength": 1 }] };
var func0 = runtime0.default;
var func3 = runtime1.default;
var schema14 = { "description": "Rule id \u2192 off | note | warning | error | [severity, { options }]. ESLint's warn, 0, 1 and 2 mean warning, off, warning and error.", "type": "object", "additionalProperties": { "$ref": "#/definitions/ruleSetting" } };
var schema15 = { "oneOf": [{ "$ref": "#/definitions/severity" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/severity" }, { "type": "object" }], "additionalItems": false }] };
var schema16 = { "anyOf": [{ "enum": ["off", "note", "warning", "error"] }, { "enum": ["warn", 0, 1, 2], "description": "ESLint's spellings: warn is warning; 0, 1 and 2 are off, warning and error." }] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  const _errs3 = errors;
  let valid2 = false;
  const _errs4 = errors;
  if (!(data === "off" || data === "note" || data === "warning" || data === "error")) {
    const err0 = { instancePath, schemaPath: "#/definitions/severity/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[0].enum, parentSchema: schema16.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid1 = _errs4 === errors;
  valid2 = valid2 || _valid1;
  if (!valid2) {
    const _errs5 = errors;
    if (!(data === "warn" || data === 0 || data === 1 || data === 2)) {
      const err1 = { instancePath, schemaPath: "#/definitions/severity/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid1 = _errs5 === errors;
    valid2 = valid2 || _valid1;
  }
  if (!valid2) {
    const err2 = { instancePath, schemaPath: "#/definitions/severity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs6 = errors;
  if (Array.isArray(data)) {
    if (data.length > 2) {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema15.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.length < 1) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    const len0 = data.length;
    if (!(len0 <= 2)) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema15.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const len1 = data.length;
    if (len1 > 0) {
      let data0 = data[0];
      const _errs10 = errors;
      let valid5 = false;
      const _errs11 = errors;
      if (!(data0 === "off" || data0 === "note" || data0 === "warning" || data0 === "error")) {
        const err6 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/severity/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[0].enum, parentSchema: schema16.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid2 = _errs11 === errors;
      valid5 = valid5 || _valid2;
      if (!valid5) {
        const _errs12 = errors;
        if (!(data0 === "warn" || data0 === 0 || data0 === 1 || data0 === 2)) {
          const err7 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/severity/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid2 = _errs12 === errors;
        valid5 = valid5 || _valid2;
      }
      if (!valid5) {
        const err8 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/severity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (len1 > 1) {
      let data1 = data[1];
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err9 = { instancePath: instancePath + "/1", schemaPath: "#/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].items[1].type, parentSchema: schema15.oneOf[1].items[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  var _valid0 = _errs6 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err11 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate12(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^[A-Za-z0-9.-]+$", "u");
var pattern2 = new RegExp("\\S", "u");
var pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "extends" || key0 === "rules" || key0 === "overrides" || key0 === "tenantDomain" || key0 === "mappings" || key0 === "customRules" || key0 === "ignore")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      const _errs5 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs6 = errors;
      if (!(data1 === "recommended" || data1 === "strict")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/preset/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(data2 === "recommended" || data2 === "strict")) {
            const err3 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/preset/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data1[i1], data1[j0])) {
                const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.extends.oneOf[1], data: data1 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.oneOf[1].type, parentSchema: schema11.properties.extends.oneOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.extends.oneOf, parentSchema: schema11.properties.extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      if (!validate11(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.overrides !== void 0) {
      let data4 = data.overrides;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.files === void 0) {
              const err7 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema11.properties.overrides.items.required, parentSchema: schema11.properties.overrides.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "files" || key1 === "rules" || key1 === "tenantDomain" || key1 === "mappings")) {
                const err8 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.overrides.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data5.files !== void 0) {
              let data6 = data5.files;
              if (Array.isArray(data6)) {
                if (data6.length < 1) {
                  const err9 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/definitions/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                const len2 = data6.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data7 = data6[i3];
                  if (typeof data7 === "string") {
                    if (func3(data7) < 1) {
                      const err10 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.items.type, parentSchema: schema18.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.type, parentSchema: schema18, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.rules !== void 0) {
              if (!validate11(data5.rules, { instancePath: instancePath + "/overrides/" + i2 + "/rules", parentData: data5, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
            if (data5.tenantDomain !== void 0) {
              let data9 = data5.tenantDomain;
              if (typeof data9 === "string") {
                if (!pattern0.test(data9)) {
                  const err13 = { instancePath: instancePath + "/overrides/" + i2 + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+$" }, message: 'must match pattern "^[A-Za-z0-9.-]+$"', schema: "^[A-Za-z0-9.-]+$", parentSchema: schema19, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/overrides/" + i2 + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data9 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.mappings !== void 0) {
              let data10 = data5.mappings;
              const _errs29 = errors;
              let valid15 = false;
              let passing1 = null;
              const _errs30 = errors;
              if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
                const err15 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.oneOf[0].type, parentSchema: schema20.oneOf[0], data: data10 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              var _valid1 = _errs30 === errors;
              if (_valid1) {
                valid15 = true;
                passing1 = 0;
              }
              const _errs32 = errors;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err16 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.oneOf[1], data: data10 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.oneOf[1].type, parentSchema: schema20.oneOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              var _valid1 = _errs32 === errors;
              if (_valid1 && valid15) {
                valid15 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid15 = true;
                  passing1 = 1;
                }
              }
              if (!valid15) {
                const err18 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema20.oneOf, parentSchema: schema20, data: data10 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              } else {
                errors = _errs29;
                if (vErrors !== null) {
                  if (_errs29) {
                    vErrors.length = _errs29;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.type, parentSchema: schema11.properties.overrides.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.type, parentSchema: schema11.properties.overrides, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tenantDomain !== void 0) {
      let data11 = data.tenantDomain;
      if (typeof data11 === "string") {
        if (!pattern0.test(data11)) {
          const err21 = { instancePath: instancePath + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+$" }, message: 'must match pattern "^[A-Za-z0-9.-]+$"', schema: "^[A-Za-z0-9.-]+$", parentSchema: schema19, data: data11 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data11 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.mappings !== void 0) {
      let data12 = data.mappings;
      const _errs39 = errors;
      let valid18 = false;
      let passing2 = null;
      const _errs40 = errors;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
        const err23 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.oneOf[0].type, parentSchema: schema20.oneOf[0], data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid2 = _errs40 === errors;
      if (_valid2) {
        valid18 = true;
        passing2 = 0;
      }
      const _errs42 = errors;
      if (typeof data12 === "string") {
        if (func3(data12) < 1) {
          const err24 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.oneOf[1], data: data12 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.oneOf[1].type, parentSchema: schema20.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid2 = _errs42 === errors;
      if (_valid2 && valid18) {
        valid18 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid18 = true;
          passing2 = 1;
        }
      }
      if (!valid18) {
        const err26 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema20.oneOf, parentSchema: schema20, data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs39;
        if (vErrors !== null) {
          if (_errs39) {
            vErrors.length = _errs39;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.customRules !== void 0) {
      let data13 = data.customRules;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err27 = { instancePath: instancePath + "/customRules", schemaPath: "#/definitions/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18, data: data13 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len3 = data13.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data14 = data13[i4];
          if (typeof data14 === "string") {
            if (func3(data14) < 1) {
              const err28 = { instancePath: instancePath + "/customRules/" + i4, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/customRules/" + i4, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.items.type, parentSchema: schema18.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/customRules", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.type, parentSchema: schema18, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data15 = data.ignore;
      if (Array.isArray(data15)) {
        const len4 = data15.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data16 = data15[i5];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.rule === void 0) {
              const err31 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema11.properties.ignore.items.required, parentSchema: schema11.properties.ignore.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data16.entity === void 0) {
              const err32 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "entity" }, message: "must have required property 'entity'", schema: schema11.properties.ignore.items.required, parentSchema: schema11.properties.ignore.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data16.reason === void 0) {
              const err33 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.ignore.items.required, parentSchema: schema11.properties.ignore.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key2 in data16) {
              if (!(key2 === "rule" || key2 === "entity" || key2 === "files" || key2 === "reason" || key2 === "expires" || key2 === "owner")) {
                const err34 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ignore.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data16.rule !== void 0) {
              let data17 = data16.rule;
              if (typeof data17 === "string") {
                if (func3(data17) < 1) {
                  const err35 = { instancePath: instancePath + "/ignore/" + i5 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignore.items.properties.rule, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/ignore/" + i5 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.properties.rule.type, parentSchema: schema11.properties.ignore.items.properties.rule, data: data17 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data16.entity !== void 0) {
              let data18 = data16.entity;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.kind === void 0) {
                  const err37 = { instancePath: instancePath + "/ignore/" + i5 + "/entity", schemaPath: "#/properties/ignore/items/properties/entity/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.ignore.items.properties.entity.required, parentSchema: schema11.properties.ignore.items.properties.entity, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data18.key === void 0) {
                  const err38 = { instancePath: instancePath + "/ignore/" + i5 + "/entity", schemaPath: "#/properties/ignore/items/properties/entity/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.ignore.items.properties.entity.required, parentSchema: schema11.properties.ignore.items.properties.entity, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                for (const key3 in data18) {
                  if (!(key3 === "kind" || key3 === "key")) {
                    const err39 = { instancePath: instancePath + "/ignore/" + i5 + "/entity", schemaPath: "#/properties/ignore/items/properties/entity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ignore.items.properties.entity, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data18.kind !== void 0) {
                  let data19 = data18.kind;
                  if (!(data19 === "resourceServer" || data19 === "client" || data19 === "clientGrant" || data19 === "tenant" || data19 === "attackProtection" || data19 === "guardianFactor" || data19 === "guardianPolicies" || data19 === "connection" || data19 === "emailProvider" || data19 === "emailTemplate" || data19 === "action" || data19 === "rule" || data19 === "hook" || data19 === "page" || data19 === "logStream" || data19 === "eventStream" || data19 === "customDomain" || data19 === "networkAcl")) {
                    const err40 = { instancePath: instancePath + "/ignore/" + i5 + "/entity/kind", schemaPath: "#/properties/ignore/items/properties/entity/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.ignore.items.properties.entity.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ignore.items.properties.entity.properties.kind.enum, parentSchema: schema11.properties.ignore.items.properties.entity.properties.kind, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data18.key !== void 0) {
                  let data20 = data18.key;
                  if (typeof data20 === "string") {
                    if (func3(data20) < 1) {
                      const err41 = { instancePath: instancePath + "/ignore/" + i5 + "/entity/key", schemaPath: "#/properties/ignore/items/properties/entity/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignore.items.properties.entity.properties.key, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/ignore/" + i5 + "/entity/key", schemaPath: "#/properties/ignore/items/properties/entity/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.properties.entity.properties.key.type, parentSchema: schema11.properties.ignore.items.properties.entity.properties.key, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/ignore/" + i5 + "/entity", schemaPath: "#/properties/ignore/items/properties/entity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ignore.items.properties.entity.type, parentSchema: schema11.properties.ignore.items.properties.entity, data: data18 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data16.files !== void 0) {
              let data21 = data16.files;
              if (Array.isArray(data21)) {
                if (data21.length < 1) {
                  const err44 = { instancePath: instancePath + "/ignore/" + i5 + "/files", schemaPath: "#/definitions/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                const len5 = data21.length;
                for (let i6 = 0; i6 < len5; i6++) {
                  let data22 = data21[i6];
                  if (typeof data22 === "string") {
                    if (func3(data22) < 1) {
                      const err45 = { instancePath: instancePath + "/ignore/" + i5 + "/files/" + i6, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.items, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/ignore/" + i5 + "/files/" + i6, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.items.type, parentSchema: schema18.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/ignore/" + i5 + "/files", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.type, parentSchema: schema18, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data16.reason !== void 0) {
              let data23 = data16.reason;
              if (typeof data23 === "string") {
                if (func3(data23) < 10) {
                  const err48 = { instancePath: instancePath + "/ignore/" + i5 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema11.properties.ignore.items.properties.reason, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (!pattern2.test(data23)) {
                  const err49 = { instancePath: instancePath + "/ignore/" + i5 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.ignore.items.properties.reason, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/ignore/" + i5 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.properties.reason.type, parentSchema: schema11.properties.ignore.items.properties.reason, data: data23 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data16.expires !== void 0) {
              let data24 = data16.expires;
              if (typeof data24 === "string") {
                if (!pattern3.test(data24)) {
                  const err51 = { instancePath: instancePath + "/ignore/" + i5 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema11.properties.ignore.items.properties.expires, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/ignore/" + i5 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.properties.expires.type, parentSchema: schema11.properties.ignore.items.properties.expires, data: data24 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data16.owner !== void 0) {
              let data25 = data16.owner;
              if (typeof data25 === "string") {
                if (func3(data25) < 1) {
                  const err53 = { instancePath: instancePath + "/ignore/" + i5 + "/owner", schemaPath: "#/properties/ignore/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignore.items.properties.owner, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/ignore/" + i5 + "/owner", schemaPath: "#/properties/ignore/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.properties.owner.type, parentSchema: schema11.properties.ignore.items.properties.owner, data: data25 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ignore.items.type, parentSchema: schema11.properties.ignore.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignore.type, parentSchema: schema11.properties.ignore, data: data15 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  config_schema_validate_default as default,
  validate
};
