import type { InputError } from '../../shared/errors.js';
import type { AccessFormatter, AccessTarget } from '../report.js';

/** The stable machine-readable form (version 1, schemas/a0lint-access.schema.json). */
export const formatAccessJson: AccessFormatter = ({ targets, errors }) =>
  `${JSON.stringify({ version: 1, targets: targets.map((target) => ({ ...targetJson(target), apis: target.map?.apis ?? [], access: target.map?.entries ?? [] })), errors: errorsJson(errors) }, null, 2)}\n`;

export function targetJson(target: AccessTarget): { path: string; complete: boolean } {
  return { path: target.path, complete: target.map !== undefined && target.errors.length === 0 };
}

export function errorsJson(errors: readonly InputError[]): object[] {
  return errors.map((error) => ({
    message: error.message,
    ...(error.file !== undefined ? { file: error.file } : {}),
    ...(error.line !== undefined ? { line: error.line, column: error.column } : {}),
  }));
}
