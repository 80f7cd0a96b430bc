import { InputError, UsageError } from '../shared/errors.js';
import { readInputs } from './inputs.js';
import { actionsCoreIo, type ActionIo } from './io.js';
import { lintExports } from './lint-exports.js';
import { auditTenant } from './live-audit.js';
import { publish } from './publish.js';

/** The Action: inputs → the same lint library as the CLI → files, annotations, summary, outputs, step result. */
export async function run(io: ActionIo = actionsCoreIo()): Promise<void> {
  try {
    const inputs = await readInputs(io);
    const outcome = inputs.live ? await auditTenant(inputs, inputs.live, io) : await lintExports(inputs, io);
    await publish(outcome, inputs, io);
  } catch (error) {
    if (error instanceof UsageError) io.fail(`a0lint: ${error.message}`, 2);
    else if (error instanceof InputError) io.fail(`a0lint: ${error.format()}`, 2);
    else {
      io.fail(`a0lint: internal error: ${(error as Error).message}. This is a bug in a0lint; please report it with the workflow step that ran it.`, 2);
      if (io.env.A0LINT_DEBUG) io.info(String((error as Error).stack));
    }
  }
}
