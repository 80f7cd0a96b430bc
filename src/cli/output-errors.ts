import { systemErrorWords } from '../shared/system-error.js';

/** What the handler needs of the process: where to say it, and the exit code to set. */
export interface OutputProcess {
  exitCode?: number | string | null | undefined;
  readonly stderr: { write(text: string): unknown };
}

/**
 * Watches the process's output streams. A failed write is reported as an event after the write call has returned;
 * without a listener Node ends the process with a stack trace. A reader that went away (`a0lint … | head`) ends
 * the output quietly, as other command-line tools do, and the exit code still tells the result. Any other failure
 * (a full disk, an I/O error) means the report was not delivered: it is said on stderr, once, and the run exits 2.
 */
export class OutputErrors {
  /** True once a report could not be written: the run's exit code is then 2, whenever the failure is noticed. */
  failed = false;

  constructor(private readonly target: OutputProcess) {}

  handler(stream: 'standard output' | 'standard error'): (error: NodeJS.ErrnoException) => void {
    return (error) => {
      if (error.code === 'EPIPE') return;
      this.target.exitCode = 2;
      if (this.failed) return;
      this.failed = true;
      if (stream === 'standard output') this.target.stderr.write(`a0lint: cannot write the report to ${stream}: ${systemErrorWords(error)}\n`);
    };
  }

  /** The exit code to end with: the run's own, unless its report was lost. */
  exitCode(code: number): number {
    return this.failed ? 2 : code;
  }
}
