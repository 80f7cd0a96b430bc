import type { TfResource } from './to-tenant.js';
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
export declare class Trace {
    private readonly build;
    private entries;
    private pending;
    constructor(build: () => Map<string, TraceEntry>);
    /** Where the value at `pointer` came from, if it has its own place. */
    get(pointer: string): TraceEntry | undefined;
    set(pointer: string, entry: TraceEntry): void;
    /** Changes the map now if it is made, else when it is. */
    change(edit: (entries: Map<string, TraceEntry>) => void): void;
    private built;
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
export declare function convert(resource: TfResource, renames?: Readonly<Record<string, string>>): Building;
