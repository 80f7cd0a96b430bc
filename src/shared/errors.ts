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

/** The same error kind for problems with how a0lint was called. */
export class UsageError extends Error {
  override name = 'UsageError';
}
