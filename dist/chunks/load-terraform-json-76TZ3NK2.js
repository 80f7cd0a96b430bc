import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  managementAudienceHost
} from "./chunk-AWSW6I4B.js";
import {
  ComputedAttribute,
  Unknown,
  isRecord,
  toLoadedInput
} from "./chunk-D4HCBFZ6.js";
import "./chunk-TD6S3IHV.js";
import {
  InputError,
  joinPointer,
  parsePointer
} from "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";

// src/terraform/load-terraform-json.ts
import { readdirSync } from "node:fs";
import path from "node:path";
function isTerraformJson(data) {
  if (!isRecord(data)) return false;
  if (typeof data.format_version === "string" && ("planned_values" in data || "values" in data || "prior_state" in data || "resource_changes" in data))
    return true;
  return typeof data.version === "number" && typeof data.terraform_version === "string" && Array.isArray(data.resources);
}
async function loadTerraformJson(data, source, absolute, display, options) {
  const resources = "planned_values" in data || "resource_changes" in data ? planResources(data, display) : stateResources(data, display);
  const sources = await siblingSources(absolute, options);
  const tfResources = resources.map((resource) => ({
    address: resource.address,
    mode: resource.mode,
    type: resource.type,
    name: resource.name,
    file: sources?.fileOf(resource.address) ?? display,
    values: () => resource.values,
    locate(pointer, needle) {
      const inSources = sources?.locate(resource.address, pointer, needle);
      if (inSources) return inSources;
      const range = source.locate?.(resource.pointer + pointer, needle);
      return range && { file: display, ...range };
    }
  }));
  const input = toLoadedInput(tfResources, display, "terraform", tenantDomain(resources));
  return { ...input, terraform: sources ? { folders: sources.folders, configuration: path.dirname(absolute) } : { folders: [] } };
}
function tenantDomain(resources) {
  for (const resource of resources) {
    if (resource.mode !== "data") continue;
    if (resource.type === "auth0_tenant" && typeof resource.values.domain === "string") return resource.values.domain;
    const identifier = resource.values.identifier;
    if (resource.type === "auth0_resource_server" && typeof identifier === "string") {
      const host = managementAudienceHost(identifier);
      if (host) return host;
    }
  }
  return void 0;
}
function planResources(plan, display) {
  const planned = isRecord(plan.planned_values) ? plan.planned_values : void 0;
  const resources = planned ? moduleResources(planned.root_module, "/planned_values/root_module", "") : [];
  const prior = isRecord(plan.prior_state) && isRecord(plan.prior_state.values) ? plan.prior_state.values : void 0;
  if (prior) {
    const seen = new Set(resources.map((resource) => resource.address));
    for (const resource of moduleResources(prior.root_module, "/prior_state/values/root_module", "")) {
      if (resource.mode === "data" && !seen.has(resource.address)) resources.push(resource);
    }
  }
  const changes = /* @__PURE__ */ new Map();
  for (const change of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
    if (isRecord(change) && typeof change.address === "string" && isRecord(change.change)) changes.set(change.address, change.change);
  }
  const configuration = isRecord(plan.configuration) ? plan.configuration.root_module : void 0;
  if (!planned && changes.size === 0) throw new InputError("a Terraform plan without planned_values or resource_changes", display);
  for (const resource of resources) {
    const change = changes.get(resource.address);
    if (!change) continue;
    dropSensitive(resource.values, change.after_sensitive);
    const config = configuredResource(configuration, resource);
    markUnknown(resource, change.after_unknown, config && isRecord(config.expressions) ? new Set(Object.keys(config.expressions)) : void 0);
    if (resource.values.client_id instanceof Unknown)
      resource.values.client_id = configuredClient(resource, configuration, resources) ?? resource.values.client_id;
  }
  return resources;
}
function stateResources(state, display) {
  if (isRecord(state.values)) return moduleResources(state.values.root_module, "/values/root_module", "");
  if (Array.isArray(state.resources)) return rawStateResources(state.resources);
  throw new InputError("a Terraform state without values", display);
}
function moduleResources(module, pointer, modulePath) {
  if (!isRecord(module)) return [];
  const result = [];
  (Array.isArray(module.resources) ? module.resources : []).forEach((resource, index) => {
    if (!isRecord(resource) || typeof resource.address !== "string" || typeof resource.type !== "string" || !isRecord(resource.values)) return;
    const values = structuredClone(resource.values);
    dropSensitive(values, resource.sensitive_values);
    result.push({
      address: resource.address,
      mode: resource.mode === "data" ? "data" : "managed",
      type: resource.type,
      name: typeof resource.name === "string" ? resource.name : "",
      module: modulePath,
      index: resource.index,
      values,
      pointer: joinPointer(pointer, "resources", index, "values")
    });
  });
  (Array.isArray(module.child_modules) ? module.child_modules : []).forEach((child, index) => {
    const address = isRecord(child) && typeof child.address === "string" ? child.address : modulePath;
    result.push(...moduleResources(child, joinPointer(pointer, "child_modules", index), address));
  });
  return result;
}
function rawStateResources(resources) {
  const result = [];
  resources.forEach((resource, resourceIndex) => {
    if (!isRecord(resource) || typeof resource.type !== "string" || typeof resource.name !== "string" || !Array.isArray(resource.instances)) return;
    const module = typeof resource.module === "string" ? resource.module : "";
    const mode = resource.mode === "data" ? "data" : "managed";
    const { type, name } = resource;
    resource.instances.forEach((instance, instanceIndex) => {
      if (!isRecord(instance) || !isRecord(instance.attributes)) return;
      const key = instance.index_key;
      const suffix = typeof key === "number" ? `[${key}]` : typeof key === "string" ? `[${JSON.stringify(key)}]` : "";
      const values = structuredClone(instance.attributes);
      for (const sensitive of Array.isArray(instance.sensitive_attributes) ? instance.sensitive_attributes : []) dropPath(values, sensitive);
      result.push({
        address: `${module ? `${module}.` : ""}${mode === "data" ? "data." : ""}${type}.${name}${suffix}`,
        mode,
        type,
        name,
        module,
        index: key,
        values,
        pointer: joinPointer("/resources", resourceIndex, "instances", instanceIndex, "attributes")
      });
    });
  });
  return result;
}
function dropSensitive(values, sensitive) {
  if (!isRecord(sensitive) && !Array.isArray(sensitive)) return;
  for (const [key, mark] of Object.entries(sensitive)) {
    const container = values;
    if (mark === true && isRecord(values)) delete container[key];
    else if (mark === true && Array.isArray(values)) values[Number(key)] = void 0;
    else if (isRecord(values) || Array.isArray(values)) dropSensitive(container[key], mark);
  }
}
function dropPath(values, steps) {
  if (!Array.isArray(steps) || steps.length === 0) return;
  let current = values;
  for (const [i, step] of steps.entries()) {
    if (!isRecord(step) || !isRecord(step.value) && typeof step.value !== "string" && typeof step.value !== "number") return;
    const key = isRecord(step.value) ? step.value.value : step.value;
    if (typeof key !== "string" && typeof key !== "number") return;
    if (i === steps.length - 1) {
      if (isRecord(current)) delete current[String(key)];
      else if (Array.isArray(current)) current[Number(key)] = void 0;
      return;
    }
    current = isRecord(current) ? current[String(key)] : Array.isArray(current) ? current[Number(key)] : void 0;
  }
}
function markUnknown(resource, afterUnknown, configured) {
  const visit = (values, marks, pointer) => {
    if (!isRecord(marks) && !Array.isArray(marks)) return;
    for (const [key, mark] of Object.entries(marks)) {
      const at = joinPointer(pointer, key);
      const container = values;
      if (mark === true) {
        const attribute = parsePointer(at)[0];
        if (configured && !configured.has(attribute)) delete container[key];
        else container[key] = new Unknown(`\${${resource.address}${dotted(at)}}`, `${resource.address}${dotted(at)}`, "known only after terraform apply");
      } else if (isRecord(container[key]) || Array.isArray(container[key])) visit(container[key], mark, at);
    }
  };
  visit(resource.values, afterUnknown, "");
}
function dotted(pointer) {
  return parsePointer(pointer).map((segment) => /^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`).join("");
}
function configuredClient(resource, configuration, resources) {
  const config = configuredResource(configuration, resource);
  const expressions = config && isRecord(config.expressions) ? config.expressions : void 0;
  const references = expressions && isRecord(expressions.client_id) && Array.isArray(expressions.client_id.references) ? expressions.client_id.references : [];
  for (const reference of references) {
    const match = typeof reference === "string" ? /^(auth0_client\.[\w-]+)(\[[^\]]+\])?/.exec(reference) : null;
    if (!match) continue;
    const base = `${resource.module ? `${resource.module}.` : ""}${match[1]}`;
    const instances = resources.filter((candidate) => candidate.mode === "managed" && candidate.address.replace(/\[[^\]]*\]$/, "") === base);
    const exact = match[2] ? instances.find((candidate) => candidate.address === base + match[2]) : void 0;
    const sameKey = resource.index !== void 0 ? instances.find((candidate) => candidate.index === resource.index) : void 0;
    const client = exact ?? (instances.length === 1 ? instances[0] : sameKey);
    if (client) return new ComputedAttribute(reference, client.address, "auth0_client", "client_id");
  }
  return void 0;
}
function configuredResource(configuration, resource) {
  let module = configuration;
  for (const call of resource.module ? resource.module.split(/\.?module\./).filter(Boolean).map((part) => part.replace(/\[[^\]]*\]$/, "")) : []) {
    const calls = isRecord(module) && isRecord(module.module_calls) ? module.module_calls : void 0;
    const next = calls && isRecord(calls[call]) ? calls[call] : void 0;
    module = next?.module;
  }
  if (!isRecord(module) || !Array.isArray(module.resources)) return void 0;
  const local = `${resource.mode === "data" ? "data." : ""}${resource.type}.${resource.name}`;
  return module.resources.find((candidate) => isRecord(candidate) && candidate.address === local);
}
async function siblingSources(absolute, options) {
  const folder = path.dirname(absolute);
  let names;
  try {
    names = readdirSync(folder);
  } catch {
    return void 0;
  }
  if (!names.some((name) => name.endsWith(".tf"))) return void 0;
  const { loadTerraformSources } = await import("./load-terraform-BS5Z5ZVG.js");
  const sources = await loadTerraformSources(folder, options).catch((error) => {
    if (error instanceof InputError) return void 0;
    throw error;
  });
  if (!sources) return void 0;
  return {
    folders: sources.folders,
    fileOf: (address) => sources.resources.get(address)?.file,
    locate: (address, pointer, needle) => sources.resources.get(address)?.locate(pointer, needle)
  };
}
export {
  isTerraformJson,
  loadTerraformJson
};
