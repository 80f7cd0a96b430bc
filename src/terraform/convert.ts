import { joinPointer } from '../model/pointer.js';
import type { TfResource } from './to-tenant.js';
import { isRecord, Unknown } from './values.js';

/** Blocks that repeat; every other nested block holds at most one item and becomes an object, as in the API. */
const REPEATED_BLOCKS = new Set(['scopes', 'policies', 'credentials', 'authorization_details', 'secrets', 'dependencies', 'supported_triggers']);
/** Fields that hold lists: an unknown list stays a list, of one unknown entry, so no rule reads it as absent. */
const LIST_FIELDS = new Set(['grant_types', 'callbacks', 'allowed_origins', 'web_origins', 'allowed_logout_urls', 'allowed_clients', 'scope']);

/** Where each value of the model's data came from: a resource and a pointer into its Terraform values. */
export type Trace = Map<string, { readonly resource: TfResource; readonly pointer: string }>;

/** One entity (or posture section part) being built: its data in the API's shape, and where each value came from. */
export interface Building {
  readonly resource: TfResource;
  readonly data: Record<string, unknown>;
  readonly trace: Trace;
}

/** Terraform values to API shape: one-item blocks become objects, renamed fields take the API's name. */
export function convert(resource: TfResource, renames: Readonly<Record<string, string>> = {}): Building {
  const trace: Trace = new Map([['', { resource, pointer: '' }]]);
  const data: Record<string, unknown> = {};
  const values = resource.values();
  for (const key of Object.keys(values)) {
    const name = Object.hasOwn(renames, key) ? renames[key]! : key;
    // v0.x `scope` and v1 `scopes` on a grant are the same list; the newer name wins.
    if (name !== key && Object.hasOwn(values, name) && values[name] !== undefined && values[key] === undefined) continue;
    const value = shape(values[key], key, joinPointer('', key), joinPointer('', name), resource, trace);
    if (value !== undefined) data[name] = value;
  }
  return { resource, data, trace };
}

function shape(value: unknown, key: string, tfPointer: string, apiPointer: string, resource: TfResource, trace: Trace): unknown {
  if (value === null) return undefined;
  trace.set(apiPointer, { resource, pointer: tfPointer });
  if (value instanceof Unknown) return LIST_FIELDS.has(key) ? [value] : value;
  if (Array.isArray(value)) {
    const isBlockList = value.length > 0 && value.every(isRecord);
    if (isBlockList && !REPEATED_BLOCKS.has(key)) {
      if (value.length > 1)
        return value.map((item, index) => shapeObject(item, joinPointer(tfPointer, index), joinPointer(apiPointer, index), resource, trace));
      return shapeObject(value[0] as Record<string, unknown>, joinPointer(tfPointer, 0), apiPointer, resource, trace);
    }
    // An empty block list is a block left out: the API's default applies, as when the field is absent.
    if (value.length === 0 && !LIST_FIELDS.has(key) && !REPEATED_BLOCKS.has(key) && key !== 'scopes') return undefined;
    return value.map((item, index) =>
      isRecord(item)
        ? shapeObject(item, joinPointer(tfPointer, index), joinPointer(apiPointer, index), resource, trace)
        : shapeLeaf(item, joinPointer(tfPointer, index), joinPointer(apiPointer, index), resource, trace),
    );
  }
  if (isRecord(value)) return shapeObject(value, tfPointer, apiPointer, resource, trace);
  return value;
}

function shapeObject(value: Record<string, unknown>, tfPointer: string, apiPointer: string, resource: TfResource, trace: Trace): Record<string, unknown> {
  trace.set(apiPointer, { resource, pointer: tfPointer });
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const shaped = shape(value[key], key, joinPointer(tfPointer, key), joinPointer(apiPointer, key), resource, trace);
    if (shaped !== undefined) result[key] = shaped;
  }
  return result;
}

function shapeLeaf(value: unknown, tfPointer: string, apiPointer: string, resource: TfResource, trace: Trace): unknown {
  trace.set(apiPointer, { resource, pointer: tfPointer });
  return value;
}
