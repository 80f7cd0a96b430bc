import type { LoadedInput } from './input.js';
import type { Posture } from './types.js';
/**
 * Builds the tenant's other parts from the sections the input holds. deploy-cli's YAML (and directory) exports and
 * API dumps differ in names and in a few shapes (a dump keeps every connection in one list and the error page in
 * the tenant settings); the model is the same for both. A section the input does not hold stays unknown.
 */
export declare function buildPosture(input: LoadedInput): Posture;
