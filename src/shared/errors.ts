import { printable } from './printable.js';

/** A problem with the input itself (not a finding): reported as one located line, exit code 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** `file:line:col: message`, the form editors and terminals turn into links. */
  format(): string {
    const where = [this.file, this.line, this.column].filter((part) => part !== undefined).join(':');
    return printable(where ? `${where}: ${this.message}` : this.message);
  }
}

/**
 * Every mistake found in one pass over a settings file, reported together (one line each, in file order) so that a
 * user fixes them all in one round. As an InputError it reads as the first of them.
 */
export class InputErrors extends InputError {
  readonly errors: readonly InputError[];

  constructor(errors: readonly InputError[]) {
    const sorted = [...errors].sort(byPlace);
    const first = sorted[0]!;
    super(first.message, first.file, first.line, first.column);
    this.name = 'InputErrors';
    this.errors = sorted;
  }

  override format(): string {
    return this.errors.map((error) => error.format()).join('\n');
  }
}

/** Throws the errors found, if any: one alone as itself, several together. */
export function throwAll(errors: readonly InputError[]): void {
  if (errors.length > 0) throw combined(errors);
}

/** One error for errors found together (at least one). */
export function combined(errors: readonly InputError[]): InputError {
  return errors.length === 1 ? errors[0]! : new InputErrors(errors.flatMap((error) => (error instanceof InputErrors ? error.errors : [error])));
}

function byPlace(a: InputError, b: InputError): number {
  if (a.file !== b.file) return a.file === undefined ? 1 : b.file === undefined ? -1 : a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** The same error kind for problems with how a0lint was called. */
export class UsageError extends Error {
  override name = 'UsageError';
}
