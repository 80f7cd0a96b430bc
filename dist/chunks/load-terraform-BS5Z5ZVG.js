import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  TF_JSON_NOT_READ,
  displayPath,
  readTextFile,
  systemErrorWords
} from "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import {
  ComputedAttribute,
  Unknown,
  firstUnknown,
  isRecord,
  toLoadedInput,
  unknown
} from "./chunk-D4HCBFZ6.js";
import "./chunk-TD6S3IHV.js";
import {
  LineIndex,
  narrowTo
} from "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import {
  InputError,
  joinPointer
} from "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";

// src/terraform/load-terraform.ts
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import path from "node:path";

// src/terraform/functions.ts
var FUNCTIONS = {
  tolist: ([value]) => Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : void 0,
  // Terraform orders a set of strings lexically; for_each and dynamic blocks over it follow that order.
  toset: ([value]) => Array.isArray(value) ? sortedIfStrings([...new Set(value)]) : void 0,
  tomap: ([value]) => isRecord(value) ? value : void 0,
  tostring: ([value]) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : void 0,
  concat: (args) => args.every(Array.isArray) ? args.flat() : void 0,
  flatten: ([value]) => Array.isArray(value) ? flatten(value) : void 0,
  distinct: ([value]) => Array.isArray(value) ? [...new Set(value)] : void 0,
  compact: ([value]) => Array.isArray(value) ? value.filter((item) => item !== null && item !== "") : void 0,
  merge: (args) => args.every((arg) => arg === null || isRecord(arg)) ? Object.assign({}, ...args) : void 0,
  keys: ([value]) => isRecord(value) ? Object.keys(value).sort() : void 0,
  values: ([value]) => isRecord(value) ? Object.keys(value).sort().map((key) => value[key]) : void 0,
  length: ([value]) => Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : typeof value === "string" ? [...value].length : void 0,
  lookup: ([map, key, fallback]) => isRecord(map) && typeof key === "string" ? Object.hasOwn(map, key) ? map[key] : fallback : void 0,
  contains: ([list, value]) => Array.isArray(list) ? list.includes(value) : void 0,
  coalesce: (args) => args.find((arg) => arg !== null && arg !== ""),
  trimspace: ([value]) => typeof value === "string" ? value.trim() : void 0,
  lower: ([value]) => typeof value === "string" ? value.toLowerCase() : void 0,
  upper: ([value]) => typeof value === "string" ? value.toUpperCase() : void 0,
  trimprefix: ([value, prefix]) => typeof value === "string" && typeof prefix === "string" ? value.startsWith(prefix) ? value.slice(prefix.length) : value : void 0,
  trimsuffix: ([value, suffix]) => typeof value === "string" && typeof suffix === "string" ? suffix !== "" && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value : void 0,
  join: ([separator, list]) => typeof separator === "string" && Array.isArray(list) && list.every((item) => typeof item === "string") ? list.join(separator) : void 0,
  // Sensitivity is a plan-time marking; the value is the same.
  sensitive: ([value]) => value,
  nonsensitive: ([value]) => value,
  format: ([spec, ...args]) => typeof spec === "string" ? format(spec, args) : void 0,
  // A `/pattern/` substring is a regular expression in Terraform's RE2 syntax, which a0lint does not evaluate.
  replace: ([value, search, replacement]) => typeof value === "string" && typeof search === "string" && typeof replacement === "string" && !/^\/.*\/$/.test(search) ? value.split(search).join(replacement) : void 0,
  jsonencode: ([value]) => {
    const text = JSON.stringify(sortedKeys(value));
    return text?.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  }
};
function format(spec, args) {
  let next = 0;
  let refused = false;
  const text = spec.replace(/%(.)/g, (whole, verb) => {
    if (verb === "%") return "%";
    const arg = args[next++];
    if ((verb === "s" || verb === "v") && (typeof arg === "string" || typeof arg === "number" || typeof arg === "boolean")) return String(arg);
    if (verb === "d" && typeof arg === "number" && Number.isInteger(arg)) return String(arg);
    refused = true;
    return whole;
  });
  return refused || next !== args.length ? void 0 : text;
}
function sortedKeys(value) {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((key) => [key, sortedKeys(value[key])])
  );
}
function sortedIfStrings(list) {
  return list.every((item) => typeof item === "string") ? list.sort() : list;
}
function flatten(list) {
  return list.flatMap((item) => Array.isArray(item) ? flatten(item) : [item]);
}
function callFunction(name, args, expression) {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : void 0;
  if (!fn) return unknown(expression, `the function ${name}(), which a0lint does not evaluate`);
  const hidden = firstUnknown(args);
  if (hidden) return new Unknown(`\${${expression}}`, hidden.cause, hidden.why);
  const result = fn(args);
  return result === void 0 ? unknown(expression, `${name}() with arguments a0lint does not evaluate`) : result;
}

// src/terraform/evaluate.ts
var Namespace = class {
  constructor(get) {
    this.get = get;
  }
};
function evaluate(node, scope, source) {
  return new Evaluator(scope, source).expression(node);
}
var Evaluator = class _Evaluator {
  constructor(scope, source) {
    this.scope = scope;
    this.source = source;
  }
  expression(node) {
    if (node.type !== "expression") return this.term(node);
    return this.chain(node.namedChildren, node);
  }
  /** A term and the attribute, index and splat steps after it (the grammar gives them as siblings). */
  chain(parts, whole) {
    if (parts.length === 0) return unknown(whole.text, "an expression a0lint could not read");
    let value = this.term(parts[0]);
    for (const step of parts.slice(1)) {
      const text = this.source.slice(parts[0].startIndex, step.endIndex);
      if (step.type === "get_attr") value = getAttr(value, step.firstNamedChild.text, text);
      else if (step.type === "index") value = this.index(value, step, text);
      else if (step.type === "splat") value = this.splat(value, step, text);
      else return unknown(whole.text, "an expression a0lint does not evaluate");
    }
    return value;
  }
  term(node) {
    switch (node.type) {
      case "expression":
        return this.expression(node);
      case "literal_value":
        return this.literal(node.firstNamedChild);
      case "template_expr":
        return this.template(node.firstNamedChild);
      case "collection_value":
        return this.collection(node.firstNamedChild);
      case "variable_expr": {
        const name = node.text;
        const value = this.scope.root(name);
        return value === void 0 ? unknown(name, `the name ${name}, which a0lint does not know`) : value;
      }
      case "function_call":
        return this.call(node);
      case "conditional":
        return this.conditional(node);
      case "operation":
        return this.operation(node.firstNamedChild);
      case "for_expr":
        return this.forExpression(node.firstNamedChild);
      default:
        return unknown(node.text, "an expression a0lint does not evaluate");
    }
  }
  literal(node) {
    switch (node.type) {
      case "numeric_lit":
        return Number(node.text);
      case "bool_lit":
        return node.text === "true";
      case "null_lit":
        return null;
      case "string_lit":
        return this.template(node);
      default:
        return unknown(node.text, "a literal a0lint does not read");
    }
  }
  /** Quoted strings and heredocs: literal text (escapes decoded) with each interpolation's value in place. */
  template(node) {
    const heredoc = node.type === "heredoc_template";
    const parts = node.namedChildren;
    const opening = parts[heredoc ? 1 : 0];
    const closing = parts[parts.length - 1];
    if (!opening || !closing || closing === opening) return "";
    let start = opening.endIndex;
    const end = closing.startIndex;
    const pieces = [];
    for (const part of parts) {
      if (part.type !== "template_interpolation" && part.type !== "template_directive") continue;
      pieces.push(this.source.slice(start, part.startIndex));
      if (part.type === "template_directive") pieces.push(unknown(part.text.replace(/^%\{|\}$/g, ""), "a template directive a0lint does not evaluate"));
      else {
        const inner = part.namedChildOfType("expression");
        pieces.push(inner ? this.expression(inner) : "");
      }
      start = part.endIndex;
    }
    pieces.push(this.source.slice(start, end));
    return joinTemplate(pieces, heredoc ? node.children[0]?.text === "<<-" : void 0);
  }
  collection(node) {
    if (node.type === "tuple") return node.namedChildren.filter((child) => child?.type === "expression").map((child) => this.expression(child));
    const result = {};
    for (const element of node.namedChildren) {
      if (element?.type !== "object_elem") continue;
      const keyNode = element.childForFieldName("key");
      const valueNode = element.childForFieldName("val");
      const key = isBareName(keyNode) ? keyNode.text : this.expression(keyNode);
      if (typeof key !== "string" && typeof key !== "number") return unknown(node.text, "an object whose keys a0lint cannot know");
      result[String(key)] = this.expression(valueNode);
    }
    return result;
  }
  call(node) {
    const name = node.firstNamedChild.text;
    const argsNode = node.namedChildOfType("function_arguments");
    const args = argsNode ? argsNode.namedChildren.filter((child) => child?.type === "expression").map((child) => this.expression(child)) : [];
    if (argsNode?.children.some((child) => child?.type === "ellipsis")) return unknown(node.text, "an expanded function argument");
    return callFunction(name, args, node.text);
  }
  conditional(node) {
    const [condition, whenTrue, whenFalse] = node.namedChildren.filter((child) => child?.type === "expression");
    if (!condition || !whenTrue || !whenFalse) return unknown(node.text, "a conditional a0lint could not read");
    const test = this.expression(condition);
    if (typeof test === "boolean") return this.expression(test ? whenTrue : whenFalse);
    return test instanceof Unknown ? new Unknown(`\${${node.text}}`, test.cause, test.why) : unknown(node.text, "a condition that is not true or false");
  }
  operation(node) {
    const children = node.children.filter((child) => child !== null);
    const at = children.findIndex((child) => !child.isNamed && child.type !== "(" && child.type !== ")");
    const operator = children[at]?.text;
    const named = (list) => list.filter((child) => child.isNamed);
    const operands = node.type === "unary_operation" ? [this.chain(named(children.slice(at + 1)), node)] : [this.chain(named(children.slice(0, at)), node), this.chain(named(children.slice(at + 1)), node)];
    const hidden = firstUnknown(operands);
    if (hidden) return new Unknown(`\${${node.text}}`, hidden.cause, hidden.why);
    const [a, b] = operands;
    if (node.type === "unary_operation") {
      if (operator === "!" && typeof a === "boolean") return !a;
      if (operator === "-" && typeof a === "number") return -a;
    } else {
      switch (operator) {
        case "==":
          return JSON.stringify(a) === JSON.stringify(b);
        case "!=":
          return JSON.stringify(a) !== JSON.stringify(b);
        case "&&":
          if (typeof a === "boolean" && typeof b === "boolean") return a && b;
          break;
        case "||":
          if (typeof a === "boolean" && typeof b === "boolean") return a || b;
          break;
        case "+":
          if (typeof a === "number" && typeof b === "number") return a + b;
          break;
        case "-":
          if (typeof a === "number" && typeof b === "number") return a - b;
          break;
        case "*":
          if (typeof a === "number" && typeof b === "number") return a * b;
          break;
        // Terraform refuses division by zero; a0lint leaves it unknown rather than guess.
        case "/":
          if (typeof a === "number" && typeof b === "number" && b !== 0) return a / b;
          break;
        case "%":
          if (typeof a === "number" && typeof b === "number" && b !== 0) return a % b;
          break;
        case ">":
        case ">=":
        case "<":
        case "<=":
          if (typeof a === "number" && typeof b === "number") return operator === ">" ? a > b : operator === ">=" ? a >= b : operator === "<" ? a < b : a <= b;
          break;
      }
    }
    return unknown(node.text, "an operation a0lint does not evaluate");
  }
  forExpression(node) {
    const intro = node.namedChildren.find((child) => child?.type === "for_intro");
    const bodies = node.namedChildren.filter((child) => child?.type === "expression");
    const condition = node.namedChildren.find((child) => child?.type === "for_cond")?.namedChildren.find((child) => child?.type === "expression");
    if (!intro || bodies.length === 0 || node.children.some((child) => child?.type === "ellipsis"))
      return unknown(node.text, "a for expression a0lint does not evaluate");
    const names = intro.namedChildren.filter((child) => child?.type === "identifier").map((child) => child.text);
    const collectionNode = intro.namedChildren.find((child) => child?.type === "expression");
    const collection = this.expression(collectionNode);
    if (collection instanceof Unknown) return new Unknown(`\${${node.text}}`, collection.cause, collection.why);
    const entries = Array.isArray(collection) ? collection.map((item, index) => [index, item]) : isRecord(collection) ? Object.keys(collection).sort().map((key) => [key, collection[key]]) : [];
    if (!Array.isArray(collection) && !isRecord(collection)) return unknown(node.text, "a for expression over a value that is no collection");
    const tuple = node.type === "for_tuple_expr";
    const list = [];
    const object = {};
    for (const [key, value] of entries) {
      const bindings = names.length === 2 ? { [names[0]]: key, [names[1]]: value } : { [names[0]]: value };
      const inner = new _Evaluator(this.scope.with(bindings), this.source);
      if (condition) {
        const keep = inner.expression(condition);
        if (keep instanceof Unknown) return new Unknown(`\${${node.text}}`, keep.cause, keep.why);
        if (keep !== true) continue;
      }
      if (tuple) list.push(inner.expression(bodies[0]));
      else {
        const objectKey = inner.expression(bodies[0]);
        if (typeof objectKey !== "string") return unknown(node.text, "a for expression whose keys a0lint cannot know");
        object[objectKey] = inner.expression(bodies[1]);
      }
    }
    return tuple ? list : object;
  }
  index(value, node, text) {
    const inner = node.namedChildren[0];
    const key = inner.type === "legacy_index" ? Number(inner.text.slice(1)) : this.expression(inner.namedChildren[0]);
    if (value instanceof Unknown) return new Unknown(`\${${text}}`, value.cause, value.why);
    if (key instanceof Unknown) return new Unknown(`\${${text}}`, key.cause, key.why);
    if (Array.isArray(value) && typeof key === "number" && Number.isInteger(key) && key >= 0 && key < value.length) return value[key];
    if (isRecord(value) && (typeof key === "string" || typeof key === "number") && Object.hasOwn(value, String(key))) return value[String(key)];
    return unknown(text, "an index that selects nothing a0lint knows");
  }
  splat(value, node, text) {
    if (value instanceof Unknown) return new Unknown(`\${${text}}`, value.cause, value.why);
    const list = Array.isArray(value) ? value : value === null ? [] : [value];
    const steps = node.namedChildren[0]?.namedChildren ?? [];
    return list.map((item) => {
      let current = item;
      for (const step of steps) {
        if (step?.type === "get_attr") current = getAttr(current, step.namedChildren[0].text, text);
        else if (step) current = this.index(current, step, text);
      }
      return current;
    });
  }
};
function getAttr(value, name, text) {
  if (value instanceof Namespace) return value.get(name, text);
  if (value instanceof Unknown) return new Unknown(`\${${text}}`, value.cause, value.why);
  if (isRecord(value) && Object.hasOwn(value, name)) return value[name];
  return unknown(text, "an attribute a0lint does not know");
}
function isBareName(node) {
  const only = node.namedChildren.length === 1 ? node.namedChildren[0] : void 0;
  return only?.type === "variable_expr";
}
function joinTemplate(pieces, indented) {
  let text = "";
  let firstUnknownPart;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (i % 2 === 0) text += indented === void 0 ? decodeQuoted(piece) : decodeHeredoc(piece);
    else if (piece instanceof Unknown) {
      firstUnknownPart ??= piece;
      text += piece.text;
    } else if (typeof piece === "string" || typeof piece === "number" || typeof piece === "boolean") text += String(piece);
    else if (piece !== null) {
      firstUnknownPart ??= unknown("\u2026", "a value that is no string in a template");
      text += "${\u2026}";
    }
  }
  if (indented !== void 0) text = heredocBody(text, indented);
  if (pieces.length === 1 && indented === void 0) return text;
  return firstUnknownPart ? new Unknown(text, firstUnknownPart.cause, firstUnknownPart.why) : text;
}
var QUOTED_ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|\$\$\{|%%\{/g;
var SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function decodeQuoted(raw) {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return raw;
  return raw.replace(QUOTED_ESCAPE, (match, u4, u8, simple) => {
    if (match === "$${") return "${";
    if (match === "%%{") return "%{";
    if (u4 ?? u8) return String.fromCodePoint(Number.parseInt(u4 ?? u8, 16));
    return SIMPLE_ESCAPES[simple] ?? match;
  });
}
function decodeHeredoc(raw) {
  return raw.replaceAll("$${", "${").replaceAll("%%{", "%{");
}
function heredocBody(text, indented) {
  const body = text.replace(/^\r?\n/, "").replace(/[ \t]*$/, "");
  if (!indented) return body;
  const lines = body.split("\n");
  const widths = lines.filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)[0].length);
  const strip = widths.length > 0 ? Math.min(...widths) : 0;
  return lines.map((line) => line.slice(Math.min(strip, /^[ \t]*/.exec(line)[0].length))).join("\n");
}

// src/terraform/module.ts
var RESOURCE_TYPE = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;
var DATA_FROM_AUTH0 = "a data source Terraform reads from Auth0 during plan";
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
function declarations(source) {
  const result = { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map(), modules: /* @__PURE__ */ new Map() };
  for (const file of source.files) {
    for (const block of topBlocks(file.root)) {
      const kind = block.firstNamedChild.text;
      const labels = blockLabels(block);
      const place = { file, node: block };
      if (kind === "variable" && labels[0]) result.variables.set(labels[0], place);
      else if (kind === "output" && labels[0]) result.outputs.set(labels[0], place);
      else if (kind === "module" && labels[0]) result.modules.set(labels[0], place);
      else if (kind === "locals") for (const attribute of bodyItems(block, "attribute")) result.locals.set(attributeName(attribute), { file, node: attribute });
      else if ((kind === "resource" || kind === "data") && labels[0] && labels[1]) {
        const mode = kind === "resource" ? "managed" : "data";
        result.resources.set(`${kind === "data" ? "data." : ""}${labels[0]}.${labels[1]}`, { mode, type: labels[0], name: labels[1], block: place });
      }
    }
  }
  return result;
}
var ModuleInstance = class _ModuleInstance {
  constructor(source, prefix, keyPath, inputs, resolve) {
    this.source = source;
    this.prefix = prefix;
    this.keyPath = keyPath;
    this.inputs = inputs;
    this.resolve = resolve;
    this.decl = declarations(source);
  }
  decl;
  memo = /* @__PURE__ */ new Map();
  instancesMemo = /* @__PURE__ */ new Map();
  resourceValueMemo = /* @__PURE__ */ new Map();
  childMemo = /* @__PURE__ */ new Map();
  /** Child module blocks that could not be read (a registry module before `terraform init`). */
  unreadModules = [];
  /** The tenant domain from the root module's auth0 provider, shared by every module instance. */
  tenantDomain = () => void 0;
  scope = this.scopeWith({});
  scopeWith(bindings) {
    return {
      root: (name) => Object.hasOwn(bindings, name) ? bindings[name] : this.root(name),
      with: (more) => this.scopeWith({ ...bindings, ...more })
    };
  }
  root(name) {
    switch (name) {
      case "var":
        return new Namespace((variable, text) => this.variable(variable, text));
      case "local":
        return new Namespace((local, text) => this.local(local, text));
      case "module":
        return new Namespace((child, text) => this.moduleValue(child, text));
      case "data":
        return new Namespace((type) => new Namespace((label, text) => this.resourceValue(`data.${type}.${label}`, text)));
      case "path":
        return new Namespace((what, text) => unknown(text, "a path on the machine that runs Terraform"));
      case "terraform":
        return new Namespace((what, text) => unknown(text, "the Terraform workspace"));
      default:
        return this.resourceTypes().has(name) || RESOURCE_TYPE.test(name) ? new Namespace((label, text) => this.resourceValue(`${name}.${label}`, text)) : void 0;
    }
  }
  typesMemo;
  resourceTypes() {
    this.typesMemo ??= new Set([...this.decl.resources.values()].filter((r) => r.mode === "managed").map((r) => r.type));
    return this.typesMemo;
  }
  once(key, text, compute) {
    if (this.memo.has(key)) {
      const value2 = this.memo.get(key);
      return value2 === IN_PROGRESS ? unknown(text, "a reference cycle") : value2;
    }
    this.memo.set(key, IN_PROGRESS);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
  variable(name, text) {
    return this.once(`var.${name}`, text, () => {
      const input = this.inputs.get(name);
      if (input) return input();
      const fromFile = this.source.tfvars?.get(name);
      if (fromFile) return fromFile.value;
      const declared = this.decl.variables.get(name);
      if (!declared) return unknown(text, "a variable the module does not declare");
      const fallback = bodyItems(declared.node, "attribute").find((attribute) => attributeName(attribute) === "default");
      if (!fallback) return unknown(text, "a variable without a default");
      return this.evaluateIn(attributeValue(fallback), declared.file, this.scope);
    });
  }
  local(name, text) {
    return this.once(`local.${name}`, text, () => {
      const declared = this.decl.locals.get(name);
      return declared ? this.evaluateIn(attributeValue(declared.node), declared.file, this.scope) : unknown(text, "a local value the module does not declare");
    });
  }
  evaluateIn(node, file, scope) {
    return evaluate(node, scope, file.text);
  }
  moduleValue(name, text) {
    const children = this.childModules(name);
    if (children instanceof Unknown) return new Unknown(`\${${text}}`, children.cause, children.why);
    const outputs = (module) => new Namespace((output, outputText) => module.output(output, outputText));
    if (children.length === 1 && children[0].key === void 0) return outputs(children[0].module);
    if (children.every((child) => typeof child.key === "number")) return children.map((child) => outputs(child.module));
    return Object.fromEntries(children.map((child) => [String(child.key), outputs(child.module)]));
  }
  output(name, text) {
    return this.once(`output.${name}`, text, () => {
      const declared = this.decl.outputs.get(name);
      const value = declared && bodyItems(declared.node, "attribute").find((attribute) => attributeName(attribute) === "value");
      return value ? this.evaluateIn(attributeValue(value), declared.file, this.scope) : unknown(text, "an output the module does not declare");
    });
  }
  resourceValue(key, text) {
    const declared = this.decl.resources.get(key);
    if (!declared) return unknown(text, key.startsWith("data.") ? "a data source the module does not declare" : "a resource the module does not declare");
    const instances = this.instances(key);
    if (instances instanceof Unknown) return new Unknown(`\${${text}}`, instances.cause, instances.why);
    const known = this.resourceValueMemo.get(key);
    if (known) return known;
    const attributes = (instance) => new Namespace((attribute, attributeText) => instance.attribute(attribute, attributeText));
    const expansion = expansionOf(declared.block.node);
    const value = !expansion ? attributes(instances[0]) : expansion.kind === "count" ? instances.map((instance) => attributes(instance)) : Object.fromEntries(instances.map((instance) => [instance.key, attributes(instance)]));
    this.resourceValueMemo.set(key, value);
    return value;
  }
  /** Every resource and data instance of this module and its children, in file order. */
  allInstances() {
    const result = [];
    for (const key of this.decl.resources.keys()) {
      const instances = this.instances(key);
      if (!(instances instanceof Unknown)) result.push(...instances);
    }
    for (const name of this.decl.modules.keys()) {
      const children = this.childModules(name);
      if (!(children instanceof Unknown)) for (const child of children) result.push(...child.module.allInstances());
    }
    return result;
  }
  /** Module blocks anywhere below this one that could not be read. */
  allUnreadModules() {
    for (const name of this.decl.modules.keys()) this.childModules(name);
    const result = [...this.unreadModules];
    for (const name of this.decl.modules.keys()) {
      const children = this.childModules(name);
      if (!(children instanceof Unknown)) for (const child of children) result.push(...child.module.allUnreadModules());
    }
    return result;
  }
  instances(key) {
    const known = this.instancesMemo.get(key);
    if (known) return known;
    const declared = this.decl.resources.get(key);
    const address = `${this.prefix}${declared.mode === "data" ? "data." : ""}${declared.type}.${declared.name}`;
    const made = this.expand(
      declared.block,
      address,
      (instanceAddress, bindings, instanceKey) => new InstanceImpl(this, declared.mode, declared.type, declared.name, instanceAddress, declared.block, this.scopeWith(bindings), instanceKey)
    );
    this.instancesMemo.set(key, made);
    return made;
  }
  childModules(name) {
    const known = this.childMemo.get(name);
    if (known) return known;
    const block = this.decl.modules.get(name);
    const sourceAttribute = bodyItems(block.node, "attribute").find((attribute) => attributeName(attribute) === "source");
    const call = {
      name,
      source: sourceAttribute ? this.evaluateIn(attributeValue(sourceAttribute), block.file, this.scope) : void 0,
      block
    };
    const childSource = this.resolve(this.source, call, [...this.keyPath, name]);
    if (!childSource) {
      const made2 = unknown(`module.${name}`, "a module a0lint could not read");
      this.childMemo.set(name, made2);
      this.unreadModules.push({ call, reason: typeof call.source === "string" ? call.source : "a source a0lint cannot know" });
      return made2;
    }
    const made = this.expand(block, `${this.prefix}module.${name}`, (address, bindings, key) => {
      const scope = this.scopeWith(bindings);
      const inputs = /* @__PURE__ */ new Map();
      for (const attribute of bodyItems(block.node, "attribute")) {
        const input = attributeName(attribute);
        if (input === "source" || input === "version" || META_ARGUMENTS.has(input)) continue;
        inputs.set(input, () => this.evaluateIn(attributeValue(attribute), block.file, scope));
      }
      const module = new _ModuleInstance(childSource, `${address}.`, [...this.keyPath, name], inputs, this.resolve);
      module.tenantDomain = this.tenantDomain;
      return { key, module };
    });
    this.childMemo.set(name, made);
    return made;
  }
  /**
   * One item per instance a block's `count` or `for_each` makes. When their value is unknown, one instance stands
   * for all of them, with `count.index` / `each` unknown: its settings are still checked.
   */
  expand(block, address, make) {
    const expansion = expansionOf(block.node);
    if (!expansion) return [make(address, {}, void 0)];
    const value = this.evaluateIn(expansion.node, block.file, this.scope);
    if (expansion.kind === "count") {
      if (value instanceof Unknown) return [make(`${address}[*]`, { count: { index: value } }, void 0)];
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) return unknown(expansion.node.text, "a count that is no whole number");
      return Array.from({ length: value }, (_, index) => make(`${address}[${index}]`, { count: { index } }, index));
    }
    if (value instanceof Unknown) return [make(`${address}[*]`, { each: { key: value, value } }, void 0)];
    const entries = Array.isArray(value) ? value.filter((item) => typeof item === "string").map((item) => [item, item]) : isRecord(value) ? Object.keys(value).sort().map((key) => [key, value[key]]) : [];
    if (!Array.isArray(value) && !isRecord(value)) return unknown(expansion.node.text, "a for_each that is no map or set");
    return entries.map(([key, item]) => make(`${address}[${JSON.stringify(key)}]`, { each: { key, value: item } }, key));
  }
};
var IN_PROGRESS = Symbol("in progress");
var InstanceImpl = class {
  constructor(module, mode, type, name, address, block, scope, key) {
    this.module = module;
    this.mode = mode;
    this.type = type;
    this.name = name;
    this.address = address;
    this.block = block;
    this.scope = scope;
    this.key = key;
    this.file = block.file;
  }
  /** Where each value is written: recorded only for instances a finding or note points into (most are never asked). */
  places;
  attributeMemo = /* @__PURE__ */ new Map();
  file;
  /** One attribute for a reference, evaluated alone (a full evaluation could loop through the reference). */
  attribute(name, text) {
    if (this.attributeMemo.has(name)) {
      const value2 = this.attributeMemo.get(name);
      return value2 === IN_PROGRESS ? unknown(text, "a reference cycle") : value2;
    }
    this.attributeMemo.set(name, IN_PROGRESS);
    const written = bodyItems(this.block.node, "attribute").find((attribute) => attributeName(attribute) === name);
    let value;
    if (written) value = this.module.evaluateIn(attributeValue(written), this.file, this.scope);
    else if (bodyItems(this.block.node, "block").some((block) => blockType(block) === name || blockType(block) === "dynamic" && blockLabels(block)[0] === name)) {
      value = this.values()[name];
    } else if (this.mode === "data" && this.type === "auth0_tenant" && name === "management_api_identifier") {
      const domain = this.module.tenantDomain();
      value = domain ? `https://${domain}/api/v2/` : new Unknown(`https://\${${text.replace(/management_api_identifier$/, "domain")}}/api/v2/`, text, DATA_FROM_AUTH0);
    } else if (this.mode === "data") value = unknown(text, this.type.startsWith("auth0_") ? DATA_FROM_AUTH0 : "a data source Terraform reads during plan");
    else value = new ComputedAttribute(text, this.address, this.type, name);
    this.attributeMemo.set(name, value);
    return value;
  }
  /**
   * Evaluated anew on each call, not kept: the model keeps its own copy of what it reads (a grant's or client's
   * values, once converted, are garbage), and the loader asks once per resource.
   */
  values() {
    return this.body(this.block.node, this.scope, "", void 0);
  }
  place(pointer) {
    if (!this.places) {
      const places = /* @__PURE__ */ new Map([["", this.block]]);
      this.body(this.block.node, this.scope, "", places);
      this.places = places;
    }
    for (let at = pointer; ; at = at.slice(0, at.lastIndexOf("/"))) {
      const found = this.places.get(at);
      if (found) return found;
      if (at === "") return this.block;
    }
  }
  /** A block body in Terraform's JSON shape: attributes as values, nested blocks as lists of objects. */
  body(block, scope, pointer, places) {
    const values = {};
    for (const item of bodyItems(block)) {
      if (item.type === "attribute") {
        const name = attributeName(item);
        if (pointer === "" && META_ARGUMENTS.has(name)) continue;
        const expression = attributeValue(item);
        values[name] = this.module.evaluateIn(expression, this.file, scope);
        if (places) {
          const at2 = joinPointer(pointer, name);
          places.set(at2, { file: this.file, node: expression });
          placeElements(expression, at2, this.file, places);
        }
        continue;
      }
      const type = blockType(item);
      if (pointer === "" && META_ARGUMENTS.has(type)) continue;
      if (type === "dynamic") {
        this.dynamicBlock(item, scope, pointer, values, places);
        continue;
      }
      const list = Array.isArray(values[type]) ? values[type] : values[type] = [];
      const at = joinPointer(pointer, type, list.length);
      if (places && !places.has(joinPointer(pointer, type))) places.set(joinPointer(pointer, type), { file: this.file, node: item });
      places?.set(at, { file: this.file, node: item });
      list.push(this.body(item, scope, at, places));
    }
    return values;
  }
  /** `dynamic "x" { for_each = ...; content { ... } }`: one x block per element, or an unknown list of them. */
  dynamicBlock(item, scope, pointer, values, places) {
    const type = blockLabels(item)[0];
    if (!type) return;
    const forEach = bodyItems(item, "attribute").find((attribute) => attributeName(attribute) === "for_each");
    const iteratorAttribute = bodyItems(item, "attribute").find((attribute) => attributeName(attribute) === "iterator");
    const iterator = iteratorAttribute ? attributeValue(iteratorAttribute).text : type;
    const content = bodyItems(item, "block").find((block) => blockType(block) === "content");
    const at = joinPointer(pointer, type);
    if (places && !places.has(at)) places.set(at, { file: this.file, node: item });
    const collection = forEach ? this.module.evaluateIn(attributeValue(forEach), this.file, scope) : unknown(item.text, "a dynamic block without for_each");
    if (collection instanceof Unknown || !content) {
      values[type] = collection instanceof Unknown ? collection : unknown(`dynamic "${type}"`, "a dynamic block without content");
      return;
    }
    const entries = Array.isArray(collection) ? collection.map((value, index) => [index, value]) : isRecord(collection) ? Object.keys(collection).sort().map((key) => [key, collection[key]]) : [];
    const list = Array.isArray(values[type]) ? values[type] : values[type] = [];
    for (const [key, value] of entries) {
      const elementPointer = joinPointer(pointer, type, list.length);
      places?.set(elementPointer, { file: this.file, node: content });
      list.push(this.body(content, scope.with({ [iterator]: { key, value } }), elementPointer, places));
    }
  }
};
function placeElements(expression, pointer, file, places) {
  const collection = expression.namedChildren.length === 1 && expression.namedChildren[0]?.type === "collection_value" ? expression.namedChildren[0].namedChildren[0] : void 0;
  if (!collection) return;
  if (collection.type === "tuple") {
    collection.namedChildren.filter((child) => child?.type === "expression").forEach((child, index) => {
      const at = joinPointer(pointer, index);
      places.set(at, { file, node: child });
      placeElements(child, at, file, places);
    });
    return;
  }
  for (const element of collection.namedChildren) {
    if (element?.type !== "object_elem") continue;
    const key = element.childForFieldName("key");
    const value = element.childForFieldName("val");
    const name = key.text.replace(/^"|"$/g, "");
    const at = joinPointer(pointer, name);
    places.set(at, { file, node: value });
    placeElements(value, at, file, places);
  }
}
function expansionOf(block) {
  for (const attribute of bodyItems(block, "attribute")) {
    const name = attributeName(attribute);
    if (name === "count" || name === "for_each") return { kind: name, node: attributeValue(attribute) };
  }
  return void 0;
}
function topBlocks(root) {
  const body = root.namedChildOfType("body");
  return body ? body.namedChildren.filter((child) => child?.type === "block") : [];
}
function bodyItems(block, only) {
  const body = block.type === "body" ? block : block.namedChildOfType("body");
  if (!body) return [];
  return body.namedChildren.filter((child) => only ? child.type === only : child.type === "attribute" || child.type === "block");
}
function attributeName(attribute) {
  return attribute.firstNamedChild.text;
}
function attributeValue(attribute) {
  return attribute.namedChildOfType("expression");
}
function blockType(block) {
  return block.firstNamedChild.text;
}
function blockLabels(block) {
  const labels = [];
  for (const child of block.namedChildren.slice(1)) {
    if (!child || child.type === "block_start" || child.type === "body" || child.type === "block_end") break;
    labels.push(child.type === "string_lit" ? child.text.slice(1, -1) : child.text);
  }
  return labels;
}
function rangeOfPlace(place) {
  const { node, file } = place;
  const start = node.startIndex;
  let end = node.endIndex;
  const newline = file.text.indexOf("\n", start);
  if (newline !== -1 && newline < end) end = file.text[newline - 1] === "\r" ? newline - 1 : newline;
  return file.lines.range(start, end);
}

// src/terraform/parser.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// src/terraform/hcl-tree.ts
var HAS_CHILDREN = 128;
function grammarOf(language) {
  if (language.fieldCount >= HAS_CHILDREN) throw new Error(`the HCL grammar has ${language.fieldCount} fields; a0lint's syntax trees hold fewer than 128`);
  const count = language.nodeTypeCount;
  const names = [];
  const named = new Uint8Array(count);
  for (let id = 0; id < count; id++) {
    names.push(language.nodeTypeForId(id) ?? "ERROR");
    named[id] = language.nodeTypeIsNamed(id) ? 1 : 0;
  }
  const fields = [null];
  for (let id = 1; id <= language.fieldCount; id++) fields.push(language.fieldNameForId(id));
  return { names, named, fields };
}
var HclTree = class {
  constructor(source, grammar, types, starts, ends, nextSibling, fieldBytes) {
    this.source = source;
    this.grammar = grammar;
    this.types = types;
    this.starts = starts;
    this.ends = ends;
    this.nextSibling = nextSibling;
    this.fieldBytes = fieldBytes;
  }
  firstChild(node) {
    return (this.fieldBytes[node] & HAS_CHILDREN) === 0 ? -1 : node + 1;
  }
  get root() {
    return new HclNode(this, 0);
  }
  get size() {
    return this.types.length;
  }
};
var HclNode = class _HclNode {
  constructor(tree, index) {
    this.tree = tree;
    this.index = index;
  }
  get type() {
    return this.tree.grammar.names[this.tree.types[this.index]] ?? "ERROR";
  }
  get isNamed() {
    return this.tree.grammar.named[this.tree.types[this.index]] === 1;
  }
  get startIndex() {
    return this.tree.starts[this.index];
  }
  get endIndex() {
    return this.tree.ends[this.index];
  }
  /** The field this node fills in its parent (`key`, `val`), if any. */
  get fieldName() {
    return this.tree.grammar.fields[this.tree.fieldBytes[this.index] & ~HAS_CHILDREN] ?? null;
  }
  get text() {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }
  get children() {
    return this.childList(false);
  }
  get namedChildren() {
    return this.childList(true);
  }
  /** The first named child, without making the list of children. */
  get firstNamedChild() {
    const { tree } = this;
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]) {
      if (tree.grammar.named[tree.types[child]] === 1) return new _HclNode(tree, child);
    }
    return null;
  }
  /** The first named child of a type (`body`, `expression`), without making the list of children. */
  namedChildOfType(type) {
    const { tree } = this;
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]) {
      if (tree.grammar.named[tree.types[child]] === 1 && tree.grammar.names[tree.types[child]] === type) return new _HclNode(tree, child);
    }
    return null;
  }
  childForFieldName(name) {
    const { tree } = this;
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]) {
      if (tree.grammar.fields[tree.fieldBytes[child] & ~HAS_CHILDREN] === name) return new _HclNode(tree, child);
    }
    return null;
  }
  childList(namedOnly) {
    const { tree } = this;
    const list = [];
    for (let child = tree.firstChild(this.index); child !== -1; child = tree.nextSibling[child]) {
      if (!namedOnly || tree.grammar.named[tree.types[child]] === 1) list.push(new _HclNode(tree, child));
    }
    return list;
  }
};
var HclTreeBuilder = class {
  constructor(source, grammar, expected) {
    this.source = source;
    this.grammar = grammar;
    const capacity = Math.max(16, expected);
    this.types = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.fieldBytes = new Uint8Array(capacity);
  }
  types;
  starts;
  ends;
  nextSibling;
  fieldBytes;
  count = 0;
  /** The open nodes from the root down, and the last child added to each. */
  parents = [];
  lastChild = [];
  /** The node most recently opened and not yet closed, or -1 at the top. */
  get parent() {
    return this.parents.length === 0 ? -1 : this.parents[this.parents.length - 1];
  }
  typeOf(node) {
    return this.types[node];
  }
  /** Adds a child of the current parent (the root when none is open); returns its number. */
  add(type, start, end, field = 0) {
    if (this.count === this.types.length) this.grow();
    const node = this.count++;
    this.types[node] = type;
    this.starts[node] = start;
    this.ends[node] = end;
    this.nextSibling[node] = -1;
    this.fieldBytes[node] = field;
    const depth = this.parents.length - 1;
    if (depth >= 0) {
      const previous = this.lastChild[depth];
      const parent = this.parents[depth];
      if (previous !== -1) this.nextSibling[previous] = node;
      else if (node === parent + 1) this.fieldBytes[parent] = this.fieldBytes[parent] | HAS_CHILDREN;
      else throw new Error("a syntax node was opened after other nodes were added");
      this.lastChild[depth] = node;
    }
    return node;
  }
  /** Sets the end of a node added before its end was known. */
  setEnd(node, end) {
    this.ends[node] = end;
  }
  /** How many nodes are open. */
  get depth() {
    return this.parents.length;
  }
  /** Undoes what was added after `node` (the last node added when `depth` nodes were open): a copy that did not fit. */
  rollback(node, depth) {
    this.count = node + 1;
    this.fieldBytes[node] = this.fieldBytes[node] & ~HAS_CHILDREN;
    this.parents.length = depth;
    this.lastChild.length = depth;
  }
  /** Makes `node` the parent of the nodes added next. */
  open(node) {
    this.parents.push(node);
    this.lastChild.push(-1);
  }
  close() {
    this.parents.pop();
    this.lastChild.pop();
  }
  /** The finished tree, its arrays cut to size. */
  finish() {
    const n = this.count;
    return new HclTree(
      this.source,
      this.grammar,
      this.types.slice(0, n),
      this.starts.slice(0, n),
      this.ends.slice(0, n),
      this.nextSibling.slice(0, n),
      this.fieldBytes.slice(0, n)
    );
  }
  grow() {
    const capacity = Math.ceil(this.types.length * 1.5);
    const grown = (array, make) => {
      const bigger = make(capacity);
      bigger.set(array);
      return bigger;
    };
    this.types = grown(this.types, (size) => new Uint16Array(size));
    this.starts = grown(this.starts, (size) => new Int32Array(size));
    this.ends = grown(this.ends, (size) => new Int32Array(size));
    this.nextSibling = grown(this.nextSibling, (size) => new Int32Array(size));
    this.fieldBytes = grown(this.fieldBytes, (size) => new Uint8Array(size));
  }
};

// src/terraform/copy-tree.ts
var SAMPLE = 'a = "x"\nb = true\nc = false\nd = null\ne = 1\nf = g.h\ni = { j = [1, 2] }\nk "l" {\n}\n';
var ONE_TOKEN = ["block_start", "block_end", "object_start", "object_end", "tuple_start", "tuple_end"];
function treeCopier(parser, language) {
  const grammar = grammarOf(language);
  const sample = parser.parse(SAMPLE);
  if (!sample) throw new Error("the HCL parser could not read its own sample");
  let learned;
  try {
    learned = learn(sample, grammar);
  } finally {
    sample.delete();
  }
  return { copy: (tree, source) => copyTree(tree, source, grammar, learned) };
}
function learn(sample, grammar) {
  const ids = /* @__PURE__ */ new Map();
  const fielded = /* @__PURE__ */ new Set();
  const fieldsSeen = /* @__PURE__ */ new Set();
  const firstChildOf = /* @__PURE__ */ new Map();
  const cursor = sample.walk();
  const parents = [];
  const key = (type) => `${grammar.named[type] === 1 ? "" : '"'}${grammar.names[type]}`;
  try {
    for (; ; ) {
      const type = cursor.nodeTypeId;
      if (!ids.has(key(type))) ids.set(key(type), type);
      const parent = parents[parents.length - 1];
      if (parent !== void 0 && !firstChildOf.has(parent)) firstChildOf.set(parent, type);
      const field = cursor.currentFieldId;
      if (field !== 0 && parent !== void 0) {
        fielded.add(parent);
        fieldsSeen.add(field);
      }
      if (cursor.gotoFirstChild()) {
        parents.push(type);
        continue;
      }
      let more = true;
      while (more && !cursor.gotoNextSibling()) {
        more = cursor.gotoParent();
        parents.pop();
      }
      if (!more) break;
    }
  } finally {
    cursor.delete();
  }
  const id = (name) => ids.get(name) ?? -1;
  const tokenOf = /* @__PURE__ */ new Map();
  for (const name of ONE_TOKEN) {
    const token = firstChildOf.get(id(name));
    if (token !== void 0 && grammar.named[token] === 0) tokenOf.set(id(name), token);
  }
  const found = {
    attribute: id("attribute"),
    equals: id('"='),
    expression: id("expression"),
    literalValue: id("literal_value"),
    stringLit: id("string_lit"),
    quoteStart: id("quoted_template_start"),
    templateLiteral: id("template_literal"),
    quoteEnd: id("quoted_template_end"),
    boolLit: id("bool_lit"),
    trueKeyword: id('"true'),
    falseKeyword: id('"false'),
    nullLit: id("null_lit"),
    numericLit: id("numeric_lit"),
    variableExpr: id("variable_expr"),
    identifier: id("identifier"),
    getAttr: id("get_attr"),
    dot: id('".'),
    collectionValue: id("collection_value"),
    tuple: id("tuple"),
    tupleStart: id("tuple_start"),
    tupleEnd: id("tuple_end"),
    comma: id('",'),
    block: id("block"),
    body: id("body"),
    blockStart: id("block_start"),
    blockEnd: id("block_end")
  };
  const complete = Object.values(found).every((value) => value !== -1) && tokenOf.size === ONE_TOKEN.length;
  return {
    ids: complete ? { ...found, tokenOf } : void 0,
    fielded: fieldsSeen.size === grammar.fields.length - 1 ? fielded : void 0
  };
}
function copyTree(tree, source, grammar, { ids, fielded }) {
  const builder = new HclTreeBuilder(source, grammar, Math.ceil(source.length / 4));
  const plain = ids && new PlainShapes(builder, ids, source);
  const cursor = tree.walk();
  try {
    let node = builder.add(cursor.nodeTypeId, cursor.startIndex, cursor.endIndex);
    let descend = true;
    const addCurrent = () => {
      const type = cursor.nodeTypeId;
      const field = fielded === void 0 || fielded.has(builder.typeOf(builder.parent)) ? cursor.currentFieldId : 0;
      const start = cursor.startIndex;
      const end = cursor.endIndex;
      node = builder.add(type, start, end, field);
      descend = !plain?.addChildren(node, type, start, end);
    };
    for (; ; ) {
      if (descend && cursor.gotoFirstChild()) {
        builder.open(node);
        addCurrent();
        continue;
      }
      for (; ; ) {
        if (builder.parent === -1) return builder.finish();
        if (cursor.gotoNextSibling()) {
          addCurrent();
          break;
        }
        cursor.gotoParent();
        builder.close();
      }
    }
  } finally {
    cursor.delete();
  }
}
var EDGE_SPACE = /\s/;
var QUOTE = 34;
var BACKSLASH = 92;
var NEWLINE = 10;
var RETURN = 13;
var DOLLAR = 36;
var PERCENT = 37;
var OPEN_BRACE = 123;
var DOT = 46;
var EQUALS = 61;
var SPACE = 32;
var TAB = 9;
var UNDERSCORE = 95;
var HYPHEN = 45;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var CLOSE_BRACE = 125;
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null", "for", "in", "if", "else", "endif", "endfor"]);
var PlainShapes = class {
  constructor(builder, ids, source) {
    this.builder = builder;
    this.ids = ids;
    this.source = source;
  }
  /** When the node's text has a plain shape, adds its descendants and returns true; otherwise adds nothing. */
  addChildren(node, type, start, end) {
    const { ids } = this;
    if (type === ids.expression) return this.expressionChildren(node, start, end, this.shape(start, end));
    if (type === ids.attribute) return this.attributeChildren(node, start, end);
    if (type === ids.block) {
      const depth = this.builder.depth;
      if (this.blockParts(node, start) === end) return true;
      this.builder.rollback(node, depth);
      return false;
    }
    if (type === ids.stringLit) {
      if (!this.plainString(start, end)) return false;
      this.builder.open(node);
      this.stringParts(start, end);
      this.builder.close();
      return true;
    }
    const token = ids.tokenOf.get(type);
    if (token === void 0 || end - start !== 1) return false;
    this.builder.open(node);
    this.builder.add(token, start, end);
    this.builder.close();
    return true;
  }
  /** `name = <plain expression>` on one line, nothing else between. */
  attributeChildren(node, start, end) {
    const { source } = this;
    const name = Math.min(nameEnd(source, start), end);
    if (!this.plainName(start, name)) return false;
    const equals = skipBlanks(source, name, end);
    if (source.charCodeAt(equals) !== EQUALS) return false;
    const valueStart = skipBlanks(source, equals + 1, end);
    const shape = this.shape(valueStart, end);
    if (shape === 0 /* None */) return false;
    const { builder, ids } = this;
    builder.open(node);
    builder.add(ids.identifier, start, name);
    builder.add(ids.equals, equals, equals + 1);
    this.expressionChildren(builder.add(ids.expression, valueStart, end), valueStart, end, shape);
    builder.close();
    return true;
  }
  shape(start, end) {
    const { source } = this;
    if (end <= start) return 0 /* None */;
    const first = source.charCodeAt(start);
    if (first === QUOTE) return this.plainString(start, end) ? 1 /* String */ : 0 /* None */;
    if (isDigit(first)) return this.plainNumber(start, end) ? 5 /* Number */ : 0 /* None */;
    if (first === OPEN_BRACKET) return this.tupleItems(start, end, false) ? 7 /* Tuple */ : 0 /* None */;
    const length = end - start;
    if (length === 4 || length === 5) {
      const word = source.slice(start, end);
      if (word === "true") return 2 /* True */;
      if (word === "false") return 3 /* False */;
      if (word === "null") return 4 /* Null */;
    }
    return this.dottedName(start, end) ? 6 /* Name */ : 0 /* None */;
  }
  expressionChildren(node, start, end, shape) {
    if (shape === 0 /* None */) return false;
    const { builder, ids } = this;
    builder.open(node);
    if (shape === 6 /* Name */) this.nameParts(start, end);
    else if (shape === 7 /* Tuple */) {
      builder.open(builder.add(ids.collectionValue, start, end));
      builder.open(builder.add(ids.tuple, start, end));
      this.token(ids.tupleStart, start);
      this.tupleItems(start, end, true);
      this.token(ids.tupleEnd, end - 1);
      builder.close();
      builder.close();
    } else {
      builder.open(builder.add(ids.literalValue, start, end));
      if (shape === 1 /* String */) {
        builder.open(builder.add(ids.stringLit, start, end));
        this.stringParts(start, end);
        builder.close();
      } else if (shape === 2 /* True */ || shape === 3 /* False */) {
        builder.open(builder.add(ids.boolLit, start, end));
        builder.add(shape === 2 /* True */ ? ids.trueKeyword : ids.falseKeyword, start, end);
        builder.close();
      } else builder.add(shape === 4 /* Null */ ? ids.nullLit : ids.numericLit, start, end);
      builder.close();
    }
    builder.close();
    return true;
  }
  /**
   * A block whose text is plain: its type and labels, `{` and a line break, then one to a line plain attributes and
   * plain blocks (blank lines allowed), then `}`. Adds the block's descendants under its node and returns the index
   * after its `}`, or -1 when the text is not plain (what was added is then the caller's to undo).
   */
  blockParts(node, start) {
    const { builder, ids, source } = this;
    let at = nameEnd(source, start);
    if (!this.plainName(start, at)) return -1;
    builder.open(node);
    builder.add(ids.identifier, start, at);
    for (; ; ) {
      at = skipBlanks(source, at, source.length);
      const code = source.charCodeAt(at);
      if (code === OPEN_BRACE) break;
      if (code === QUOTE) {
        const quote = source.indexOf('"', at + 1);
        if (quote === -1 || !this.plainString(at, quote + 1)) return -1;
        builder.open(builder.add(ids.stringLit, at, quote + 1));
        this.stringParts(at, quote + 1);
        builder.close();
        at = quote + 1;
        continue;
      }
      const labelEnd = nameEnd(source, at);
      if (!this.plainName(at, labelEnd)) return -1;
      builder.add(ids.identifier, at, labelEnd);
      at = labelEnd;
    }
    this.token(ids.blockStart, at);
    at = lineBreak(source, skipBlanks(source, at + 1, source.length));
    if (at === -1) return -1;
    let body = -1;
    let lastEnd = -1;
    for (; ; ) {
      at = skipBlanks(source, at, source.length);
      const next = lineBreak(source, at);
      if (next !== -1) {
        at = next;
        continue;
      }
      if (source.charCodeAt(at) === CLOSE_BRACE) break;
      if (body === -1) builder.open(body = builder.add(ids.body, at, at));
      const name = nameEnd(source, at);
      if (source.charCodeAt(skipBlanks(source, name, source.length)) === EQUALS) {
        const newline = source.indexOf("\n", at);
        if (newline === -1) return -1;
        let end2 = newline;
        while (end2 > at && isBlank(source.charCodeAt(end2 - 1))) end2--;
        if (!this.attributeChildren(builder.add(ids.attribute, at, end2), at, end2)) return -1;
        lastEnd = end2;
        at = newline + 1;
        continue;
      }
      const inner = builder.add(ids.block, at, at);
      const end = this.blockParts(inner, at);
      if (end === -1) return -1;
      builder.setEnd(inner, end);
      lastEnd = end;
      at = lineBreak(source, skipBlanks(source, end, source.length));
      if (at === -1) return -1;
    }
    if (body !== -1) {
      builder.setEnd(body, lastEnd);
      builder.close();
    }
    this.token(ids.blockEnd, at);
    builder.close();
    return at + 1;
  }
  /** A one-token named node (`tuple_start` → `[`). */
  token(type, at) {
    const { builder } = this;
    builder.open(builder.add(type, at, at + 1));
    builder.add(this.ids.tokenOf.get(type), at, at + 1);
    builder.close();
  }
  /**
   * Whether a tuple's text holds only plain items on one line; with `write`, adds each item's expression and the
   * commas (the brackets are the caller's). A plain string has no escapes, so its closing quote is the next quote.
   */
  tupleItems(start, end, write) {
    const { source } = this;
    if (end - start < 2 || source.charCodeAt(end - 1) !== CLOSE_BRACKET) return false;
    const last = end - 1;
    let at = skipBlanks(source, start + 1, last);
    while (at < last) {
      let itemEnd;
      if (source.charCodeAt(at) === QUOTE) {
        const quote = source.indexOf('"', at + 1);
        if (quote === -1 || quote >= last) return false;
        itemEnd = quote + 1;
      } else {
        itemEnd = at;
        while (itemEnd < last && !isItemEnd(source.charCodeAt(itemEnd))) itemEnd++;
      }
      const shape = this.shape(at, itemEnd);
      if (shape === 0 /* None */ || shape === 7 /* Tuple */) return false;
      if (write) this.expressionChildren(this.builder.add(this.ids.expression, at, itemEnd), at, itemEnd, shape);
      at = skipBlanks(source, itemEnd, last);
      if (at === last) break;
      if (source.charCodeAt(at) !== COMMA) return false;
      if (write) this.builder.add(this.ids.comma, at, at + 1);
      at = skipBlanks(source, at + 1, last);
    }
    return true;
  }
  /** The quotes and the text between them (none when empty). */
  stringParts(start, end) {
    const { builder, ids } = this;
    builder.add(ids.quoteStart, start, start + 1);
    if (end - start > 2) builder.add(ids.templateLiteral, start + 1, end - 1);
    builder.add(ids.quoteEnd, end - 1, end);
  }
  /** variable_expr(identifier), then get_attr(".", identifier) per step. */
  nameParts(start, end) {
    const { builder, ids, source } = this;
    let stepEnd = source.indexOf(".", start);
    if (stepEnd === -1 || stepEnd > end) stepEnd = end;
    builder.open(builder.add(ids.variableExpr, start, stepEnd));
    builder.add(ids.identifier, start, stepEnd);
    builder.close();
    while (stepEnd < end) {
      const dot = stepEnd;
      stepEnd = source.indexOf(".", dot + 1);
      if (stepEnd === -1 || stepEnd > end) stepEnd = end;
      builder.open(builder.add(ids.getAttr, dot, stepEnd));
      builder.add(ids.dot, dot, dot + 1);
      builder.add(ids.identifier, dot + 1, stepEnd);
      builder.close();
    }
  }
  /** `"..."` with no escapes, interpolations or directives: one template_literal between the quotes, if any. */
  plainString(start, end) {
    const { source } = this;
    if (end - start < 2 || source.charCodeAt(start) !== QUOTE || source.charCodeAt(end - 1) !== QUOTE) return false;
    if (end - start > 2 && (EDGE_SPACE.test(source[start + 1]) || EDGE_SPACE.test(source[end - 2]))) return false;
    for (let at = start + 1; at < end - 1; at++) {
      const code = source.charCodeAt(at);
      if (code === QUOTE || code === BACKSLASH || code === NEWLINE || code === RETURN) return false;
      if ((code === DOLLAR || code === PERCENT) && (source.charCodeAt(at + 1) === OPEN_BRACE || source.charCodeAt(at + 1) === code)) return false;
    }
    return true;
  }
  /** Digits, optionally a fraction: `12`, `3600`, `0.5` (exponents and hex are left to the parser). */
  plainNumber(start, end) {
    const { source } = this;
    let dot = -1;
    for (let at = start; at < end; at++) {
      const code = source.charCodeAt(at);
      if (code === DOT && dot === -1 && at > start) dot = at;
      else if (!isDigit(code)) return false;
    }
    return dot === -1 || dot < end - 1;
  }
  /** `name` or `a.b.c`, every part a plain name. */
  dottedName(start, end) {
    let part = start;
    for (let at = start; at <= end; at++) {
      if (at < end && this.source.charCodeAt(at) !== DOT) continue;
      if (!this.plainName(part, at)) return false;
      part = at + 1;
    }
    return true;
  }
  /** An ASCII identifier that is no keyword: a letter or `_`, then letters, digits, `_` and `-`. */
  plainName(start, end) {
    const { source } = this;
    if (end <= start) return false;
    const first = source.charCodeAt(start);
    if (!(isLetter(first) || first === UNDERSCORE)) return false;
    for (let at = start + 1; at < end; at++) if (!isNameCode(source.charCodeAt(at))) return false;
    return end - start > 6 || !KEYWORDS.has(source.slice(start, end));
  }
};
function skipBlanks(source, at, end) {
  while (at < end && (source.charCodeAt(at) === SPACE || source.charCodeAt(at) === TAB)) at++;
  return at;
}
function nameEnd(source, at) {
  while (at < source.length && isNameCode(source.charCodeAt(at))) at++;
  return at;
}
function lineBreak(source, at) {
  const code = source.charCodeAt(at);
  if (code === NEWLINE) return at + 1;
  return code === RETURN && source.charCodeAt(at + 1) === NEWLINE ? at + 2 : -1;
}
function isBlank(code) {
  return code === SPACE || code === TAB || code === RETURN;
}
function isItemEnd(code) {
  return code === COMMA || code === SPACE || code === TAB || code === CLOSE_BRACKET;
}
function isNameCode(code) {
  return isLetter(code) || isDigit(code) || code === UNDERSCORE || code === HYPHEN;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isLetter(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}

// src/terraform/parser.ts
var WASM_FILES = {
  runtime: { file: "tree-sitter.wasm", module: "web-tree-sitter/tree-sitter.wasm" },
  terraform: { file: "tree-sitter-terraform.wasm", module: "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm" }
};
function wasmBytes(which) {
  const { file, module } = WASM_FILES[which];
  for (const relative of [`./wasm/${file}`, `../wasm/${file}`]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return readFileSync(candidate);
  }
  return readFileSync(createRequire(import.meta.url).resolve(module));
}
var parserPromise;
function hclParser() {
  parserPromise ??= (async () => {
    const { Parser, Language } = await import("./tree-sitter-RNZTVGRG.js");
    await Parser.init({ wasmBinary: wasmBytes("runtime") });
    const language = await Language.load(wasmBytes("terraform"));
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, copier: treeCopier(parser, language) };
  })();
  return parserPromise;
}
function parseHcl({ parser, copier }, file, text) {
  const tree = parser.parse(text);
  if (!tree) throw new InputError("the HCL parser gave up on this file", file);
  const lines = new LineIndex(text);
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstError(root) ?? root;
      const { line, column } = lines.position(bad.startIndex);
      const what = bad.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify(preview(bad.text))}`;
      throw new InputError(`HCL syntax error: ${what}`, file, line, column);
    }
    return { file, text, lines, root: copier.copy(tree, text).root };
  } finally {
    tree.delete();
  }
}
function firstError(node) {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing)) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return void 0;
}
function preview(text) {
  const line = text.split("\n", 1)[0];
  return line.length > 40 ? `${line.slice(0, 40)}\u2026` : line;
}

// src/terraform/load-terraform.ts
var DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;
async function loadTerraform(absolute, isDirectory2, options = {}) {
  const display = displayPath(options.cwd ?? process.cwd(), absolute);
  const { resources, domain, errors, folders } = await readConfiguration(absolute, isDirectory2, options);
  const input = toLoadedInput(resources, display, "terraform", domain);
  return { ...input, terraform: { folders }, errors: [...errors, ...input.errors] };
}
async function loadTerraformSources(folder, options = {}) {
  const { resources, folders } = await readConfiguration(folder, true, options);
  return { resources: new Map(resources.map((resource) => [resource.address, resource])), folders };
}
async function readConfiguration(absolute, isDirectory2, options) {
  const cwd = options.cwd ?? process.cwd();
  const display = displayPath(cwd, absolute);
  const parser = await hclParser();
  const rootDir = isDirectory2 ? absolute : path.dirname(absolute);
  const reading = { parser, cwd, rootDir, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, errors: [], folders: /* @__PURE__ */ new Map() };
  const root = isDirectory2 ? readFolder(reading, absolute, true) : { dir: rootDir, files: [parseFile(reading, absolute)] };
  if (isDirectory2 && root.files.length === 0 && reading.errors.length === 0) {
    throw new InputError("no .tf files in this folder", display);
  }
  const module = new ModuleInstance(root, "", [], /* @__PURE__ */ new Map(), moduleResolver(reading));
  const domain = providerDomain(root, module);
  module.tenantDomain = () => domain;
  const instances = module.allInstances();
  for (const { call, reason } of module.allUnreadModules()) {
    const { line, column } = call.block.file.lines.position(call.block.node.startIndex);
    reading.errors.push(
      new InputError(
        `module "${call.name}" (source ${JSON.stringify(reason)}) is not on disk, so its resources were not read; run \`terraform init\` first (a0lint reads .terraform/modules), or lint the module's folder`,
        call.block.file.file,
        line,
        column
      )
    );
  }
  if (reading.errors.length === 0 && !declaresAuth0([root, ...reading.folders.values()])) {
    throw new InputError(
      `holds no Auth0 configuration: no auth0 provider and no auth0_* resource or data source in its .tf files${reading.folders.size > 0 ? " or the modules they call" : ""}; a0lint checks what the auth0/auth0 provider manages`,
      display
    );
  }
  return {
    resources: instances.map(asTfResource),
    domain,
    errors: reading.errors,
    folders: [rootDir, ...[...reading.folders.keys()].filter((folder) => folder !== rootDir)]
  };
}
function asTfResource(instance) {
  return {
    address: instance.address,
    mode: instance.mode,
    type: instance.type,
    name: instance.name,
    file: instance.file.file,
    values: () => instance.values(),
    locate(pointer, needle) {
      const place = instance.place(pointer);
      return { file: place.file.file, ...narrowTo(rangeOfPlace(place), needle, place.file.lines) ?? rangeOfPlace(place) };
    }
  };
}
function declaresAuth0(sources) {
  for (const source of sources) {
    for (const file of source.files) {
      for (const block of topBlocks(file.root)) {
        const type = blockType(block);
        const first = blockLabels(block)[0] ?? "";
        if (type === "provider" ? first === "auth0" : (type === "resource" || type === "data") && first.startsWith("auth0_")) return true;
        if (type === "terraform" && bodyItems(block, "block").some(requiresAuth0)) return true;
      }
    }
  }
  return false;
}
function requiresAuth0(block) {
  return blockType(block) === "required_providers" && bodyItems(block, "attribute").some((attribute) => attributeName(attribute) === "auth0");
}
function providerDomain(root, module) {
  for (const file of root.files) {
    for (const block of topBlocks(file.root)) {
      if (blockType(block) !== "provider" || blockLabels(block)[0] !== "auth0") continue;
      const domain = bodyItems(block, "attribute").find((attribute) => attributeName(attribute) === "domain");
      const value = domain && module.evaluateIn(attributeValue(domain), file, module.scope);
      if (typeof value === "string" && value !== "") return value.replace(/^https?:\/\//i, "").replace(/\/+$/, "");
    }
  }
  return void 0;
}
function readFolder(reading, folder, isRoot) {
  const known = reading.folders.get(folder);
  if (known) return known;
  let names;
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    reading.errors.push(new InputError(`cannot read folder: ${systemErrorWords(error)}`, displayPath(reading.cwd, folder)));
    names = [];
  }
  const files = [];
  for (const name of names) {
    const absolute = path.join(folder, name);
    if (name.endsWith(".tf.json")) {
      reading.errors.push(new InputError(TF_JSON_NOT_READ, displayPath(reading.cwd, absolute)));
      continue;
    }
    if (!name.endsWith(".tf") || !isFile(absolute)) continue;
    try {
      files.push(parseFile(reading, absolute));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.errors.push(error);
    }
  }
  const source = { dir: folder, files, ...isRoot ? { tfvars: readTfvars(reading, folder, names) } : {} };
  reading.folders.set(folder, source);
  return source;
}
function readTfvars(reading, folder, names) {
  const values = /* @__PURE__ */ new Map();
  const files = [...names.filter((name) => name === "terraform.tfvars"), ...names.filter((name) => name.endsWith(".auto.tfvars"))];
  const empty = new ModuleInstance({ dir: folder, files: [] }, "", [], /* @__PURE__ */ new Map(), () => void 0);
  for (const name of files) {
    let file;
    try {
      file = parseFile(reading, path.join(folder, name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.errors.push(error);
      continue;
    }
    for (const attribute of bodyItems(file.root.namedChildren.find((child) => child?.type === "body") ?? file.root, "attribute")) {
      values.set(attributeName(attribute), { value: empty.evaluateIn(attributeValue(attribute), file, empty.scope) });
    }
  }
  return values;
}
function parseFile(reading, absolute) {
  const display = displayPath(reading.cwd, absolute);
  return parseHcl(reading.parser, display, readTextFile(absolute, display, reading.maxFileSize));
}
function moduleResolver(reading) {
  return (parent, call, keyPath) => {
    if (typeof call.source !== "string") return void 0;
    let folder;
    if (call.source.startsWith("./") || call.source.startsWith("../")) folder = path.resolve(parent.dir, call.source);
    else folder = downloadedModule(reading, keyPath.join("."));
    if (!folder || !isDirectory(folder)) return void 0;
    return readFolder(reading, folder, false);
  };
}
function downloadedModule(reading, key) {
  if (!reading.modulesJson) {
    reading.modulesJson = /* @__PURE__ */ new Map();
    try {
      const manifest = JSON.parse(readFileSync2(path.join(reading.rootDir, ".terraform", "modules", "modules.json"), "utf8"));
      for (const entry of manifest.Modules ?? []) {
        if (typeof entry.Key === "string" && typeof entry.Dir === "string") reading.modulesJson.set(entry.Key, path.resolve(reading.rootDir, entry.Dir));
      }
    } catch {
    }
  }
  return reading.modulesJson.get(key);
}
function isFile(absolute) {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}
function isDirectory(absolute) {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}
export {
  loadTerraform,
  loadTerraformSources
};
