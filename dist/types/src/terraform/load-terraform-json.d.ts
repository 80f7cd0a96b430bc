import type { LoadOptions } from '../loaders/load.js';
import type { LoadedInput } from '../model/input.js';
import type { Source } from '../model/types.js';
/** `terraform show -json` of a plan or a state, or a raw .tfstate (format 4). */
export declare function isTerraformJson(data: unknown): boolean;
/**
 * Reads plan or state JSON into the tenant model. Values Terraform will only know after apply are unknown; sensitive
 * values (client secrets, signing secrets) are dropped as they are read. When the .tf sources sit beside the JSON
 * (where `terraform show -json` is usually run), findings point into them; otherwise into the JSON.
 */
export declare function loadTerraformJson(data: Record<string, unknown>, source: Source, absolute: string, display: string, options: LoadOptions): Promise<LoadedInput>;
