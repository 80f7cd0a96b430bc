import { type LoadedInput, type LoadOptions } from '../loaders/load.js';
import { type TfResource } from './to-tenant.js';
/**
 * Reads a Terraform configuration: a folder of .tf files (the root module, with the modules it calls), or one .tf
 * file. auth0 resources become the tenant model's entities; every value points back at its line.
 */
export declare function loadTerraform(absolute: string, isDirectory: boolean, options?: LoadOptions): Promise<LoadedInput>;
/** The resources of the configuration in a folder, by address: where plan JSON findings point when it is beside them. */
export declare function loadTerraformSources(folder: string, options?: LoadOptions): Promise<{
    resources: Map<string, TfResource>;
    folders: string[];
}>;
