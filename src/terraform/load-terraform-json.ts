import { readdirSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../shared/errors.js';
import type { LoadOptions } from '../loaders/load.js';
import type { LoadedInput } from '../model/input.js';
import { managementAudienceHost } from '../model/management-api.js';
import { joinPointer, parsePointer } from '../model/pointer.js';
import type { Source } from '../model/types.js';
import { toLoadedInput, type FileRange, type TfResource } from './to-tenant.js';
import { ComputedAttribute, isRecord, Unknown } from './values.js';

/** `terraform show -json` of a plan or a state, or a raw .tfstate (format 4). */
export function isTerraformJson(data: unknown): boolean {
  if (!isRecord(data)) return false;
  if (typeof data.format_version === 'string' && ('planned_values' in data || 'values' in data || 'prior_state' in data || 'resource_changes' in data))
    return true;
  return typeof data.version === 'number' && typeof data.terraform_version === 'string' && Array.isArray(data.resources);
}

interface JsonResource {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** `module.a.module.b` or empty. */
  readonly module: string;
  readonly index: unknown;
  readonly values: Record<string, unknown>;
  /** JSON pointer of `values` in the file. */
  readonly pointer: string;
}

/**
 * Reads plan or state JSON into the tenant model. Values Terraform will only know after apply are unknown; sensitive
 * values (client secrets, signing secrets) are dropped as they are read. When the .tf sources sit beside the JSON
 * (where `terraform show -json` is usually run), findings point into them; otherwise into the JSON.
 */
export async function loadTerraformJson(
  data: Record<string, unknown>,
  source: Source,
  absolute: string,
  display: string,
  options: LoadOptions,
): Promise<LoadedInput> {
  const resources = 'planned_values' in data || 'resource_changes' in data ? planResources(data, display) : stateResources(data, display);
  const sources = await siblingSources(absolute, options);
  const tfResources = resources.map((resource): TfResource => ({
    address: resource.address,
    mode: resource.mode,
    type: resource.type,
    name: resource.name,
    file: sources?.fileOf(resource.address) ?? display,
    values: () => resource.values,
    locate(pointer, needle): FileRange | undefined {
      const inSources = sources?.locate(resource.address, pointer, needle);
      if (inSources) return inSources;
      const range = source.locate?.(resource.pointer + pointer, needle);
      return range && { file: display, ...range };
    },
  }));
  const input = toLoadedInput(tfResources, display, 'terraform', tenantDomain(resources));
  return { ...input, terraform: sources ? { folders: sources.folders, configuration: path.dirname(absolute) } : { folders: [] } };
}

/** The tenant domain from data sources: data.auth0_tenant's domain, or a Management API read as a resource server. */
function tenantDomain(resources: readonly JsonResource[]): string | undefined {
  for (const resource of resources) {
    if (resource.mode !== 'data') continue;
    if (resource.type === 'auth0_tenant' && typeof resource.values.domain === 'string') return resource.values.domain;
    const identifier = resource.values.identifier;
    if (resource.type === 'auth0_resource_server' && typeof identifier === 'string') {
      const host = managementAudienceHost(identifier);
      if (host) return host;
    }
  }
  return undefined;
}

function planResources(plan: Record<string, unknown>, display: string): JsonResource[] {
  const planned = isRecord(plan.planned_values) ? plan.planned_values : undefined;
  const resources = planned ? moduleResources(planned.root_module, '/planned_values/root_module', '') : [];
  // Data sources read during the plan are in prior_state, not planned_values.
  const prior = isRecord(plan.prior_state) && isRecord(plan.prior_state.values) ? plan.prior_state.values : undefined;
  if (prior) {
    const seen = new Set(resources.map((resource) => resource.address));
    for (const resource of moduleResources(prior.root_module, '/prior_state/values/root_module', '')) {
      if (resource.mode === 'data' && !seen.has(resource.address)) resources.push(resource);
    }
  }
  const changes = new Map<string, Record<string, unknown>>();
  for (const change of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
    if (isRecord(change) && typeof change.address === 'string' && isRecord(change.change)) changes.set(change.address, change.change);
  }
  const configuration = isRecord(plan.configuration) ? plan.configuration.root_module : undefined;
  if (!planned && changes.size === 0) throw new InputError('a Terraform plan without planned_values or resource_changes', display);
  for (const resource of resources) {
    const change = changes.get(resource.address);
    if (!change) continue;
    dropSensitive(resource.values, change.after_sensitive);
    const config = configuredResource(configuration, resource);
    markUnknown(resource, change.after_unknown, config && isRecord(config.expressions) ? new Set(Object.keys(config.expressions)) : undefined);
    if (resource.values.client_id instanceof Unknown)
      resource.values.client_id = configuredClient(resource, configuration, resources) ?? resource.values.client_id;
  }
  return resources;
}

function stateResources(state: Record<string, unknown>, display: string): JsonResource[] {
  if (isRecord(state.values)) return moduleResources(state.values.root_module, '/values/root_module', '');
  if (Array.isArray(state.resources)) return rawStateResources(state.resources);
  throw new InputError('a Terraform state without values', display);
}

/** planned_values / values: `{ resources: [...], child_modules: [{ address, resources, child_modules }] }`. */
function moduleResources(module: unknown, pointer: string, modulePath: string): JsonResource[] {
  if (!isRecord(module)) return [];
  const result: JsonResource[] = [];
  (Array.isArray(module.resources) ? module.resources : []).forEach((resource, index) => {
    if (!isRecord(resource) || typeof resource.address !== 'string' || typeof resource.type !== 'string' || !isRecord(resource.values)) return;
    const values = structuredClone(resource.values);
    dropSensitive(values, resource.sensitive_values);
    result.push({
      address: resource.address,
      mode: resource.mode === 'data' ? 'data' : 'managed',
      type: resource.type,
      name: typeof resource.name === 'string' ? resource.name : '',
      module: modulePath,
      index: resource.index,
      values,
      pointer: joinPointer(pointer, 'resources', index, 'values'),
    });
  });
  (Array.isArray(module.child_modules) ? module.child_modules : []).forEach((child, index) => {
    const address = isRecord(child) && typeof child.address === 'string' ? child.address : modulePath;
    result.push(...moduleResources(child, joinPointer(pointer, 'child_modules', index), address));
  });
  return result;
}

/** A raw .tfstate (format 4): `resources[].instances[].attributes`, sensitive paths in `sensitive_attributes`. */
function rawStateResources(resources: readonly unknown[]): JsonResource[] {
  const result: JsonResource[] = [];
  resources.forEach((resource, resourceIndex) => {
    if (!isRecord(resource) || typeof resource.type !== 'string' || typeof resource.name !== 'string' || !Array.isArray(resource.instances)) return;
    const module = typeof resource.module === 'string' ? resource.module : '';
    const mode = resource.mode === 'data' ? 'data' : 'managed';
    const { type, name } = resource;
    resource.instances.forEach((instance, instanceIndex) => {
      if (!isRecord(instance) || !isRecord(instance.attributes)) return;
      const key = instance.index_key;
      const suffix = typeof key === 'number' ? `[${key}]` : typeof key === 'string' ? `[${JSON.stringify(key)}]` : '';
      const values = structuredClone(instance.attributes);
      for (const sensitive of Array.isArray(instance.sensitive_attributes) ? instance.sensitive_attributes : []) dropPath(values, sensitive);
      result.push({
        address: `${module ? `${module}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}${suffix}`,
        mode,
        type,
        name,
        module,
        index: key,
        values,
        pointer: joinPointer('/resources', resourceIndex, 'instances', instanceIndex, 'attributes'),
      });
    });
  });
  return result;
}

/** Removes every value a `sensitive_values` / `after_sensitive` tree marks true: secrets never enter the model. */
function dropSensitive(values: unknown, sensitive: unknown): void {
  if (!isRecord(sensitive) && !Array.isArray(sensitive)) return;
  for (const [key, mark] of Object.entries(sensitive)) {
    const container = values as Record<string, unknown>;
    if (mark === true && isRecord(values)) delete container[key];
    else if (mark === true && Array.isArray(values)) values[Number(key)] = undefined;
    else if (isRecord(values) || Array.isArray(values)) dropSensitive(container[key], mark);
  }
}

/** A raw state's sensitive path: `[{ type: "get_attr", value: "client_secret" }, { type: "index", ... }]`. */
function dropPath(values: Record<string, unknown>, steps: unknown): void {
  if (!Array.isArray(steps) || steps.length === 0) return;
  let current: unknown = values;
  for (const [i, step] of steps.entries()) {
    if (!isRecord(step) || (!isRecord(step.value) && typeof step.value !== 'string' && typeof step.value !== 'number')) return;
    const key = isRecord(step.value) ? step.value.value : step.value;
    if (typeof key !== 'string' && typeof key !== 'number') return;
    if (i === steps.length - 1) {
      if (isRecord(current)) delete current[String(key)];
      else if (Array.isArray(current)) current[Number(key)] = undefined;
      return;
    }
    current = isRecord(current) ? current[String(key)] : Array.isArray(current) ? current[Number(key)] : undefined;
  }
}

/**
 * Marks what `after_unknown` says Terraform knows only after apply. An attribute the configuration does not set is
 * one Auth0 computes (an id, a secret, or an Optional+Computed field such as an API's subject_type_authorization or
 * a grant's subject_type): it is left absent, as in the .tf sources, so Auth0's defaults apply to a new resource.
 * An attribute the configuration sets from something unknown stays unknown.
 */
function markUnknown(resource: JsonResource, afterUnknown: unknown, configured: ReadonlySet<string> | undefined): void {
  const visit = (values: Record<string, unknown> | unknown[], marks: unknown, pointer: string): void => {
    if (!isRecord(marks) && !Array.isArray(marks)) return;
    for (const [key, mark] of Object.entries(marks)) {
      const at = joinPointer(pointer, key);
      const container = values as Record<string, unknown>;
      if (mark === true) {
        const attribute = parsePointer(at)[0]!;
        if (configured && !configured.has(attribute)) delete container[key];
        else container[key] = new Unknown(`\${${resource.address}${dotted(at)}}`, `${resource.address}${dotted(at)}`, 'known only after terraform apply');
      } else if (isRecord(container[key]) || Array.isArray(container[key])) visit(container[key] as Record<string, unknown>, mark, at);
    }
  };
  visit(resource.values, afterUnknown, '');
}

function dotted(pointer: string): string {
  return parsePointer(pointer)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('');
}

/**
 * A new client's id is unknown in the plan; the configuration says which client a grant or credentials resource
 * references (`expressions.client_id.references`, e.g. `auth0_client.m2m[0].id`).
 */
function configuredClient(resource: JsonResource, configuration: unknown, resources: readonly JsonResource[]): ComputedAttribute | undefined {
  const config = configuredResource(configuration, resource);
  const expressions = config && isRecord(config.expressions) ? config.expressions : undefined;
  const references = expressions && isRecord(expressions.client_id) && Array.isArray(expressions.client_id.references) ? expressions.client_id.references : [];
  for (const reference of references) {
    const match = typeof reference === 'string' ? /^(auth0_client\.[\w-]+)(\[[^\]]+\])?/.exec(reference) : null;
    if (!match) continue;
    const base = `${resource.module ? `${resource.module}.` : ''}${match[1]}`;
    const instances = resources.filter((candidate) => candidate.mode === 'managed' && candidate.address.replace(/\[[^\]]*\]$/, '') === base);
    const exact = match[2] ? instances.find((candidate) => candidate.address === base + match[2]) : undefined;
    // `auth0_client.apps[each.key].id` is recorded without its index: the grant's own for_each key picks the client.
    const sameKey = resource.index !== undefined ? instances.find((candidate) => candidate.index === resource.index) : undefined;
    const client = exact ?? (instances.length === 1 ? instances[0] : sameKey);
    if (client) return new ComputedAttribute(reference as string, client.address, 'auth0_client', 'client_id');
  }
  return undefined;
}

/** The resource's entry in `configuration`: module calls are followed along its module path. */
function configuredResource(configuration: unknown, resource: JsonResource): Record<string, unknown> | undefined {
  let module = configuration;
  for (const call of resource.module
    ? resource.module
        .split(/\.?module\./)
        .filter(Boolean)
        .map((part) => part.replace(/\[[^\]]*\]$/, ''))
    : []) {
    const calls = isRecord(module) && isRecord(module.module_calls) ? module.module_calls : undefined;
    const next = calls && isRecord(calls[call]) ? calls[call] : undefined;
    module = next?.module;
  }
  if (!isRecord(module) || !Array.isArray(module.resources)) return undefined;
  const local = `${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`;
  return module.resources.find((candidate): candidate is Record<string, unknown> => isRecord(candidate) && candidate.address === local);
}

interface SiblingSources {
  readonly folders: readonly string[];
  fileOf(address: string): string | undefined;
  locate(address: string, pointer: string, needle?: string): FileRange | undefined;
}

/** The configuration in the JSON file's folder, when there is one: findings then point at the .tf lines. */
async function siblingSources(absolute: string, options: LoadOptions): Promise<SiblingSources | undefined> {
  const folder = path.dirname(absolute);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  if (!names.some((name) => name.endsWith('.tf'))) return undefined;
  const { loadTerraformSources } = await import('./load-terraform.js');
  const sources = await loadTerraformSources(folder, options).catch((error: unknown) => {
    if (error instanceof InputError) return undefined;
    throw error;
  });
  if (!sources) return undefined;
  return {
    folders: sources.folders,
    fileOf: (address) => sources.resources.get(address)?.file,
    locate: (address, pointer, needle) => sources.resources.get(address)?.locate(pointer, needle),
  };
}
