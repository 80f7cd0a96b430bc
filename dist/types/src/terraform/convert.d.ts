import type { TfResource } from './to-tenant.js';
/** Where each value of the model's data came from: a resource and a pointer into its Terraform values. */
export type Trace = Map<string, {
    readonly resource: TfResource;
    readonly pointer: string;
}>;
/** One entity (or posture section part) being built: its data in the API's shape, and where each value came from. */
export interface Building {
    readonly resource: TfResource;
    readonly data: Record<string, unknown>;
    readonly trace: Trace;
}
/** Terraform values to API shape: one-item blocks become objects, renamed fields take the API's name. */
export declare function convert(resource: TfResource, renames?: Readonly<Record<string, string>>): Building;
