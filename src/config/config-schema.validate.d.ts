import type { ValidateFunction } from 'ajv';

/** schemas/a0lint.schema.json compiled ahead of time (see scripts/config-validator.mjs). */
export declare const validate: ValidateFunction;
export default validate;
