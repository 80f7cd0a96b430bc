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
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/a0lint.schema.json", "title": "a0lint configuration (.a0lint.yml)", "description": "Configuration of a0lint, the policy-compliance linter for Auth0 tenant configuration: presets, rule severities and options, per-input overrides, keyword mappings, custom rules and justified ignores. See https://github.com/a0lint/a0lint/blob/main/docs/configuration.md", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Lets editors find this schema." }, "extends": { "description": "Presets to start from. recommended: every built-in rule at its default severity. strict: the same, with notes raised to warnings. Absent means [recommended]; [] starts with every rule off.", "type": "array", "uniqueItems": true, "items": { "enum": ["recommended", "strict"] } }, "rules": { "$ref": "#/definitions/rules" }, "overrides": { "description": "Settings for some inputs only; later entries win. files are globs matched against the input path relative to this file.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files"], "properties": { "files": { "$ref": "#/definitions/globs" }, "rules": { "$ref": "#/definitions/rules" }, "tenantDomain": { "$ref": "#/definitions/tenantDomain" }, "mappings": { "$ref": "#/definitions/mappings" } } } }, "tenantDomain": { "$ref": "#/definitions/tenantDomain" }, "mappings": { "$ref": "#/definitions/mappings" }, "customRules": { "description": "Globs (relative to this file) of YAML files with custom rules; see docs/custom-rules.md.", "$ref": "#/definitions/globs" }, "ignore": { "description": "Accepted findings. Each entry needs a reason; an expired entry stops suppressing and is reported (expired-ignore); an entry that suppresses nothing is reported (unused-ignore).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "entity", "reason"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "The rule id whose findings this entry accepts." }, "entity": { "type": "object", "additionalProperties": false, "required": ["kind", "key"], "properties": { "kind": { "enum": ["resourceServer", "client", "clientGrant", "tenant", "attackProtection", "guardianFactor", "guardianPolicies", "connection", "emailProvider", "emailTemplate", "action", "rule", "hook", "page", "logStream", "eventStream", "customDomain", "networkAcl"] }, "key": { "type": "string", "minLength": 1, "description": "Glob over the entity key: an API's identifier, a client's client_id (else its name), a grant's client|audience|subject_type. * stops at /, ** does not." } } }, "files": { "$ref": "#/definitions/globs", "description": "Only for these inputs (globs relative to this file)." }, "reason": { "type": "string", "minLength": 10, "pattern": "\\S", "description": "Why the finding is accepted (at least 10 characters)." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD (UTC): from this day on the entry no longer suppresses and is reported as expired-ignore." }, "owner": { "type": "string", "minLength": 1, "description": "Who answers for this exception." } } } } }, "definitions": { "severity": { "enum": ["off", "note", "warning", "error"] }, "ruleSetting": { "oneOf": [{ "$ref": "#/definitions/severity" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/severity" }, { "type": "object" }], "additionalItems": false }] }, "rules": { "description": "Rule id \u2192 off | note | warning | error | [severity, { options }].", "type": "object", "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "globs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "tenantDomain": { "type": "string", "pattern": "^[A-Za-z0-9.-]+$", "description": "The tenant's canonical domain, e.g. example.eu.auth0.com (recognises its Management API)." }, "mappings": { "description": "deploy-cli keyword mappings: an object of KEY: value, or the path (relative to this file) of a deploy-cli config.json.", "oneOf": [{ "type": "object" }, { "type": "string", "minLength": 1 }] } } };
var func0 = runtime0.default;
var func3 = runtime1.default;
var schema14 = { "enum": ["off", "note", "warning", "error"] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!(data === "off" || data === "note" || data === "warning" || data === "error")) {
    const err0 = { instancePath, schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (errors === _errs3) {
    if (Array.isArray(data)) {
      if (data.length > 2) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        if (data.length < 1) {
          const err2 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        } else {
          const len0 = data.length;
          if (!(len0 <= 2)) {
            const err3 = { instancePath, schemaPath: "#/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          } else {
            const len1 = data.length;
            if (len1 > 0) {
              let data0 = data[0];
              const _errs5 = errors;
              if (!(data0 === "off" || data0 === "note" || data0 === "warning" || data0 === "error")) {
                const err4 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid2 = _errs5 === errors;
            }
            if (valid2) {
              if (len1 > 1) {
                let data1 = data[1];
                const _errs7 = errors;
                if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
                  const err5 = { instancePath: instancePath + "/1", schemaPath: "#/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid2 = _errs7 === errors;
              }
            }
          }
        }
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
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
    const err7 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
    validate12.errors = vErrors;
    return false;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (!validate12(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData })) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "$schema" || key0 === "extends" || key0 === "rules" || key0 === "overrides" || key0 === "tenantDomain" || key0 === "mappings" || key0 === "customRules" || key0 === "ignore")) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.$schema !== void 0) {
          const _errs2 = errors;
          if (typeof data.$schema !== "string") {
            validate10.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.extends !== void 0) {
            let data1 = data.extends;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs6 = errors;
                  if (!(data2 === "recommended" || data2 === "strict")) {
                    validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.items.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
                if (valid1) {
                  let i1 = data1.length;
                  let j0;
                  if (i1 > 1) {
                    outer0: for (; i1--; ) {
                      for (j0 = i1; j0--; ) {
                        if (func0(data1[i1], data1[j0])) {
                          validate10.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                          return false;
                          break outer0;
                        }
                      }
                    }
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rules !== void 0) {
              const _errs7 = errors;
              if (!validate11(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.overrides !== void 0) {
                let data4 = data.overrides;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data4)) {
                    var valid3 = true;
                    const len1 = data4.length;
                    for (let i2 = 0; i2 < len1; i2++) {
                      let data5 = data4[i2];
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                          let missing0;
                          if (data5.files === void 0 && (missing0 = "files")) {
                            validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                            return false;
                          } else {
                            const _errs12 = errors;
                            for (const key1 in data5) {
                              if (!(key1 === "files" || key1 === "rules" || key1 === "tenantDomain" || key1 === "mappings")) {
                                validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs12 === errors) {
                              if (data5.files !== void 0) {
                                let data6 = data5.files;
                                const _errs13 = errors;
                                const _errs14 = errors;
                                if (errors === _errs14) {
                                  if (Array.isArray(data6)) {
                                    if (data6.length < 1) {
                                      validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/definitions/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                      return false;
                                    } else {
                                      var valid6 = true;
                                      const len2 = data6.length;
                                      for (let i3 = 0; i3 < len2; i3++) {
                                        let data7 = data6[i3];
                                        const _errs16 = errors;
                                        if (errors === _errs16) {
                                          if (typeof data7 === "string") {
                                            if (func3(data7) < 1) {
                                              validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid6 = _errs16 === errors;
                                        if (!valid6) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs13 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data5.rules !== void 0) {
                                  const _errs18 = errors;
                                  if (!validate11(data5.rules, { instancePath: instancePath + "/overrides/" + i2 + "/rules", parentData: data5, parentDataProperty: "rules", rootData })) {
                                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid4 = _errs18 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data5.tenantDomain !== void 0) {
                                    let data9 = data5.tenantDomain;
                                    const _errs19 = errors;
                                    const _errs20 = errors;
                                    if (errors === _errs20) {
                                      if (typeof data9 === "string") {
                                        if (!pattern0.test(data9)) {
                                          validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2 + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+$" }, message: 'must match pattern "^[A-Za-z0-9.-]+$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2 + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid4 = _errs19 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data5.mappings !== void 0) {
                                      let data10 = data5.mappings;
                                      const _errs22 = errors;
                                      const _errs24 = errors;
                                      let valid9 = false;
                                      let passing0 = null;
                                      const _errs25 = errors;
                                      if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
                                        const err0 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err0];
                                        } else {
                                          vErrors.push(err0);
                                        }
                                        errors++;
                                      }
                                      var _valid0 = _errs25 === errors;
                                      if (_valid0) {
                                        valid9 = true;
                                        passing0 = 0;
                                      }
                                      const _errs27 = errors;
                                      if (errors === _errs27) {
                                        if (typeof data10 === "string") {
                                          if (func3(data10) < 1) {
                                            const err1 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                              vErrors = [err1];
                                            } else {
                                              vErrors.push(err1);
                                            }
                                            errors++;
                                          }
                                        } else {
                                          const err2 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                          if (vErrors === null) {
                                            vErrors = [err2];
                                          } else {
                                            vErrors.push(err2);
                                          }
                                          errors++;
                                        }
                                      }
                                      var _valid0 = _errs27 === errors;
                                      if (_valid0 && valid9) {
                                        valid9 = false;
                                        passing0 = [passing0, 1];
                                      } else {
                                        if (_valid0) {
                                          valid9 = true;
                                          passing0 = 1;
                                        }
                                      }
                                      if (!valid9) {
                                        const err3 = { instancePath: instancePath + "/overrides/" + i2 + "/mappings", schemaPath: "#/definitions/mappings/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                        if (vErrors === null) {
                                          vErrors = [err3];
                                        } else {
                                          vErrors.push(err3);
                                        }
                                        errors++;
                                        validate10.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs24;
                                        if (vErrors !== null) {
                                          if (_errs24) {
                                            vErrors.length = _errs24;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid4 = _errs22 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid3 = _errs10 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.tenantDomain !== void 0) {
                  let data11 = data.tenantDomain;
                  const _errs29 = errors;
                  const _errs30 = errors;
                  if (errors === _errs30) {
                    if (typeof data11 === "string") {
                      if (!pattern0.test(data11)) {
                        validate10.errors = [{ instancePath: instancePath + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+$" }, message: 'must match pattern "^[A-Za-z0-9.-]+$"' }];
                        return false;
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/tenantDomain", schemaPath: "#/definitions/tenantDomain/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs29 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.mappings !== void 0) {
                    let data12 = data.mappings;
                    const _errs32 = errors;
                    const _errs34 = errors;
                    let valid12 = false;
                    let passing1 = null;
                    const _errs35 = errors;
                    if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
                      const err4 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                    var _valid1 = _errs35 === errors;
                    if (_valid1) {
                      valid12 = true;
                      passing1 = 0;
                    }
                    const _errs37 = errors;
                    if (errors === _errs37) {
                      if (typeof data12 === "string") {
                        if (func3(data12) < 1) {
                          const err5 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                        }
                      } else {
                        const err6 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err6];
                        } else {
                          vErrors.push(err6);
                        }
                        errors++;
                      }
                    }
                    var _valid1 = _errs37 === errors;
                    if (_valid1 && valid12) {
                      valid12 = false;
                      passing1 = [passing1, 1];
                    } else {
                      if (_valid1) {
                        valid12 = true;
                        passing1 = 1;
                      }
                    }
                    if (!valid12) {
                      const err7 = { instancePath: instancePath + "/mappings", schemaPath: "#/definitions/mappings/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                      validate10.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs34;
                      if (vErrors !== null) {
                        if (_errs34) {
                          vErrors.length = _errs34;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs32 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.customRules !== void 0) {
                      let data13 = data.customRules;
                      const _errs39 = errors;
                      const _errs40 = errors;
                      if (errors === _errs40) {
                        if (Array.isArray(data13)) {
                          if (data13.length < 1) {
                            validate10.errors = [{ instancePath: instancePath + "/customRules", schemaPath: "#/definitions/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                            return false;
                          } else {
                            var valid14 = true;
                            const len3 = data13.length;
                            for (let i4 = 0; i4 < len3; i4++) {
                              let data14 = data13[i4];
                              const _errs42 = errors;
                              if (errors === _errs42) {
                                if (typeof data14 === "string") {
                                  if (func3(data14) < 1) {
                                    validate10.errors = [{ instancePath: instancePath + "/customRules/" + i4, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/customRules/" + i4, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid14 = _errs42 === errors;
                              if (!valid14) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/customRules", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs39 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.ignore !== void 0) {
                        let data15 = data.ignore;
                        const _errs44 = errors;
                        if (errors === _errs44) {
                          if (Array.isArray(data15)) {
                            var valid15 = true;
                            const len4 = data15.length;
                            for (let i5 = 0; i5 < len4; i5++) {
                              let data16 = data15[i5];
                              const _errs46 = errors;
                              if (errors === _errs46) {
                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                  let missing1;
                                  if (data16.rule === void 0 && (missing1 = "rule") || data16.entity === void 0 && (missing1 = "entity") || data16.reason === void 0 && (missing1 = "reason")) {
                                    validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                  } else {
                                    const _errs48 = errors;
                                    for (const key2 in data16) {
                                      if (!(key2 === "rule" || key2 === "entity" || key2 === "files" || key2 === "reason" || key2 === "expires" || key2 === "owner")) {
                                        validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs48 === errors) {
                                      if (data16.rule !== void 0) {
                                        let data17 = data16.rule;
                                        const _errs49 = errors;
                                        if (errors === _errs49) {
                                          if (typeof data17 === "string") {
                                            if (func3(data17) < 1) {
                                              validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid16 = _errs49 === errors;
                                      } else {
                                        var valid16 = true;
                                      }
                                      if (valid16) {
                                        if (data16.entity !== void 0) {
                                          let data18 = data16.entity;
                                          const _errs51 = errors;
                                          if (errors === _errs51) {
                                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                              let missing2;
                                              if (data18.kind === void 0 && (missing2 = "kind") || data18.key === void 0 && (missing2 = "key")) {
                                                validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/entity", schemaPath: "#/properties/ignore/items/properties/entity/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                return false;
                                              } else {
                                                const _errs53 = errors;
                                                for (const key3 in data18) {
                                                  if (!(key3 === "kind" || key3 === "key")) {
                                                    validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/entity", schemaPath: "#/properties/ignore/items/properties/entity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs53 === errors) {
                                                  if (data18.kind !== void 0) {
                                                    let data19 = data18.kind;
                                                    const _errs54 = errors;
                                                    if (!(data19 === "resourceServer" || data19 === "client" || data19 === "clientGrant" || data19 === "tenant" || data19 === "attackProtection" || data19 === "guardianFactor" || data19 === "guardianPolicies" || data19 === "connection" || data19 === "emailProvider" || data19 === "emailTemplate" || data19 === "action" || data19 === "rule" || data19 === "hook" || data19 === "page" || data19 === "logStream" || data19 === "eventStream" || data19 === "customDomain" || data19 === "networkAcl")) {
                                                      validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/entity/kind", schemaPath: "#/properties/ignore/items/properties/entity/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.ignore.items.properties.entity.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                                      return false;
                                                    }
                                                    var valid17 = _errs54 === errors;
                                                  } else {
                                                    var valid17 = true;
                                                  }
                                                  if (valid17) {
                                                    if (data18.key !== void 0) {
                                                      let data20 = data18.key;
                                                      const _errs55 = errors;
                                                      if (errors === _errs55) {
                                                        if (typeof data20 === "string") {
                                                          if (func3(data20) < 1) {
                                                            validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/entity/key", schemaPath: "#/properties/ignore/items/properties/entity/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/entity/key", schemaPath: "#/properties/ignore/items/properties/entity/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid17 = _errs55 === errors;
                                                    } else {
                                                      var valid17 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/entity", schemaPath: "#/properties/ignore/items/properties/entity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid16 = _errs51 === errors;
                                        } else {
                                          var valid16 = true;
                                        }
                                        if (valid16) {
                                          if (data16.files !== void 0) {
                                            let data21 = data16.files;
                                            const _errs57 = errors;
                                            const _errs58 = errors;
                                            if (errors === _errs58) {
                                              if (Array.isArray(data21)) {
                                                if (data21.length < 1) {
                                                  validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/files", schemaPath: "#/definitions/globs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                  return false;
                                                } else {
                                                  var valid19 = true;
                                                  const len5 = data21.length;
                                                  for (let i6 = 0; i6 < len5; i6++) {
                                                    let data22 = data21[i6];
                                                    const _errs60 = errors;
                                                    if (errors === _errs60) {
                                                      if (typeof data22 === "string") {
                                                        if (func3(data22) < 1) {
                                                          validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/files/" + i6, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/files/" + i6, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid19 = _errs60 === errors;
                                                    if (!valid19) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/files", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid16 = _errs57 === errors;
                                          } else {
                                            var valid16 = true;
                                          }
                                          if (valid16) {
                                            if (data16.reason !== void 0) {
                                              let data23 = data16.reason;
                                              const _errs62 = errors;
                                              if (errors === _errs62) {
                                                if (typeof data23 === "string") {
                                                  if (func3(data23) < 10) {
                                                    validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" }];
                                                    return false;
                                                  } else {
                                                    if (!pattern2.test(data23)) {
                                                      validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid16 = _errs62 === errors;
                                            } else {
                                              var valid16 = true;
                                            }
                                            if (valid16) {
                                              if (data16.expires !== void 0) {
                                                let data24 = data16.expires;
                                                const _errs64 = errors;
                                                if (errors === _errs64) {
                                                  if (typeof data24 === "string") {
                                                    if (!pattern3.test(data24)) {
                                                      validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid16 = _errs64 === errors;
                                              } else {
                                                var valid16 = true;
                                              }
                                              if (valid16) {
                                                if (data16.owner !== void 0) {
                                                  let data25 = data16.owner;
                                                  const _errs66 = errors;
                                                  if (errors === _errs66) {
                                                    if (typeof data25 === "string") {
                                                      if (func3(data25) < 1) {
                                                        validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/owner", schemaPath: "#/properties/ignore/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5 + "/owner", schemaPath: "#/properties/ignore/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid16 = _errs66 === errors;
                                                } else {
                                                  var valid16 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid15 = _errs46 === errors;
                              if (!valid15) {
                                break;
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs44 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  config_schema_validate_default as default,
  validate
};
