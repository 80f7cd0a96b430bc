import { joinPointer } from '../model/pointer.js';
import type { TfResource } from './to-tenant.js';
import { isRecord, Unknown } from './values.js';

/** Blocks that repeat; every other nested block holds at most one item and becomes an object, as in the API. */
const REPEATED_BLOCKS = new Set(['scopes', 'policies', 'credentials', 'authorization_details', 'secrets', 'dependencies', 'supported_triggers']);
/** Fields that hold lists: an unknown list stays a list, of one unknown entry, so no rule reads it as absent. */
const LIST_FIELDS = new Set(['grant_types', 'callbacks', 'allowed_origins', 'web_origins', 'allowed_logout_urls', 'allowed_clients', 'scope']);

/** What a value of the model's data came from: a resource and a pointer into its Terraform values. */
export interface TraceEntry {
  readonly resource: TfResource;
  readonly pointer: string;
}

/**
 * Where each value of the model's data came from, by pointer into the data. Only the entities a finding, note or
 * unknown value points into are ever asked (a few percent of a large configuration), and a map per entity would be
 * most of the memory a large configuration takes; so the map is made on the first question, by the same walk that
 * made the data, and the changes made to it before then are replayed in order.
 */
export class Trace {
  private entries: Map<string, TraceEntry> | undefined;
  private pending: Array<(entries: Map<string, TraceEntry>) => void> = [];

  constructor(private readonly build: () => Map<string, TraceEntry>) {}

  /** Where the value at `pointer` came from, if it has its own place. */
  get(pointer: string): TraceEntry | undefined {
    return this.built().get(pointer);
  }

  set(pointer: string, entry: TraceEntry): void {
    this.change((entries) => entries.set(pointer, entry));
  }

  /** Changes the map now if it is made, else when it is. */
  change(edit: (entries: Map<string, TraceEntry>) => void): void {
    if (this.entries) edit(this.entries);
    else this.pending.push(edit);
  }

  private built(): Map<string, TraceEntry> {
    if (!this.entries) {
      this.entries = this.build();
      for (const edit of this.pending) edit(this.entries);
      this.pending = [];
    }
    return this.entries;
  }
}

/** One entity (or posture section part) being built: its data in the API's shape, and where each value came from. */
export interface Building {
  readonly resource: TfResource;
  readonly data: Record<string, unknown>;
  readonly trace: Trace;
}

/**
 * Terraform values to API shape: one-item blocks become objects, renamed fields take the API's name. The trace is
 * the same walk over the values evaluated again, made only when asked.
 */
export function convert(resource: TfResource, renames: Readonly<Record<string, string>> = {}): Building {
  const trace = new Trace(() => {
    const entries = new Map<string, TraceEntry>([['', { resource, pointer: '' }]]);
    shapeValues(resource, renames, entries);
    return entries;
  });
  return { resource, data: shapeValues(resource, renames, undefined), trace };
}

/** Entries of the trace, or undefined when only the data is made. */
type Entries = Map<string, TraceEntry> | undefined;

function shapeValues(resource: TfResource, renames: Readonly<Record<string, string>>, trace: Entries): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const values = resource.values();
  for (const key of Object.keys(values)) {
    const name = Object.hasOwn(renames, key) ? renames[key]! : key;
    // v0.x `scope` and v1 `scopes` on a grant are the same list; the newer name wins.
    if (name !== key && Object.hasOwn(values, name) && values[name] !== undefined && values[key] === undefined) continue;
    const value = shape(values[key], key, step(trace, '', key), step(trace, '', name), resource, trace);
    if (value !== undefined) data[name] = value;
  }
  return data;
}

/** A pointer one step down, made only when a trace is being made. */
function step(trace: Entries, pointer: string, key: string | number): string {
  return trace ? joinPointer(pointer, key) : '';
}

function shape(value: unknown, key: string, tfPointer: string, apiPointer: string, resource: TfResource, trace: Entries): unknown {
  if (value === null) return undefined;
  trace?.set(apiPointer, { resource, pointer: tfPointer });
  if (value instanceof Unknown) return LIST_FIELDS.has(key) ? [value] : value;
  if (Array.isArray(value)) {
    const isBlockList = value.length > 0 && value.every(isRecord);
    if (isBlockList && !REPEATED_BLOCKS.has(key)) {
      if (value.length > 1)
        return value.map((item, index) => shapeObject(item, step(trace, tfPointer, index), step(trace, apiPointer, index), resource, trace));
      return shapeObject(value[0] as Record<string, unknown>, step(trace, tfPointer, 0), apiPointer, resource, trace);
    }
    // An empty block list is a block left out: the API's default applies, as when the field is absent.
    if (value.length === 0 && !LIST_FIELDS.has(key) && !REPEATED_BLOCKS.has(key) && key !== 'scopes') return undefined;
    return (value as unknown[]).map((item, index): unknown => {
      const tfItem = step(trace, tfPointer, index);
      const apiItem = step(trace, apiPointer, index);
      if (isRecord(item)) return shapeObject(item, tfItem, apiItem, resource, trace);
      trace?.set(apiItem, { resource, pointer: tfItem });
      return item;
    });
  }
  if (isRecord(value)) return shapeObject(value, tfPointer, apiPointer, resource, trace);
  return value;
}

function shapeObject(value: Record<string, unknown>, tfPointer: string, apiPointer: string, resource: TfResource, trace: Entries): Record<string, unknown> {
  trace?.set(apiPointer, { resource, pointer: tfPointer });
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const shaped = shape(value[key], key, step(trace, tfPointer, key), step(trace, apiPointer, key), resource, trace);
    if (shaped !== undefined) result[key] = shaped;
  }
  return result;
}
