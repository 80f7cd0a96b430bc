// Imported with `await import()` by the runs that validate a configuration file, so that start-up does not
// evaluate ajv. (A module of our own: a bundler's dynamic import of a CommonJS package gives only its default.)
export { Ajv } from 'ajv';
