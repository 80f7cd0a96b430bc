import path from 'node:path';
import { systemErrorWords } from '../shared/system-error.js';
import { writeFileSafely, UnsafeDestination } from '../io/safe-write.js';
import { batched } from '../io/write-chunks.js';
import { InputError } from '../shared/errors.js';

/**
 * Writes one report to stdout, or to its file (`--format NAME:FILE`), creating the folder, piece by piece as it is
 * made. A file system refusal is an input error (exit 2); anything else is a bug and goes on as one.
 */
export async function writeOutput(
  io: { readonly stdout: (text: string) => void; readonly cwd: string },
  output: { readonly name: string; readonly file?: string },
  chunks: Iterable<string>,
  inputs: readonly string[] = [],
): Promise<void> {
  if (output.file === undefined) {
    for (const text of batched(chunks)) io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output.file);
  try {
    // Never through a symbolic link, never over an input (see safe-write.ts).
    await writeFileSafely(target, chunks, { inputs: inputs.map((input) => path.resolve(io.cwd, input)) });
  } catch (error) {
    if (error instanceof UnsafeDestination) throw new InputError(`cannot write the ${output.name} report: ${output.file} ${error.message}`, output.file);
    if (typeof (error as NodeJS.ErrnoException).syscall !== 'string' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    throw new InputError(`cannot write the ${output.name} report: ${systemErrorWords(error)}`, output.file);
  }
}

/**
 * Colour (after --color / --no-color, which win): FORCE_COLOR forces it (FORCE_COLOR=0 or false turns it off), as
 * in Node and most tools; otherwise only on a terminal, never with NO_COLOR or a dumb terminal.
 */
export function useColor(io: { readonly stdoutIsTTY: boolean; readonly env: Readonly<Record<string, string | undefined>> }): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}
