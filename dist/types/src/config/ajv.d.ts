export { Ajv } from 'ajv';
